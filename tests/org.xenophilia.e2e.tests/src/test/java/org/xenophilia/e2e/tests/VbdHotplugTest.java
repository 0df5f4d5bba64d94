package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Storage through the Agent on a real Xen: a {@code file} SR made in dom0 with {@code SR.create}, a 64 MiB VDI, a VBD
 * created for the running test guest and hot-plugged ({@code xl block-attach}), the guest sees the block device with
 * its size (its console marker), then unplugged ({@code xl block-detach}, the guest's marker of its removal) and
 * everything removed again. At each step the Agent's records and {@code xl block-list} in dom0 agree.
 */
class VbdHotplugTest extends RealXenTest {

    private static final String NAME = "e2e-vbd";
    private static final String SR_LABEL = "e2e-vbd-sr";
    private static final String SR_DIR = "/root/e2e-vbd-sr";
    /** xen-vbd-interface(7): xvdb is 202 << 8 | 1 << 4. */
    private static final String XVDB = "51728";
    private static final long SIZE = 64 * RealXen.MIB;

    VbdHotplugTest() {
        super(NAME);
    }

    @BeforeEach
    void removeLeftoverStorage() throws Exception {
        removeStorage();
    }

    @AfterEach
    void removeOwnStorage() throws Exception {
        if (xen == null) {
            return; // no real Xen given: the test was skipped before it made anything
        }
        xen.remove(NAME); // its disk first: a volume in use is not destroyed
        removeStorage();
    }

    /** Whatever a failed earlier run left: the SR's volumes and the SR, through the Agent, then its directory. */
    private void removeStorage() throws Exception {
        try (XenApiClient c = xen.admin()) {
            for (Object sr : WireValues.asList(c.callWithSession("SR.get_by_name_label", SR_LABEL))) {
                for (Object vdi : WireValues.asList(RealXen.record(c, "SR", (String) sr).get("VDIs"))) {
                    c.callWithSession("VDI.destroy", vdi);
                }
                c.callWithSession("SR.destroy", sr);
            }
        }
        xen.dom0("rm -rf " + SR_DIR);
    }

    /** @return the devices of {@code xl block-list NAME} in dom0 (xen-vbd-interface numbers) */
    private List<String> xlBlockDevices() throws Exception {
        return xen.dom0Ok("xl block-list " + NAME).stdout().lines().filter(l -> l.matches("^\\d+ .*"))
                .map(l -> l.split("\\s+")[0]).toList();
    }

    @Test
    void aVolumeIsHotPluggedIntoARunningGuestWhichSeesItsSizeThenUnpluggedAndRemoved() throws Exception {
        try (XenApiClient c = xen.admin()) {
            xen.dom0Ok("rm -f " + RealXen.console(NAME));
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg", RealXen.guestCfg(NAME,
                    128, 128, "192.168.77.31", "", RealXen.GUEST_KERNEL, "")));
            c.callWithSession("VM.start", vm, false, false);
            RealXen.awaitPowerState(c, vm, "Running");
            xen.awaitInDom0("the guest's console marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-READY name=" + NAME + "' " + RealXen.console(NAME));
            assertEquals(List.of(), xlBlockDevices(), "the guest starts without disks");

            // a file SR in dom0 and a volume on it
            String host = WireValues.asString(WireValues.asList(c.callWithSession("host.get_all")).get(0));
            String sr = WireValues.asString(c.callWithSession("SR.create", host, Map.of("location", SR_DIR), 0L,
                    SR_LABEL, "the e2e tier's hot-plugged disks", "file", "user", false, Map.of()));
            xen.dom0Ok("test -d " + SR_DIR);
            String vdi = WireValues.asString(c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", "hot",
                    "virtual_size", Long.toString(SIZE), "type", "user", "sharable", false, "read_only", false,
                    "other_config", Map.of())));
            assertEquals(SIZE, WireValues.asLong(RealXen.record(c, "VDI", vdi).get("virtual_size")));
            String file = SR_DIR + "/hot.raw";
            assertEquals(Long.toString(SIZE), xen.dom0Ok("stat -c %s " + file).stdout().strip());

            // created for a running VM: in its definition, not attached (as xapi), nothing asked of xl
            Map<String, Object> args = new HashMap<>();
            args.put("VM", vm);
            args.put("VDI", vdi);
            args.put("userdevice", "1");
            args.put("bootable", false);
            args.put("mode", "RW");
            args.put("type", "Disk");
            args.put("empty", false);
            args.put("other_config", Map.of());
            args.put("qos_algorithm_type", "");
            args.put("qos_algorithm_params", Map.of());
            String vbd = WireValues.asString(c.callWithSession("VBD.create", args));
            Map<String, Object> r = RealXen.record(c, "VBD", vbd);
            assertEquals("xvdb", r.get("device"));
            assertEquals(vdi, r.get("VDI"));
            assertFalse(WireValues.asBoolean(r.get("currently_attached")), "created attached: " + r);
            assertEquals(List.of(vbd), WireValues.asList(RealXen.record(c, "VDI", vdi).get("VBDs")));
            assertEquals(List.of(), xlBlockDevices());

            // plugged: xl has it, and the guest sees a 64 MiB disk
            long t = System.nanoTime();
            c.callWithSession("VBD.plug", vbd);
            System.out.printf("VBD.plug took %.2f s%n", (System.nanoTime() - t) / 1e9);
            assertTrue(WireValues.asBoolean(RealXen.record(c, "VBD", vbd).get("currently_attached")));
            assertEquals(List.of(XVDB), xlBlockDevices());
            xen.awaitInDom0("the guest's marker of the new disk", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-DISK xvdb size=" + SIZE + " ' " + RealXen.console(NAME));
            XenApiException inUse = assertThrows(XenApiException.class, () -> c.callWithSession("VDI.destroy", vdi));
            assertEquals(List.of(vdi, "destroy", vm), inUse.params(), "VDI_IN_USE naming the VM: " + inUse);

            // unplugged: xl no longer has it, the guest saw it go, the VBD stays (detached)
            t = System.nanoTime();
            c.callWithSession("VBD.unplug", vbd);
            System.out.printf("VBD.unplug took %.2f s%n", (System.nanoTime() - t) / 1e9);
            assertFalse(WireValues.asBoolean(RealXen.record(c, "VBD", vbd).get("currently_attached")));
            assertEquals(List.of(), xlBlockDevices());
            xen.awaitInDom0("the guest's marker of the disk's removal", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-DISK-GONE xvdb' " + RealXen.console(NAME));
            assertTrue(WireValues.asList(RealXen.record(c, "VM", vm).get("VBDs")).contains(vbd));

            // removed: the VBD, the volume, the SR; dom0 agrees
            c.callWithSession("VBD.destroy", vbd);
            assertFalse(WireValues.asList(RealXen.record(c, "VM", vm).get("VBDs")).contains(vbd));
            c.callWithSession("VDI.destroy", vdi);
            assertFalse(xen.dom0("test -e " + file).ok(), file + " is still there");
            c.callWithSession("SR.destroy", sr);
            assertFalse(xen.dom0("test -e " + SR_DIR).ok(), SR_DIR + " is still there");
            assertEquals(List.of(), WireValues.asList(c.callWithSession("SR.get_by_name_label", SR_LABEL)));
            assertEquals(List.of(), xlBlockDevices());
            assertTrue(RealXen.xlRunning(xen.xlState(NAME)), "the guest runs on: " + xen.xlState(NAME));
        }
    }
}
