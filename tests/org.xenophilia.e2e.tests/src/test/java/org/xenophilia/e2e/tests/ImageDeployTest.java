package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Images deployed as an administrator deploys them, onto a real Xen: the Agent reads the catalogs the host serves
 * (agent-tier.sh serves the project's own images over HTTP at {@code 10.0.2.100:8080}, dom0's view of a host
 * server through QEMU's guestfwd), and {@code Async.Xenophilia.image.deploy} downloads, checks, writes, defines and
 * starts the guest; the task's phases are followed as a client follows them.
 * <ul>
 * <li>the Debian bookworm image (a root filesystem archive made into ext4) onto an {@code lvm} volume on dom0's
 * second disk, with a vif on a NAT network: the guest boots through pygrub to its login prompt on hvc0 and is leased
 * an address of the network's range;</li>
 * <li>the busybox disk image (zstd, a whole-disk ext4 grown to the volume) onto a {@code file} volume: it boots to
 * its login prompt, and its filesystem fills the volume.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageDeployTest extends RealXenTest {

    private static final String DEBIAN = "e2e-img-debian";
    private static final String BUSYBOX = "e2e-img-busybox";
    private static final String NETWORK = "e2e-img-nat";
    private static final String PREFIX = "192.168.124.";
    private static final String FILE_SR_DIR = "/root/e2e-img-sr";
    private static final long MIB = RealXen.MIB;
    /** A deployment writes and boots under TCG: generous, and printed when it passes. */
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(10);
    /** The phases of a deployment in their order (docs/images.md). */
    private static final List<String> PHASES = List.of("checking", "downloading", "verifying", "creating-volume",
            "writing", "making-filesystem", "growing-filesystem", "defining", "starting");
    private static final Pattern OPAQUE_REF = Pattern.compile("OpaqueRef:[0-9A-Za-z\\-]+");
    private static final String NETWORK_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>%s</name>
              <kind>nat</kind>
              <ipv4 gateway="%s1" subnet="%s0/24">
                <dhcp end="%s150" start="%s100"/>
              </ipv4>
            </network>
            """.formatted(NETWORK, PREFIX, PREFIX, PREFIX, PREFIX);

    private final List<String> srs = new ArrayList<>();

    ImageDeployTest() {
        super(DEBIAN, BUSYBOX);
    }

    /** Whatever a test made goes: its domains (RealXenTest), their volumes, the SRs, the network. */
    @AfterAll
    void removeEverything() throws Exception {
        if (xen == null) {
            return;
        }
        xen.remove(DEBIAN);
        xen.remove(BUSYBOX);
        try (XenApiClient c = xen.admin()) {
            for (String sr : srs) {
                for (Object vdi : WireValues.asList(RealXen.record(c, "SR", sr).get("VDIs"))) {
                    c.callWithSession("VDI.destroy", vdi);
                }
                c.callWithSession("SR.destroy", sr);
            }
        }
        new Dom0Networks(xen).destroy(NETWORK);
        new Dom0Lvm(xen).clearTheDisk();
        xen.dom0("rm -rf " + FILE_SR_DIR);
    }

    @Test
    void theDebianImageBootsToItsLoginOnAnLvmVolumeAndIsLeasedAnAddress() throws Exception {
        new Dom0Networks(xen).destroy(NETWORK);
        Dom0Lvm lvm = new Dom0Lvm(xen);
        lvm.clearTheDisk();
        xen.dom0Ok("rm -f " + RealXen.console(DEBIAN));
        try (XenApiClient c = xen.admin()) {
            Map<String, Object> image = image(c, "debian-bookworm");
            String sr = createSr(c, "lvm", "e2e-img-lvm", Map.of("device", Dom0Lvm.DISK));
            String network = WireValues.asString(c.callWithSession("Xenophilia.network.create_from_xml",
                    NETWORK_XML));
            long size = 2048 * MIB;
            String vm = deploy(c, Map.of("image", image.get("id"), "SR", sr, "name_label", DEBIAN, "size",
                    Long.toString(size), "memory", Long.toString(256 * MIB), "VCPUs", 1, "network", network,
                    "start", true));

            assertEquals("Running", RealXen.powerState(c, vm));
            assertTrue(RealXen.xlRunning(xen.xlState(DEBIAN)), "xl runs the guest: " + xen.xlState(DEBIAN));
            Map<String, Object> vdi = diskOf(c, vm);
            assertEquals(sr, vdi.get("SR"), "the disk is on the lvm SR: " + vdi);
            assertEquals(Long.toString(size), String.valueOf(vdi.get("virtual_size")), "the volume's size");
            Map<String, Map<String, String>> lvs = lvm.lvs(lvm.volumeGroupOf(
                    (String) RealXen.record(c, "SR", sr).get("uuid")));
            Map<String, String> lv = lvs.get((String) vdi.get("location"));
            assertTrue(lv != null && Dom0Lvm.bytes(lv.get("lv_size")) == size && "open".equals(lv.get(
                    "lv_device_open")), "the LV in dom0, of the size and open: " + lvs);

            long t = System.nanoTime();
            xen.awaitInDom0("the Debian guest's login prompt", LOGIN_TIMEOUT,
                    "grep -q 'login:' " + RealXen.console(DEBIAN));
            System.out.printf(Locale.ROOT, "Debian image: login prompt %.1f s after the deployment ended%n",
                    (System.nanoTime() - t) / 1e9);
            String mac = (String) RealXen.record(c, "VIF", WireValues.asString(WireValues.asList(
                    RealXen.record(c, "VM", vm).get("VIFs")).get(0))).get("MAC");
            Map<String, Object> lease = RealXen.await("a DHCP lease of " + mac, LOGIN_TIMEOUT, () -> leaseOf(c,
                    network, mac), l -> l != null);
            String ip = (String) lease.get("IP");
            assertTrue(ip.startsWith(PREFIX) && inRange(ip), ip + " is not in the network's range: " + lease);
            System.out.printf(Locale.ROOT, "Debian image: leased %s%n", ip);
        }
    }

    @Test
    void theBusyboxDiskImageBootsOnAFileVolumeItsFilesystemGrownToTheVolume() throws Exception {
        xen.dom0Ok("rm -rf " + FILE_SR_DIR + " && rm -f " + RealXen.console(BUSYBOX));
        try (XenApiClient c = xen.admin()) {
            Map<String, Object> image = image(c, "busybox-disk");
            assertEquals(List.of("disk", "zstd", "ext4"), List.of(image.get("content"), image.get("compression"),
                    image.get("filesystem")), "the busybox disk image: " + image);
            String sr = createSr(c, "file", "e2e-img-file", Map.of("location", FILE_SR_DIR));
            long size = 256 * MIB;
            String vm = deploy(c, Map.of("image", image.get("id"), "SR", sr, "name_label", BUSYBOX, "size",
                    Long.toString(size), "start", true));
            assertEquals("Running", RealXen.powerState(c, vm));
            assertEquals(256 * MIB, Long.parseLong(String.valueOf(RealXen.record(c, "VM", vm).get(
                    "memory_static_max"))), "the template's memory, as none was asked");
            xen.awaitInDom0("the busybox guest's login prompt", LOGIN_TIMEOUT,
                    "grep -q 'login:' " + RealXen.console(BUSYBOX));

            c.callWithSession("VM.hard_shutdown", vm);
            RealXen.awaitPowerState(c, vm, "Halted");
            String file = FILE_SR_DIR + "/" + diskOf(c, vm).get("location") + ".raw";
            String header = xen.dom0Ok("dumpe2fs -h " + file).stdout();
            long blocks = field(header, "Block count");
            long blockSize = field(header, "Block size");
            assertEquals(size, blocks * blockSize, "the filesystem fills the volume:\n" + header);
            long allocated = Long.parseLong(xen.dom0Ok("stat -c %b " + file).stdout().strip()) * 512;
            assertTrue(allocated < size / 2, "the volume was written sparse: " + allocated + " of " + size
                    + " bytes allocated");
        }
    }

    /**
     * Deploys and follows the task as a client does (its record, polled), printing each phase's duration; the
     * phases must come in their order.
     *
     * @return the new VM
     */
    private String deploy(XenApiClient c, Map<String, Object> args) throws Exception {
        long t0 = System.nanoTime();
        String task = WireValues.asString(c.callWithSession("Async.Xenophilia.image.deploy", new HashMap<>(args)));
        List<String> phases = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        Map<String, Object> record;
        while (true) {
            record = RealXen.record(c, "task", task);
            Object oc = record.get("other_config");
            String phase = oc == null ? null : (String) WireValues.asMap(oc).get("xenophilia:phase");
            if (phase != null && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                phases.add(phase);
                at.add((System.nanoTime() - t0) / 1e9);
            }
            String status = (String) record.get("status");
            if (!"pending".equals(status) && !"cancelling".equals(status)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                fail("the deployment did not end within " + DEPLOY_TIMEOUT + "; phases " + phases + "; " + record);
            }
            Thread.sleep(500);
        }
        double total = (System.nanoTime() - t0) / 1e9;
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < phases.size(); i++) {
            double end = i + 1 < at.size() ? at.get(i + 1) : total;
            times.append(String.format(Locale.ROOT, " %s %.1fs", phases.get(i), end - at.get(i)));
        }
        System.out.printf(Locale.ROOT, "deploy %s: %.1f s:%s%n", args.get("image"), total, times);
        assertEquals("success", record.get("status"), "the deployment failed: " + record.get("error_info"));
        // polled twice a second, short phases may pass unseen; those seen come in the pipeline's order
        int last = -1;
        for (String p : phases) {
            int i = PHASES.indexOf(p);
            assertTrue(i > last, "phase " + p + " out of order in " + phases);
            last = i;
        }
        assertTrue(phases.containsAll(List.of("writing", "starting")), "the phases seen: " + phases);
        Matcher m = OPAQUE_REF.matcher(String.valueOf(record.get("result")));
        assertTrue(m.find(), "the task's result names the VM: " + record.get("result"));
        return m.group();
    }

    /** @return the image of that name the node's catalogs offer (from the host's server) */
    private static Map<String, Object> image(XenApiClient c, String name) throws Exception {
        List<Object> all = WireValues.asList(c.callWithSession("Xenophilia.image.get_all"));
        for (Object o : all) {
            Map<String, Object> image = WireValues.asMap(o);
            if (name.equals(image.get("name"))) {
                return image;
            }
        }
        fail("no image " + name + " in the node's catalogs: " + all + "; problems: "
                + c.callWithSession("Xenophilia.image.get_source_problems"));
        return null;
    }

    private String createSr(XenApiClient c, String type, String label, Map<String, String> deviceConfig)
            throws Exception {
        String host = WireValues.asString(WireValues.asList(c.callWithSession("host.get_all")).get(0));
        String sr = WireValues.asString(c.callWithSession("SR.create", host, deviceConfig, 0L,
                label, "the image e2e test's", type, "user", false, Map.of()));
        srs.add(sr);
        return sr;
    }

    private static Map<String, Object> diskOf(XenApiClient c, String vm) throws Exception {
        String vbd = WireValues.asString(WireValues.asList(RealXen.record(c, "VM", vm).get("VBDs")).get(0));
        return RealXen.record(c, "VDI", WireValues.asString(RealXen.record(c, "VBD", vbd).get("VDI")));
    }

    private static Map<String, Object> leaseOf(XenApiClient c, String network, String mac) throws Exception {
        for (Object o : WireValues.asList(c.callWithSession("Xenophilia.network.get_leases", network))) {
            Map<String, Object> lease = WireValues.asMap(o);
            if (mac.equalsIgnoreCase(String.valueOf(lease.get("MAC")))) {
                return lease;
            }
        }
        return null;
    }

    private static boolean inRange(String ip) {
        int last = Integer.parseInt(ip.substring(ip.lastIndexOf('.') + 1));
        return last >= 100 && last <= 150;
    }

    private static long field(String dumpe2fs, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+)").matcher(dumpe2fs);
        assertTrue(m.find(), name + " in:\n" + dumpe2fs);
        return Long.parseLong(m.group(1));
    }
}
