package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The lvm storage backend on the real LVM2 of dom0 (bookworm's 2.03.16, with udev running as on a real host), on the
 * tier's empty second disk {@code /dev/vdb}, through the Agent over TLS: a device holding a file system is named by
 * {@code SR.probe_ext}, refused and left as it was, unless forced; then an SR of type {@code lvm} is a new volume
 * group tagged with the SR's uuid, a VDI a tagged LV of its size that reads zeros, its snapshot a read-only LV with
 * the same bytes, a resize grows the LV (and its new end reads zeros), a copy is a new LV with the same bytes, an LV
 * of the admin's beside them is never listed, a full volume group answers LVM's own words and leaves nothing, and
 * destroying the VDIs and the SR leaves the disk blank. {@code lvs}/{@code vgs} in dom0 are asked at each step. Also
 * the benchmark: {@code VDI.create} and {@code VDI.destroy} through the Agent against
 * {@code lvcreate}/{@code lvremove} run directly in dom0 ({@code lvm-overhead.tsv} in {@code xenophilia.e2e.out}).
 * The disk is cleared before and after ({@link Dom0Lvm}), so that {@link VbdHotplugTest} uses it too.
 */
class LvmStorageTest extends RealXenTest {

    private static final String DISK = Dom0Lvm.DISK;
    private static final long MIB = RealXen.MIB;
    private static final int ROUNDS = 3;

    private final Map<String, List<Double>> agent = new LinkedHashMap<>();
    private final Map<String, List<Double>> direct = new LinkedHashMap<>();
    private Dom0Lvm lvm;

    LvmStorageTest() {
        super();
    }

    /** Whatever an earlier test on this boot left on the disk goes, through the Agent first, then in dom0. */
    @BeforeEach
    @AfterEach
    void clearTheDisk() throws Exception {
        if (xen == null) {
            return; // no real Xen: the test was skipped
        }
        lvm = new Dom0Lvm(xen);
        lvm.clearTheDisk();
    }

    @Test
    void anLvmRepositoryOnTheSecondDiskAsLvsAndVgsSeeIt() throws Exception {
        try (XenApiClient c = xen.admin()) {
            String host = WireValues.asString(WireValues.asList(c.callWithSession("host.get_all")).get(0));
            assertTrue(WireValues.asList(c.callWithSession("SR.get_supported_types")).contains("lvm"),
                    "the Agent runs the lvm backend");

            // a device that holds data: the probe names it, a create is refused and writes nothing, unless forced
            xen.dom0Ok("mkfs.ext4 -q -F " + DISK);
            Map<String, Object> probe = WireValues.asMap(WireValues.asList(c.callWithSession("SR.probe_ext", host,
                    Map.of("device", DISK), "lvm", Map.of())).get(0));
            assertEquals(DISK + ": an ext4 file system", WireValues.asMap(probe.get("extra_info")).get("other-data"),
                    probe.toString());
            assertEquals(Map.of(), WireValues.asMap(probe.get("sr")), "no repository there yet");
            XenApiException refused = refused(() -> createSr(c, host, false));
            assertEquals("SR_NOT_EMPTY", refused.code(), refused.toString());
            assertEquals("ext4", xen.dom0Ok("blkid -p -o value -s TYPE " + DISK).stdout().strip(),
                    "the file system is still there");
            assertEquals("", xen.dom0Ok("pvs --noheadings").stdout().strip(), "no physical volume was made");

            String sr = createSr(c, host, true);
            assertEquals("LVM2_member", xen.dom0Ok("blkid -p -o value -s TYPE " + DISK).stdout().strip(),
                    "forced: the file system's signature wiped, a physical volume in its place");
            Map<String, Object> srRecord = RealXen.record(c, "SR", sr);
            String uuid = (String) srRecord.get("uuid");
            String vg = "xenophilia-" + uuid.substring(0, 8);
            Map<String, String> vgRow = lvm.vgs().get(vg);
            assertTrue(vgRow != null, "vgs shows " + vg + ": " + lvm.vgs());
            assertTrue(vgRow.get("vg_tags").contains("xenophilia-sr-" + uuid), vgRow.toString());
            assertFalse(vgRow.get("vg_tags").contains("xenophilia-partial"), vgRow.toString());
            assertEquals(Dom0Lvm.bytes(vgRow.get("vg_size")), WireValues.asLong(srRecord.get("physical_size")));
            assertEquals("lvm", srRecord.get("type"));

            // a volume: a tagged LV of its size, reading zeros
            String vdi = createVdi(c, sr, "e2e-web", 32 * MIB);
            Map<String, String> web = lvm.lvs(vg).get("e2e-web");
            assertEquals("xenophilia-volume", web.get("lv_tags"));
            assertEquals(32 * MIB, Dom0Lvm.bytes(web.get("lv_size")));
            assertEquals(32 * MIB, WireValues.asLong(RealXen.record(c, "VDI", vdi).get("virtual_size")));
            assertEquals("e2e-web", RealXen.record(c, "VDI", vdi).get("location"));
            assertZeros(vg, "e2e-web", 0, 32);

            // an LV of the admin's beside it: never a VDI
            xen.dom0Ok("lvcreate -q -y -n admin-notes -L 8m " + vg);
            c.callWithSession("SR.scan", sr);
            assertEquals(List.of("e2e-web"), vdiNames(c, sr));

            // its data, then a snapshot: a read-only LV with the same bytes, tagged with its origin
            xen.dom0Ok("dd if=/dev/urandom of=/dev/" + vg + "/e2e-web bs=1M count=4 conv=fsync status=none");
            String sum = md5(vg, "e2e-web", 32);
            String snapshot = WireValues.asString(c.callWithSession("VDI.snapshot", vdi, Map.of()));
            Map<String, Object> snapRecord = RealXen.record(c, "VDI", snapshot);
            assertEquals(true, snapRecord.get("is_a_snapshot"));
            assertEquals(true, snapRecord.get("read_only"));
            assertEquals(vdi, snapRecord.get("snapshot_of"));
            String snapName = (String) snapRecord.get("location");
            Map<String, String> snapRow = lvm.lvs(vg).get(snapName);
            assertTrue(snapRow.get("lv_attr").startsWith("sr"), "a read-only thick snapshot: " + snapRow);
            assertTrue(snapRow.get("lv_tags").contains("xenophilia-snapshot-of-e2e-web"), snapRow.toString());
            assertEquals(sum, md5(vg, snapName, 32), "the snapshot holds the same bytes");

            // LVM resizes no origin of an active snapshot: its own words
            XenApiException busy = refused(() -> c.callWithSession("VDI.resize", vdi, Long.toString(64 * MIB)));
            assertEquals("SR_BACKEND_FAILURE_441", busy.code(), busy.toString());
            assertTrue(busy.params().get(2).contains("Snapshot origin volumes can be resized only while inactive"),
                    busy.params().toString());
            assertFalse(lvm.lvs(vg).get("e2e-web").get("lv_tags").contains("grown"), "the grow was taken back");
            c.callWithSession("VDI.destroy", snapshot);
            assertFalse(lvm.lvs(vg).containsKey(snapName));

            // a grow: the LV's new size, its new end zeros, its data kept; never a shrink
            c.callWithSession("VDI.resize", vdi, Long.toString(64 * MIB));
            web = lvm.lvs(vg).get("e2e-web");
            assertEquals(64 * MIB, Dom0Lvm.bytes(web.get("lv_size")));
            assertEquals("xenophilia-volume", web.get("lv_tags"));
            assertEquals(sum, md5(vg, "e2e-web", 32));
            assertZeros(vg, "e2e-web", 32, 32);
            XenApiException shrink = refused(() -> c.callWithSession("VDI.resize", vdi, Long.toString(MIB)));
            assertEquals("SR_BACKEND_FAILURE_79", shrink.code());

            // a copy: a new whole LV with the same bytes
            String copy = WireValues.asString(c.callWithSession("VDI.copy", vdi, sr));
            String copyName = (String) RealXen.record(c, "VDI", copy).get("location");
            assertEquals("xenophilia-volume", lvm.lvs(vg).get(copyName).get("lv_tags"));
            assertEquals(md5(vg, "e2e-web", 64), md5(vg, copyName, 64));

            // a full volume group: LVM's own words, and nothing left behind
            XenApiException full = refused(() -> createVdi(c, sr, "e2e-huge", 4096 * MIB));
            assertEquals("SR_BACKEND_FAILURE_44", full.code(), full.toString());
            assertTrue(full.params().get(2).contains("insufficient free space"), full.params().toString());
            assertFalse(lvm.lvs(vg).containsKey("e2e-huge"));

            benchmark(c, sr, vg);

            c.callWithSession("VDI.destroy", copy);
            c.callWithSession("VDI.destroy", vdi);
            assertEquals(List.of("admin-notes"), List.copyOf(lvm.lvs(vg).keySet()), "only the admin's LV is left");
            xen.dom0Ok("lvremove -q -y " + vg + "/admin-notes");
            c.callWithSession("SR.destroy", sr);
            assertFalse(lvm.vgs().containsKey(vg), "the volume group is gone");
            assertEquals("", xen.dom0Ok("pvs --noheadings").stdout().strip(), "and the physical volume's label");
            assertEquals(2, xen.dom0("blkid -p " + DISK).rc(), "the disk holds nothing");
        }
        writeTable();
    }

    /** {@code VDI.create}/{@code VDI.destroy} through the Agent against {@code lvcreate}/{@code lvremove} in dom0. */
    private void benchmark(XenApiClient c, String sr, String vg) throws Exception {
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            String v = createVdi(c, sr, "e2e-bench-agent-" + i, 64 * MIB);
            sample(agent, "create 64 MiB (VDI.create | lvcreate)", t);
            RealXen.Dom0Result r = xen.dom0Ok("lvcreate -q -y -n e2e-bench-lvm-" + i + " -L 64m " + vg);
            sample(direct, "create 64 MiB (VDI.create | lvcreate)", r.dom0Seconds());

            t = System.nanoTime();
            c.callWithSession("VDI.destroy", v);
            sample(agent, "destroy (VDI.destroy | lvremove)", t);
            r = xen.dom0Ok("lvremove -q -y " + vg + "/e2e-bench-lvm-" + i);
            sample(direct, "destroy (VDI.destroy | lvremove)", r.dom0Seconds());
        }
        // the floor of a dom0 measurement, and what one LVM process costs here
        for (int i = 0; i < 2; i++) {
            sample(direct, "(dom0 sh, no command)", xen.dom0Ok("true").dom0Seconds());
            sample(direct, "(one lvs)", xen.dom0Ok("lvs " + vg + " > /dev/null").dom0Seconds());
        }
    }

    private void sample(Map<String, List<Double>> side, String op, long startNanos) throws Exception {
        sample(side, op, (System.nanoTime() - startNanos) / 1e9);
    }

    private void sample(Map<String, List<Double>> side, String op, double seconds) throws Exception {
        side.computeIfAbsent(op, k -> new ArrayList<>()).add(seconds);
        xen.overhead("lvm " + op, side == agent ? "agent" : "lvm", seconds);
    }

    private void writeTable() throws Exception {
        StringBuilder tsv = new StringBuilder("op\tagent_s\tlvm_s\tratio\tsamples\n");
        List<String> ops = new ArrayList<>(direct.keySet());
        for (String op : ops) {
            double a = median(agent.get(op));
            double d = median(direct.get(op));
            tsv.append(String.format(Locale.ROOT, "%s\t%.2f\t%.2f\t%.1f\t%s | %s%n", op, a, d, a / d,
                    agent.getOrDefault(op, List.of()), direct.get(op)));
        }
        Files.writeString(xen.out.resolve("lvm-overhead.tsv"), tsv.toString());
        System.out.print("lvm storage through the Agent against LVM in dom0 (medians of " + ROUNDS + "):\n" + tsv);
    }

    private static double median(List<Double> v) {
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String createSr(XenApiClient c, String host, boolean force) throws Exception {
        return WireValues.asString(c.callWithSession("SR.create", host, Map.of("device", DISK, "force",
                Boolean.toString(force)), 0L, "e2e lvm", "the tier's second disk", "lvm", "user", false, Map.of()));
    }

    private static String createVdi(XenApiClient c, String sr, String name, long size) throws Exception {
        return WireValues.asString(c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", name,
                "virtual_size", Long.toString(size), "type", "user", "sharable", false, "read_only", false,
                "other_config", Map.of())));
    }

    private static List<String> vdiNames(XenApiClient c, String sr) throws Exception {
        List<String> names = new ArrayList<>();
        for (Object ref : WireValues.asList(RealXen.record(c, "SR", sr).get("VDIs"))) {
            names.add((String) RealXen.record(c, "VDI", WireValues.asString(ref)).get("location"));
        }
        names.sort(null);
        return names;
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private static XenApiException refused(Call call) throws Exception {
        try {
            Object r = call.run();
            fail("not refused: answered " + r);
            return null;
        } catch (XenApiException e) {
            return e;
        }
    }

    private String md5(String vg, String lv, int mib) throws Exception {
        return xen.dom0Ok("dd if=/dev/" + vg + "/" + lv + " bs=1M count=" + mib + " status=none | md5sum").stdout()
                .strip();
    }

    private void assertZeros(String vg, String lv, int skipMib, int mib) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (int i = 0; i < mib; i++) {
            md5.update(new byte[(int) MIB]);
        }
        String zeros = HexFormat.of().formatHex(md5.digest()) + "  -";
        String read = xen.dom0Ok("dd if=/dev/" + vg + "/" + lv + " bs=1M skip=" + skipMib + " count=" + mib
                + " status=none | md5sum").stdout().strip();
        assertEquals(zeros, read, lv + " reads zeros from " + skipMib + " MiB for " + mib + " MiB");
    }
}
