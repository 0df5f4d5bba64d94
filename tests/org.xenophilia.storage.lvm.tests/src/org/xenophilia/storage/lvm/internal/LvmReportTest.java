package org.xenophilia.storage.lvm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xenophilia.storage.lvm.tests.Capture;

/**
 * The reports of the real LVM2 2.03.16 ({@code fixtures/lvm-2.03.16/}) as the backend reads them: every field it asks
 * for, sizes in bytes, tags, thin and thick LVs and snapshots told apart; and anything that is not exactly LVM's shape
 * refused rather than guessed at.
 */
public class LvmReportTest {

    private static final String VG = "xenophilia-7e6d5c4b";

    private static Map<String, LvRow> lvs(String capture) throws Exception {
        Capture c = Capture.of(capture);
        assertEquals(0, c.exitCode());
        Map<String, LvRow> byName = new java.util.LinkedHashMap<>();
        for (Map<String, String> row : LvmReport.rows(c.stdout(), "lv")) {
            LvRow r = LvRow.of(row);
            byName.put(r.name(), r);
        }
        return byName;
    }

    @Test
    public void thickVolumesTheirSnapshotAndAnLvThatIsNotOurs() throws Exception {
        Map<String, LvRow> lvs = lvs("lvs-thick");
        assertEquals(List.of("admin-notes", "half", "web", "web+snap-1"), List.copyOf(lvs.keySet()));

        LvRow web = lvs.get("web");
        assertEquals(64L << 20, web.size());
        assertEquals(64L << 20, web.virtualSize());
        assertEquals(64L << 20, web.used(), "a thick LV takes its whole size");
        assertEquals(Set.of("xenophilia-volume"), web.tags());
        assertTrue(LvmTags.whole(web.tags()));
        assertFalse(web.thin() || web.thinPool() || web.thickSnapshot());
        assertTrue(web.active());
        assertEquals("/dev/" + VG + "/web", web.path());

        LvRow snap = lvs.get("web+snap-1");
        assertTrue(snap.thickSnapshot());
        assertEquals("web", snap.origin());
        assertEquals(68L << 20, snap.size(), "its copy-on-write space: the origin and one extent");
        assertEquals(64L << 20, snap.virtualSize(), "the disk it shows is its origin's size");
        assertEquals(0, snap.used(), "nothing changed since it was taken");
        assertEquals("web", LvmTags.originOf(snap.tags()).orElseThrow());

        assertTrue(LvmTags.leftover(lvs.get("half").tags()), "half made: partial");
        assertFalse(LvmTags.whole(lvs.get("half").tags()));
        LvRow foreign = lvs.get("admin-notes");
        assertEquals(Set.of(), foreign.tags());
        assertFalse(LvmTags.whole(foreign.tags()) || LvmTags.leftover(foreign.tags()), "not ours at all");
    }

    @Test
    public void thinVolumesTheirPoolAndAThinSnapshot() throws Exception {
        Map<String, LvRow> lvs = lvs("lvs-thin");
        LvRow pool = lvs.get("xenophilia-thinpool");
        assertTrue(pool.thinPool());
        assertEquals(512L << 20, pool.size());
        assertEquals(new BigDecimal("1.56"), pool.dataPercent());
        assertEquals(8375187, pool.used(), "1.56 % of 512 MiB, rounded up");
        assertTrue(pool.tags().contains(LvmTags.POOL));

        LvRow db = lvs.get("db");
        assertTrue(db.thin());
        assertEquals("xenophilia-thinpool", db.pool());
        assertEquals(1L << 30, db.virtualSize());
        assertEquals(8375187, db.used(), "0.78 % of 1 GiB written (8 MiB), rounded up");

        LvRow snap = lvs.get("db+snap-1");
        assertTrue(snap.thin());
        assertFalse(snap.thickSnapshot());
        assertEquals("db", snap.origin());
        assertEquals('r', snap.attr().charAt(1), "read-only");
        assertEquals(1L << 30, snap.virtualSize());

        LvRow web = lvs.get("web");
        assertEquals(128L << 20, web.size(), "grown by lvextend before the pool was made");
    }

    @Test
    public void volumeGroupsWithTheirTagsAndFreeSpace() throws Exception {
        List<VgRow> vgs = LvmReport.rows(Capture.of("vgs").stdout(), "vg").stream().map(VgRow::of).toList();
        assertEquals(2, vgs.size());
        VgRow ours = vgs.get(1);
        assertEquals(VG, ours.name());
        assertEquals(2143289344L, ours.size());
        assertEquals(1992294400L, ours.free());
        assertEquals(4L << 20, ours.extentSize());
        assertEquals(4, ours.lvCount());
        assertEquals("7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098", LvmTags.repositoryOf(ours.tags()).orElseThrow());
        assertTrue(ours.tags().contains(LvmTags.MADE_VG));
        assertEquals("admin-vg", vgs.get(0).name());
        assertTrue(LvmTags.repositoryOf(vgs.get(0).tags()).isEmpty());

        VgRow partial = VgRow.of(LvmReport.rows(Capture.of("vgs-partial").stdout(), "vg").get(1));
        assertTrue(partial.tags().contains(LvmTags.PARTIAL));
    }

    @Test
    public void physicalVolumesAndTheirVolumeGroups() throws Exception {
        List<PvRow> pvs = LvmReport.rows(Capture.of("pvs").stdout(), "pv").stream().map(PvRow::of).toList();
        assertEquals(List.of(new PvRow("/dev/loop0", "admin-vg", 62914560L), new PvRow("/dev/vdb", VG, 2143289344L)),
                pvs);
        assertEquals(List.of(), LvmReport.rows(Capture.of("pvs-none").stdout(), "pv"));
    }

    @Test
    public void aMissingVolumeGroupPrintsAnEmptyReportAndItsErrorApart() throws Exception {
        Capture c = Capture.of("lvs-missing-vg");
        assertEquals(5, c.exitCode());
        assertEquals(List.of(), LvmReport.rows(c.stdout(), "lv"));
        assertTrue(c.stderr().contains("Volume group \"no-such-vg\" not found"), c.stderr());
    }

    @Test
    public void whatIsNotExactlyLvmsShapeIsRefused() {
        String ok = "{\"report\": [{\"lv\": [{\"lv_name\": \"a\", \"lv_size\": \"4194304B\"}]}]}";
        assertEquals(1, LvmReport.rows(ok, "lv").size());
        for (String bad : List.of(
                ok + " trailing",
                ok.replace("\"4194304B\"", "4194304"),
                "{\"report\": {\"lv\": []}}",
                "{report: []}",
                "{\"report\": [{\"lv\": [[\"a\"]]}]}",
                "",
                "  Volume group \"x\" not found")) {
            assertThrows(IllegalArgumentException.class, () -> LvmReport.rows(bad, "lv"), bad);
        }
        Map<String, String> row = Map.of("lv_size", "4194304", "data_percent", "lots", "lv_tags", "");
        assertThrows(IllegalArgumentException.class, () -> LvmReport.bytes(row, "lv_size"), "a size without B");
        assertThrows(IllegalArgumentException.class, () -> LvmReport.percent(row, "data_percent"));
        assertThrows(IllegalArgumentException.class, () -> LvmReport.field(row, "lv_name"), "a field not asked for");
        assertEquals(Set.of(), LvmReport.tags(row, "lv_tags"));
    }
}
