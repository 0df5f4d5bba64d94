package org.xenophilia.storage.lvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.lvm.internal.LvmBackendType;

/**
 * The command lines the backend runs are exactly those that ran on the real LVM2 in the tier's dom0
 * ({@code fixtures/lvm-2.03.16/}, made by {@code capture.sh} with the backend's names): a thick repository's life
 * (made, a volume created, snapshotted, the snapshot destroyed, the volume grown and destroyed, the repository
 * destroyed) and a thin one's, each change in order, and every read among the captured reports.
 */
public class CommandLinesTest {

    private static final String SR = "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098";
    private static final String VG = "xenophilia-7e6d5c4b";
    private static final long MIB = 1 << 20;

    @TempDir
    Path tmp;

    @Test
    public void aThickRepositorysLife() throws Exception {
        FakeLvm fake = FakeLvm.install(tmp.resolve("fake"));
        try (LoopDevice disk = LoopDevice.of(tmp.resolve("disk.img"), 2048 * MIB)) {
            StorageBackend backend = fake.open();
            Repository r = backend.create(SR, Map.of(LvmBackendType.DEVICE, disk.path), false);
            r.createVolume("web", 64 * MIB, DiskFormat.RAW);
            r.snapshot("web", "snap-1", StorageProgress.NONE);
            r.destroyVolume("web+snap-1");
            r.resize("web", 128 * MIB);
            r.destroyVolume("web");
            r.destroy();

            assertInOrder(fake, disk, List.of("vgcreate", "vgchange-deltag", "lvcreate", "lvchange-deltag",
                    "lvcreate-snapshot", "lvremove", "lvchange-addtag-grown", "lvextend", "lvchange-deltag-grown",
                    "vgchange-addtag-partial", "vgremove", "pvremove"), fake.changes());
            assertInOrder(fake, disk, List.of("blkdiscard-z", "blkdiscard-z-range"), fake.zeroings());
            assertReadsCaptured(fake, disk);
        }
    }

    @Test
    public void aThinRepositorysLife() throws Exception {
        FakeLvm fake = FakeLvm.install(tmp.resolve("fake"));
        try (LoopDevice disk = LoopDevice.of(tmp.resolve("disk.img"), 2048 * MIB)) {
            StorageBackend backend = fake.open();
            Repository r = backend.create(SR, Map.of(LvmBackendType.DEVICE, disk.path,
                    LvmBackendType.THIN_POOL_SIZE, Long.toString(512 * MIB)), false);
            r.createVolume("db", 1024 * MIB, DiskFormat.RAW);
            r.snapshot("db", "snap-1", StorageProgress.NONE);
            r.destroyVolume("db+snap-1");
            r.destroyVolume("db");
            r.destroy();

            assertInOrder(fake, disk, List.of("vgcreate", "lvcreate-thin-pool", "lvchange-errorwhenfull",
                    "vgchange-deltag", "lvcreate-thin", "lvcreate-thin-snapshot", "vgchange-addtag-partial",
                    "lvremove-pool", "vgremove", "pvremove"), fake.changes());
            assertEquals(List.of(), fake.zeroings(), "thin volumes read zeros without being zeroed");
            assertReadsCaptured(fake, disk);
        }
    }

    /** The captures' argument lists, with the tier's disk and device paths as here, appear in this order. */
    private static void assertInOrder(FakeLvm fake, LoopDevice disk, List<String> captures, List<List<String>> ran)
            throws Exception {
        int at = 0;
        for (String name : captures) {
            List<String> expected = here(fake, disk, Capture.of(name).arguments());
            int found = -1;
            for (int i = at; i < ran.size(); i++) {
                if (ran.get(i).equals(expected)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, name + ": " + expected + " not run (after the earlier ones) in\n" + String.join(
                    "\n", ran.stream().map(Object::toString).toList()));
            at = found + 1;
        }
    }

    private static void assertReadsCaptured(FakeLvm fake, LoopDevice disk) throws Exception {
        List<List<String>> reads = new ArrayList<>();
        for (String name : List.of("lvs-thick", "vgs", "pvs")) {
            reads.add(here(fake, disk, Capture.of(name).arguments()));
        }
        for (List<String> a : fake.invocations()) {
            if (List.of("lvs", "vgs", "pvs").contains(a.get(0))) {
                assertTrue(reads.contains(a), a + " is not a captured read: " + reads);
            }
        }
    }

    private static List<String> here(FakeLvm fake, LoopDevice disk, List<String> args) {
        return args.stream().map(a -> a.replace("/dev/vdb", disk.path).replace("/dev/" + VG + "/",
                fake.device(VG, "x").getParent() + "/")).toList();
    }
}
