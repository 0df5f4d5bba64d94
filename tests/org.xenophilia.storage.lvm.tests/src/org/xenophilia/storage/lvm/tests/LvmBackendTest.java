package org.xenophilia.storage.lvm.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.Capability;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.XlBackendType;
import org.xenophilia.storage.lvm.internal.LvmBackendType;

/**
 * What an admin notices of the lvm backend, against the boundary double of {@code lvm} ({@link FakeLvm}) on real loop
 * devices with the real {@code blkid}: data on a device is not overwritten without force, and a physical volume of
 * another volume group never; an LV that is not ours is never listed or touched; new thick volumes and grown ends read
 * zeros; snapshots are read-only and keep their origin; a full volume group gives LVM's own words and leaves nothing;
 * names a tool or a shell would read otherwise never reach a process; half-made volumes are gone after an attach and a
 * half-made repository is cleared by the next create; destroying a repository removes only what it made.
 */
public class LvmBackendTest {

    private static final String SR = "0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f";
    private static final String VG = "xenophilia-0b1c2d3e";
    private static final long MIB = 1 << 20;

    @TempDir
    Path tmp;
    private FakeLvm fake;
    private final List<LoopDevice> loops = new ArrayList<>();

    @BeforeEach
    void install() throws Exception {
        fake = FakeLvm.install(tmp.resolve("fake"));
    }

    @AfterEach
    void detach() throws Exception {
        for (LoopDevice l : loops) {
            l.close();
        }
    }

    private LoopDevice loop(String name, long bytes) throws Exception {
        LoopDevice l = LoopDevice.of(tmp.resolve(name + ".img"), bytes);
        loops.add(l);
        return l;
    }

    private static StorageException refused(Class<? extends Throwable> type, ThrowingCall call) {
        return (StorageException) assertThrows(type, call::run);
    }

    private static StorageException refused(ThrowingCall call) {
        return refused(StorageException.class, call);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    public void aDeviceHoldingAFileSystemIsNotWrittenWithoutForce() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        disk.mkfsExt4();
        StorageBackend backend = fake.open();
        Map<String, String> config = Map.of(LvmBackendType.DEVICE, disk.path);

        Probe probe = backend.probe(config);
        assertEquals(List.of(disk.path + ": an ext4 file system"), probe.otherData());
        assertEquals(64 * MIB, probe.physicalSize());
        StorageException e = refused(() -> backend.create(SR, config, false));
        assertEquals("SR_NOT_EMPTY", e.code());
        assertTrue(e.getMessage().contains("an ext4 file system"), e.getMessage());
        assertTrue(disk.blkid().contains("TYPE=ext4"), "still there: " + disk.blkid());
        assertEquals(List.of(), fake.changes(), "nothing ran that writes");

        Repository r = backend.create(SR, config, true);
        assertTrue(fake.changes().get(0).containsAll(List.of("vgcreate", "--yes")), "force is vgcreate's yes: "
                + fake.changes());
        assertFalse(disk.blkid().contains("ext4"), "vgcreate --yes wiped it");
        assertEquals(List.of(), r.volumes());
        assertEquals(SR, backend.probe(config).repository().orElseThrow());
        assertEquals("SR_BACKEND_FAILURE_42", refused(() -> backend.create(SR, config, true)).code(),
                "a repository is there");
    }

    @Test
    public void aPhysicalVolumeOfAnotherVolumeGroupIsNeverUsedEvenForced() throws Exception {
        LoopDevice theirs = loop("theirs", 64 * MIB);
        LoopDevice blank = loop("blank", 64 * MIB);
        fake.admin("vgcreate", "admin-vg", theirs.path);
        StorageBackend backend = fake.open();
        Map<String, String> config = Map.of(LvmBackendType.DEVICE, blank.path + "," + theirs.path);

        assertEquals(List.of(theirs.path + ": a physical volume of volume group admin-vg"),
                backend.probe(config).otherData());
        fake.clearLog();
        StorageException e = refused(() -> backend.create(SR, config, true));
        assertEquals("SR_BACKEND_FAILURE_61", e.code());
        assertTrue(e.getMessage().contains("never used, even with force"), e.getMessage());
        assertEquals(List.of(), fake.changes());
        assertTrue(fake.admin("vgs", "--reportformat", "json", "--units", "b", "-o", "vg_name").contains("admin-vg"));
    }

    @Test
    public void anLvThatIsNotOursIsNeverListedNorTouched() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        fake.admin("vgcreate", "admin-vg", disk.path);
        fake.admin("lvcreate", "--yes", "-n", "notes", "-L", "8388608b", "admin-vg");
        byte[] notes = Files.readAllBytes(fake.device("admin-vg", "notes"));
        fake.clearLog();
        StorageBackend backend = fake.open();
        Map<String, String> config = Map.of(LvmBackendType.VG, "admin-vg");

        assertEquals(List.of("volume group admin-vg holds 1 logical volume(s): notes"),
                backend.probe(config).otherData());
        assertEquals("SR_NOT_EMPTY", refused(() -> backend.create(SR, config, false)).code());
        Repository r = backend.create(SR, config, true);
        assertEquals(List.of(), r.volumes());
        r.createVolume("web", 4 * MIB, DiskFormat.RAW);
        assertEquals(List.of("web"), r.volumes().stream().map(Volume::name).toList());
        assertTrue(r.volume("notes").isEmpty());
        assertEquals("SR_BACKEND_FAILURE_43", refused(() -> r.createVolume("notes", MIB, DiskFormat.RAW)).code());
        assertEquals("VDI_MISSING", refused(() -> r.destroyVolume("notes")).code());
        assertEquals("VDI_MISSING", refused(() -> r.resize("notes", 16 * MIB)).code());
        assertEquals("VDI_MISSING", refused(() -> r.snapshot("notes", "s", StorageProgress.NONE)).code());
        assertEquals("VDI_MISSING", refused(() -> r.resolve("notes")).code());

        r.destroyVolume("web");
        r.destroy();
        // (a create of the name reached lvcreate, which refused it: the name is taken)
        for (List<String> change : fake.changes()) {
            assertFalse(change.contains("admin-vg/notes"), "notes changed: " + change);
        }
        assertArrayEquals(notes, Files.readAllBytes(fake.device("admin-vg", "notes")));
        String vgs = fake.admin("vgs", "--reportformat", "json", "--units", "b", "-o", "vg_name,vg_tags");
        assertTrue(vgs.contains("\"vg_name\":\"admin-vg\", \"vg_tags\":\"\""), "left as it was: " + vgs);
    }

    @Test
    public void newThickVolumesAndGrownEndsReadZerosAndVolumesOnlyGrow() throws Exception {
        Repository r = repository(loop("disk", 64 * MIB));
        Volume v = r.createVolume("web", 8 * MIB, DiskFormat.RAW);
        assertEquals(new Volume("web", DiskFormat.RAW, 8 * MIB, 8 * MIB, java.util.Optional.empty()), v);
        assertZeros(fake.device(VG, "web"), 0, 8 * MIB);
        assertEquals(new DiskTarget(fake.device(VG, "web").toString(), DiskFormat.RAW, XlBackendType.PHY, false),
                r.resolve("web"));

        Files.write(fake.device(VG, "web"), new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.WRITE);
        assertEquals(16 * MIB, r.resize("web", 16 * MIB).virtualSize());
        assertZeros(fake.device(VG, "web"), 8 * MIB, 8 * MIB);
        assertEquals(1, Files.readAllBytes(fake.device(VG, "web"))[0], "the data is kept");
        assertEquals(16 * MIB, r.resize("web", 16 * MIB).virtualSize(), "the same size changes nothing");
        StorageException shrink = refused(() -> r.resize("web", 8 * MIB));
        assertEquals("SR_BACKEND_FAILURE_79", shrink.code());
        assertEquals(16 * MIB, r.volume("web").orElseThrow().virtualSize());
        assertEquals("SR_BACKEND_FAILURE_66", refused(() -> r.createVolume("q", MIB, DiskFormat.QCOW2)).code());
    }

    @Test
    public void aFullVolumeGroupGivesLvmsOwnWordsAndLeavesNothing() throws Exception {
        Repository r = repository(loop("disk", 64 * MIB));
        StorageException e = refused(() -> r.createVolume("big", 100 * MIB, DiskFormat.RAW));
        assertEquals("SR_BACKEND_FAILURE_44", e.code());
        assertTrue(e.params().get(2).contains("Volume group \"" + VG + "\" has insufficient free space"),
                e.params().toString());
        assertEquals(List.of(), r.volumes());
        r.createVolume("web", 40 * MIB, DiskFormat.RAW);
        assertEquals("SR_BACKEND_FAILURE_44", refused(() -> r.resize("web", 80 * MIB)).code());
        assertEquals(40 * MIB, r.volume("web").orElseThrow().virtualSize());
        assertFalse(fake.admin("lvs", "--reportformat", "json", "--units", "b", "-o", "lv_tags", VG)
                .contains("grown"), "the grow was taken back");
        assertEquals("SR_BACKEND_FAILURE_44", refused(() -> r.snapshot("web", "s1", StorageProgress.NONE)).code());
        assertEquals("SR_BACKEND_FAILURE_44", refused(() -> r.copy("web", "web2", StorageProgress.NONE)).code());
        assertEquals(List.of("web"), r.volumes().stream().map(Volume::name).toList());
    }

    @Test
    public void namesAToolOrAShellWouldReadOtherwiseNeverReachAProcess() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        StorageBackend backend = fake.open();
        for (Map<String, String> bad : List.<Map<String, String>>of(Map.of(LvmBackendType.VG, "-ffoo"),
                Map.of(LvmBackendType.VG, "a;reboot"), Map.of(LvmBackendType.DEVICE, "/dev/../etc/passwd"),
                Map.of(LvmBackendType.DEVICE, "/etc/passwd"), Map.of(LvmBackendType.DEVICE, "/dev/-rf"),
                Map.of(LvmBackendType.DEVICE, disk.path, LvmBackendType.THIN_POOL, "--type"), Map.of())) {
            assertEquals("INVALID_VALUE", refused(() -> backend.create(SR, bad, true)).code(), bad.toString());
        }
        assertEquals(List.of(), fake.changes());
        Repository r = backend.create(SR, Map.of(LvmBackendType.DEVICE, disk.path), false);
        fake.clearLog();
        for (String name : List.of("x;rm -rf /", "$(reboot)", "-n", "../x", "a b", "snapshot1", "pvmove0",
                "a_tdata", "x".repeat(65), "", "`id`")) {
            assertEquals("INVALID_VALUE", refused(() -> r.createVolume(name, MIB, DiskFormat.RAW)).code(), name);
            assertEquals("INVALID_VALUE", refused(() -> r.copy("web", name, StorageProgress.NONE)).code(), name);
        }
        assertEquals("INVALID_VALUE", refused(() -> r.snapshot("web", "a;b", StorageProgress.NONE)).code());
        for (String name : List.of("x;rm -rf /", "-n", "../x")) {
            assertTrue(r.volume(name).isEmpty());
            assertEquals("VDI_MISSING", refused(() -> r.destroyVolume(name)).code());
        }
        assertEquals(List.of(), fake.invocations(), "not even a read");
    }

    @Test
    public void aSnapshotIsReadOnlyHoldsItsOriginsBytesAndKeepsItsOriginAlive() throws Exception {
        Repository r = repository(loop("disk", 64 * MIB));
        r.createVolume("web", 8 * MIB, DiskFormat.RAW);
        byte[] data = new byte[8 * (int) MIB];
        new Random(1).nextBytes(data);
        Files.write(fake.device(VG, "web"), data);

        Volume s = r.snapshot("web", "before", StorageProgress.NONE);
        assertEquals("web+before", s.name());
        assertEquals(java.util.Optional.of("web"), s.snapshotOf());
        assertEquals(8 * MIB, s.virtualSize());
        assertTrue(r.resolve("web+before").readOnly());
        assertArrayEquals(data, Files.readAllBytes(fake.device(VG, "web+before")));
        assertEquals("SR_OPERATION_NOT_SUPPORTED", refused(() -> r.resize("web+before", 16 * MIB)).code());
        assertEquals("SR_OPERATION_NOT_SUPPORTED", refused(() -> r.snapshot("web+before", "again",
                StorageProgress.NONE)).code());
        StorageException inUse = refused(() -> r.destroyVolume("web"));
        assertEquals("VDI_IN_USE", inUse.code());
        assertTrue(inUse.getMessage().contains("web+before"), inUse.getMessage());

        Volume copy = r.copy("web+before", "web-restored", StorageProgress.NONE);
        assertFalse(copy.readOnly());
        assertArrayEquals(data, Files.readAllBytes(fake.device(VG, "web-restored")));
        r.destroyVolume("web+before");
        r.destroyVolume("web");
        assertEquals(List.of("web-restored"), r.volumes().stream().map(Volume::name).toList());
    }

    @Test
    public void aThinRepositorysVolumesAreThinAndItsCopiesSkipZeros() throws Exception {
        LoopDevice disk = loop("disk", 128 * MIB);
        StorageBackend backend = fake.open();
        assertTrue(backend.capabilities().contains(Capability.THIN_PROVISIONING));
        Repository r = backend.create(SR, Map.of(LvmBackendType.DEVICE, disk.path, LvmBackendType.THIN_POOL_SIZE,
                "64M"), false);
        r.createVolume("db", 256 * MIB, DiskFormat.RAW);
        assertEquals(256 * MIB, r.space().virtualAllocation(), "more than the pool holds: thin");
        assertEquals(64 * MIB, r.space().physicalSize(), "a thin repository's room is its pool's");
        assertEquals(List.of(), fake.zeroings(), "a thin volume reads zeros without being zeroed");
        Files.write(fake.device(VG, "db"), new byte[] { 7 }, java.nio.file.StandardOpenOption.WRITE);
        r.copy("db", "db2", StorageProgress.NONE);
        assertEquals(256 * MIB, Files.size(fake.device(VG, "db2")));
        try (var in = Files.newInputStream(fake.device(VG, "db2"))) {
            assertEquals(7, in.read(), "the copy's data");
        }
        long allocated = Long.parseLong(LoopDevice.run("stat", "-c", "%b", fake.device(VG, "db2").toString())
                .strip()) * 512;
        assertTrue(allocated < 4 * MIB, "the zeros were not written: " + allocated + " bytes allocated");

        FakeLvm noThin = FakeLvm.install(tmp.resolve("no-thin"));
        noThin.control("no-thin");
        StorageBackend without = noThin.open();
        assertFalse(without.capabilities().contains(Capability.THIN_PROVISIONING));
        assertEquals("SR_OPERATION_NOT_SUPPORTED", refused(() -> without.create(SR, Map.of(LvmBackendType.DEVICE,
                loop("other", 64 * MIB).path, LvmBackendType.THIN_POOL_SIZE, "32M"), false)).code());
    }

    @Test
    public void withoutUdevLvmMakesTheDeviceNodesItself() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        fake.control("no-udev");
        Map<String, String> relying = fake.settings();
        Repository r = fake.open(relying).create(SR, Map.of(LvmBackendType.DEVICE, disk.path), false);
        StorageException e = refused(() -> r.createVolume("web", MIB, DiskFormat.RAW));
        assertEquals("SR_BACKEND_FAILURE_78", e.code());
        assertTrue(e.params().get(2).contains("device not cleared"), "what lvcreate says there: " + e.params());
        assertEquals(List.of(), r.volumes());

        Map<String, String> without = new java.util.HashMap<>(relying);
        without.put(LvmBackendType.UDEV, "no");
        Repository again = fake.open(without).attach(SR, Map.of(LvmBackendType.DEVICE, disk.path));
        again.createVolume("web", MIB, DiskFormat.RAW);
        List<String> lvcreate = fake.changes().stream().filter(a -> a.get(0).equals("lvcreate")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(List.of("lvcreate", "--config", "activation{udev_sync=0 udev_rules=0 verify_udev_operations=1}"
                + " devices{obtain_device_list_from_udev=0}"), lvcreate.subList(0, 3));
        assertEquals(List.of("web"), again.volumes().stream().map(Volume::name).toList());
    }

    @Test
    public void halfMadeVolumesAreGoneAfterAnAttachAndOnlyThose() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        Repository r = repository(disk);
        r.createVolume("web", 4 * MIB, DiskFormat.RAW);
        r.detach();
        // what a kill during a create leaves, and LVs of the admin's that merely look alike
        fake.admin("lvcreate", "--yes", "-n", "half", "-L", "4194304b", "--addtag", "xenophilia-volume", "--addtag",
                "xenophilia-partial", VG);
        fake.admin("lvcreate", "--yes", "-n", "mine", "-L", "4194304b", "--addtag", "xenophilia-partial", VG);
        assertEquals("SR_HAS_NO_PBDS", refused(r::volumes).code());

        Repository again = fake.open().attach(SR, Map.of(LvmBackendType.DEVICE, disk.path));
        assertEquals(List.of("web"), again.volumes().stream().map(Volume::name).toList());
        String lvs = fake.admin("lvs", "--reportformat", "json", "--units", "b", "-o", "lv_name", VG);
        assertFalse(lvs.contains("\"half\""), lvs);
        assertTrue(lvs.contains("\"mine\""), "not ours: kept, " + lvs);
    }

    @Test
    public void aRepositoryHalfMadeIsNotAttachedAndTheNextCreateClearsIt() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        String other = "99999999-4f50-4617-8829-3a4b5c6d7e8f";
        // what a kill during SR.create leaves: the volume group, still partial
        fake.admin("vgcreate", "--addtag", "xenophilia-sr-" + other, "--addtag", "xenophilia-made-vg", "--addtag",
                "xenophilia-partial", "xenophilia-99999999", disk.path);
        StorageBackend backend = fake.open();
        Map<String, String> config = Map.of(LvmBackendType.DEVICE, disk.path);
        assertEquals("SR_BACKEND_FAILURE_47", refused(() -> backend.attach(other, config)).code());
        assertTrue(backend.probe(config).blank(), "ours, half made: not data");
        Repository r = backend.create(SR, config, false);
        assertEquals(List.of(), r.volumes());
        String vgs = fake.admin("vgs", "--reportformat", "json", "--units", "b", "-o", "vg_name");
        assertFalse(vgs.contains("xenophilia-99999999"), vgs);
    }

    @Test
    public void destroyingARepositoryRemovesWhatItMadeAndOnlyThat() throws Exception {
        LoopDevice disk = loop("disk", 64 * MIB);
        Repository r = repository(disk);
        r.createVolume("web", 4 * MIB, DiskFormat.RAW);
        assertEquals("SR_NOT_EMPTY", refused(r::destroy).code());
        r.destroyVolume("web");
        r.destroy();
        String pvs = fake.admin("pvs", "--reportformat", "json", "--units", "b", "-o", "pv_name");
        assertFalse(pvs.contains(disk.path), "the physical volume's label is gone: " + pvs);
        assertEquals("SR_BACKEND_FAILURE_47", refused(() -> fake.open().attach(SR, Map.of(LvmBackendType.DEVICE,
                disk.path))).code());

        // a volume group we made, which the admin used meanwhile: left, without our tags
        Repository again = repository(disk);
        fake.admin("lvcreate", "--yes", "-n", "notes", "-L", "4194304b", VG);
        again.destroy();
        String vgs = fake.admin("vgs", "--reportformat", "json", "--units", "b", "-o", "vg_name,vg_tags");
        assertTrue(vgs.contains("\"vg_name\":\"" + VG + "\", \"vg_tags\":\"\""), vgs);
    }

    private Repository repository(LoopDevice disk) throws Exception {
        return fake.open().create(SR, Map.of(LvmBackendType.DEVICE, disk.path), false);
    }

    private static void assertZeros(Path file, long offset, long length) throws Exception {
        byte[] all = Files.readAllBytes(file);
        for (long i = offset; i < offset + length; i++) {
            if (all[(int) i] != 0) {
                throw new AssertionError(file + " does not read zeros at byte " + i + " (" + all[(int) i] + ")");
            }
        }
    }
}
