package org.xenophilia.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.storage.file.tests.Disks.GIB;
import static org.xenophilia.storage.file.tests.Disks.MIB;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.Capability;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.RepositorySpace;
import org.xenophilia.storage.ResolvedVolume;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageBackendType;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.XlBackendType;
import org.xenophilia.storage.file.internal.FileBackendType;

/** Raw volumes in a real directory: what an admin sees with ls and stat, and what the API says about it. */
public class FileRepositoryTest {

    private static final String SR = "3f2a6c1e-8b4d-4e7a-9c0f-1d2e3f4a5b6c";

    @TempDir
    Path tmp;
    private Path dir;
    private StorageBackend backend;
    private Repository repo;

    @BeforeEach
    public void createRepository() throws Exception {
        dir = tmp.resolve("images");
        backend = Disks.open(tmp.resolve("state"), Map.of());
        repo = Disks.repository(backend, SR, dir);
    }

    @Test
    public void theAgentFindsTheTypeThroughItsServicesFile() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(StorageBackendType.class, FileBackendType.class.getClassLoader())
                .forEach(t -> names.add(t.name()));
        assertEquals(List.of("file"), names);
        assertTrue(backend.capabilities().containsAll(List.of(Capability.RESIZE, Capability.SNAPSHOT,
                Capability.THIN_PROVISIONING)));
        assertFalse(backend.capabilities().contains(Capability.CLONE), "a copy is a full copy");
    }

    /**
     * A listing while volumes are made and destroyed (the Workbench reads the repository after every event while an
     * admin makes a thousand volumes): a file that goes between find's reading of the directory and its look at the
     * file is not listed; the listing never fails for it.
     */
    @Test
    public void aListingWhileVolumesComeAndGoNeverFails() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Exception> churn = new java.util.concurrent.atomic.AtomicReference<>();
        Thread maker = new Thread(() -> {
            try {
                for (int i = 0; i < 1000; i++) {
                    repo.createVolume("v" + i, MIB, DiskFormat.RAW);
                    repo.destroyVolume("v" + i);
                }
            } catch (Exception e) {
                churn.set(e);
            } finally {
                done.set(true);
            }
        });
        maker.start();
        int listings = 0;
        while (!done.get()) {
            for (Volume v : repo.volumes()) {
                assertTrue(v.name().startsWith("v"), v.toString());
            }
            listings++;
        }
        maker.join();
        assertEquals(null, churn.get());
        assertTrue(listings > 0);
        assertEquals(List.of(), repo.volumes());
    }

    @Test
    public void aRawVolumeIsASparseFileOnlyRootReads() throws Exception {
        Volume web = repo.createVolume("web", 10 * GIB, DiskFormat.RAW);
        Path file = dir.resolve("web.raw");
        assertEquals(List.of(".xenophilia-repository", "web.raw"), Disks.ls(dir));
        assertEquals(10 * GIB, Files.size(file));
        assertTrue(Disks.allocated(file) < MIB, "sparse: no block written");
        assertEquals("rw-------", Disks.mode(file));
        assertEquals(new Volume("web", DiskFormat.RAW, 10 * GIB, web.physicalUtilisation(), Optional.empty()), web);
        assertEquals(List.of(web), repo.volumes());
        assertEquals(new DiskTarget(file.toString(), DiskFormat.RAW, XlBackendType.PHY, false), repo.resolve("web"));

        RepositorySpace space = repo.space();
        assertEquals(10 * GIB, space.virtualAllocation());
        assertTrue(space.physicalUtilisation() <= space.physicalSize());
        assertEquals(space.physicalSize() - space.physicalUtilisation(), space.free());

        Disks.fill(file, 0, 3 * MIB);
        long used = repo.volume("web").orElseThrow().physicalUtilisation();
        assertTrue(used >= 3 * MIB && used < 4 * MIB, "what the guest wrote: " + used);
    }

    @Test
    public void aSizeIsRoundedUpToWholeSectors() throws StorageException {
        assertEquals(1024, repo.createVolume("tiny", 513, DiskFormat.RAW).virtualSize());
        StorageException e = assertThrows(StorageException.class, () -> repo.createVolume("none", 0,
                DiskFormat.RAW));
        assertEquals("SR_BACKEND_FAILURE_79", e.code());
    }

    @Test
    public void aVolumeGrowsKeepingItsDataAndNeverShrinks() throws Exception {
        repo.createVolume("db", GIB, DiskFormat.RAW);
        Path file = dir.resolve("db.raw");
        Disks.write(file, GIB - 5, "tail!");
        assertEquals(2 * GIB, repo.resize("db", 2 * GIB).virtualSize());
        assertEquals("tail!", Disks.read(file, GIB - 5, 5));

        StorageException e = assertThrows(StorageException.class, () -> repo.resize("db", GIB));
        assertEquals("SR_BACKEND_FAILURE_79", e.code());
        assertEquals("cannot shrink db from 2147483648 to 1073741824 bytes: volumes only grow (shrinking would cut"
                + " off what the guest keeps at the end of its disk)", e.getMessage());
        assertEquals(2 * GIB, Files.size(file), "unchanged");
        assertEquals(2 * GIB, repo.resize("db", 2 * GIB).virtualSize(), "the same size changes nothing");

        e = assertThrows(StorageException.class, () -> repo.resize("nothere", 2 * GIB));
        assertEquals("VDI_MISSING", e.code());
        assertEquals(List.of(SR, "nothere"), e.params());
    }

    @Test
    public void aCopyIsWholeAsThinAsItsSourceAndIndependent() throws Exception {
        repo.createVolume("base", 64 * MIB, DiskFormat.RAW);
        Path base = dir.resolve("base.raw");
        Disks.write(base, 0, "boot sector");
        Disks.fill(base, 40 * MIB, 2 * MIB);
        List<Double> progress = new ArrayList<>();
        Volume copy = repo.copy("base", "web-2", new StorageProgress() {
            @Override
            public void done(double fraction) {
                progress.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        Path file = dir.resolve("web-2.raw");
        assertEquals(64 * MIB, copy.virtualSize());
        assertTrue(Disks.sameContent(base, file), "the same bytes");
        assertTrue(Disks.allocated(file) <= 3 * MIB, "zeros were not written: " + Disks.allocated(file));
        assertEquals(1.0, progress.get(progress.size() - 1));
        Disks.write(file, 0, "changed....");
        assertEquals("boot sector", Disks.read(base, 0, 11), "the source is untouched");
        assertEquals(List.of(".xenophilia-repository", "base.raw", "web-2.raw"), Disks.ls(dir), "no temporary file");
    }

    @Test
    public void aCancelledCopyLeavesNothing() throws Exception {
        repo.createVolume("base", 8 * MIB, DiskFormat.RAW);
        Disks.fill(dir.resolve("base.raw"), 0, 8 * MIB);
        StorageProgress cancelAfterOneChunk = new StorageProgress() {
            private boolean started;

            @Override
            public void done(double fraction) {
                started = true;
            }

            @Override
            public boolean cancelled() {
                return started;
            }
        };
        assertThrows(CancellationException.class, () -> repo.copy("base", "copy", cancelAfterOneChunk));
        assertEquals(List.of(".xenophilia-repository", "base.raw"), Disks.ls(dir));
        assertEquals(List.of("base"), repo.volumes().stream().map(Volume::name).toList());
    }

    @Test
    public void aSnapshotIsReadOnlyAndNamedAfterItsSource() throws Exception {
        repo.createVolume("web", 16 * MIB, DiskFormat.RAW);
        Disks.write(dir.resolve("web.raw"), 0, "version 1");
        Volume snap = repo.snapshot("web", "before-upgrade", StorageProgress.NONE);
        assertEquals("web@before-upgrade", snap.name());
        assertEquals(Optional.of("web"), snap.snapshotOf());
        Path file = dir.resolve("web@before-upgrade.raw");
        assertEquals("r--------", Disks.mode(file));
        assertTrue(repo.resolve("web@before-upgrade").readOnly(), "xl gives it as access=ro");
        Disks.write(dir.resolve("web.raw"), 0, "version 2");
        assertEquals("version 1", Disks.read(file, 0, 9), "a point in time");

        assertEquals("SR_OPERATION_NOT_SUPPORTED", assertThrows(StorageException.class,
                () -> repo.resize("web@before-upgrade", GIB)).code());
        assertEquals("SR_OPERATION_NOT_SUPPORTED", assertThrows(StorageException.class,
                () -> repo.snapshot("web@before-upgrade", "again", StorageProgress.NONE)).code());
        Volume restored = repo.copy("web@before-upgrade", "web-restored", StorageProgress.NONE);
        assertFalse(restored.readOnly(), "a copy of a snapshot is writable");
        assertEquals("rw-------", Disks.mode(dir.resolve("web-restored.raw")));

        repo.destroyVolume("web");
        assertEquals(List.of("web-restored", "web@before-upgrade"),
                repo.volumes().stream().map(Volume::name).sorted().toList(), "a snapshot outlives its source");
    }

    /**
     * What the Agent lists a repository with, and reads a volume's snapshots with, answers what a listing and a
     * resolve of each volume answer: read from the directory, without a process per volume.
     */
    @Test
    public void theListingWithTargetsAndASnapshotsLookupAnswerAsResolveDoes() throws Exception {
        repo.createVolume("web", 16 * MIB, DiskFormat.RAW);
        repo.createVolume("db", 8 * MIB, DiskFormat.RAW);
        repo.snapshot("web", "before-upgrade", StorageProgress.NONE);
        repo.snapshot("web", "nightly", StorageProgress.NONE);
        Files.writeString(dir.resolve("web@notes.txt"), "not a volume");

        List<ResolvedVolume> all = repo.resolveAll();
        assertEquals(repo.volumes(), all.stream().map(ResolvedVolume::volume).toList());
        for (ResolvedVolume v : all) {
            assertEquals(repo.resolve(v.volume().name()), v.target(), v.volume().name());
        }
        assertEquals(List.of("web@before-upgrade", "web@nightly"), repo.snapshots("web").stream()
                .map(v -> v.volume().name()).toList());
        for (ResolvedVolume s : repo.snapshots("web")) {
            assertEquals(repo.volume(s.volume().name()).orElseThrow(), s.volume());
            assertEquals(repo.resolve(s.volume().name()), s.target());
            assertTrue(s.target().readOnly());
        }
        assertEquals(List.of(), repo.snapshots("db"));
        assertEquals(List.of(), repo.snapshots("web@nightly"), "a snapshot has none");
        assertEquals(List.of(), repo.snapshots("../web"), "not a name: not looked for");
    }

    @Test
    public void aNameIsTakenOnceAndNeverReplaced() throws Exception {
        repo.createVolume("web", MIB, DiskFormat.RAW);
        Disks.write(dir.resolve("web.raw"), 0, "mine");
        repo.createVolume("other", MIB, DiskFormat.RAW);
        for (var attempt : List.<ThrowingCall>of(() -> repo.createVolume("web", MIB, DiskFormat.RAW),
                () -> repo.copy("other", "web", StorageProgress.NONE))) {
            StorageException e = assertThrows(StorageException.class, attempt::call);
            assertEquals("SR_BACKEND_FAILURE_43", e.code());
        }
        assertEquals("mine", Disks.read(dir.resolve("web.raw"), 0, 4));
    }

    /** A call that may throw. */
    private interface ThrowingCall {
        void call() throws Exception;
    }

    @Test
    public void namesWithShellOrPathSyntaxNeverReachTheDisk() throws Exception {
        repo.createVolume("web", MIB, DiskFormat.RAW);
        for (String bad : List.of("x;touch /tmp/pwned", "../escape", "-rf", ".hidden", "$(reboot)", "a b")) {
            assertEquals("INVALID_VALUE", assertThrows(StorageException.class,
                    () -> repo.createVolume(bad, MIB, DiskFormat.RAW)).code());
            assertEquals("INVALID_VALUE", assertThrows(StorageException.class,
                    () -> repo.copy("web", bad, StorageProgress.NONE)).code());
            assertEquals(Optional.empty(), repo.volume(bad));
            assertEquals("VDI_MISSING", assertThrows(StorageException.class, () -> repo.resolve(bad)).code());
            assertEquals("VDI_MISSING", assertThrows(StorageException.class, () -> repo.destroyVolume(bad)).code());
        }
        assertEquals("VDI_MISSING", assertThrows(StorageException.class,
                () -> repo.resolve("../images/web")).code());
        assertEquals(List.of(".xenophilia-repository", "web.raw"), Disks.ls(dir));
        assertEquals(List.of("images", "state"), Disks.ls(tmp));
    }

    @Test
    public void filesThatAreNotVolumesAreNeitherListedNorTouched() throws Exception {
        Files.writeString(dir.resolve("README"), "the admin's notes");
        Files.writeString(dir.resolve(".web.raw.part"), "someone else's temporary file");
        Files.createDirectory(dir.resolve("iso"));
        repo.createVolume("web", MIB, DiskFormat.RAW);
        assertEquals(List.of("web"), repo.volumes().stream().map(Volume::name).toList());
        repo.destroyVolume("web");
        assertEquals(List.of(".web.raw.part", ".xenophilia-repository", "README", "iso"), Disks.ls(dir));
    }

    @Test
    public void aSymbolicLinkIsNotAVolumeWhereverItLeads() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret"), "host's own file");
        Files.createSymbolicLink(dir.resolve("leak.raw"), secret);
        assertEquals(List.of(), repo.volumes());
        assertEquals("VDI_MISSING", assertThrows(StorageException.class, () -> repo.resolve("leak")).code());
        assertEquals("VDI_MISSING", assertThrows(StorageException.class,
                () -> repo.copy("leak", "copy", StorageProgress.NONE)).code());
        assertEquals("host's own file", Files.readString(secret));
    }

    @Test
    public void aRawDiskWhoseGuestWroteAQcow2HeaderStaysRaw() throws Exception {
        repo.createVolume("guest", 4 * MIB, DiskFormat.RAW);
        Path file = dir.resolve("guest.raw");
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.writeInt(0x514649fb); // a qcow2 header's magic and version
            f.writeInt(3);
        }
        Volume v = repo.volume("guest").orElseThrow();
        assertEquals(DiskFormat.RAW, v.format());
        assertEquals(4 * MIB, v.virtualSize());
        assertEquals(DiskFormat.RAW, repo.resolve("guest").format());
    }

    @Test
    public void aRepositoryIsADirectoryWithItsMark() throws Exception {
        Map<String, String> config = Map.of(FileBackendType.LOCATION, dir.toString());
        assertEquals(Optional.of(SR), backend.probe(config).repository());
        StorageException e = assertThrows(StorageException.class, () -> backend.create(
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", config, true));
        assertEquals("SR_BACKEND_FAILURE_42", e.code(), "even with force: a repository is never overwritten");

        e = assertThrows(StorageException.class, () -> backend.attach("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                config));
        assertEquals("SR_BACKEND_FAILURE_47", e.code());
        assertEquals(dir + " holds repository " + SR + ", not 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", e.getMessage());
        e = assertThrows(StorageException.class, () -> backend.attach(SR, Map.of(FileBackendType.LOCATION,
                tmp.resolve("gone").toString())));
        assertEquals("SR_BACKEND_FAILURE_47", e.code());

        repo.createVolume("web", MIB, DiskFormat.RAW);
        repo.detach();
        e = assertThrows(StorageException.class, () -> repo.volumes());
        assertEquals("SR_HAS_NO_PBDS", e.code());
        assertEquals(List.of(SR), e.params());
        Repository again = backend.attach(SR, config);
        assertEquals(List.of("web"), again.volumes().stream().map(Volume::name).toList(), "forget keeps the data");

        e = assertThrows(StorageException.class, again::destroy);
        assertEquals("SR_NOT_EMPTY", e.code());
        again.destroyVolume("web");
        again.destroy();
        assertFalse(Files.exists(dir), "the directory it made is gone");
    }

    @Test
    public void aDirectoryHoldingOtherFilesIsUsedOnlyWhenForcedAndNeverEmptied() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("srv"));
        Files.writeString(shared.resolve("notes.txt"), "keep me");
        Map<String, String> config = Map.of(FileBackendType.LOCATION, shared.toString());
        Probe probe = backend.probe(config);
        assertEquals(List.of("notes.txt"), probe.otherData());
        assertFalse(probe.blank());
        assertTrue(probe.physicalSize() > 0 && probe.free() > 0);

        String other = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
        StorageException e = assertThrows(StorageException.class, () -> backend.create(other, config, false));
        assertEquals("SR_NOT_EMPTY", e.code());
        assertEquals(shared + " holds notes.txt; nothing was written (create with force to use it anyway)",
                e.getMessage());
        assertEquals(List.of("notes.txt"), Disks.ls(shared), "nothing was written");

        Repository forced = backend.create(other, config, true);
        forced.destroy();
        assertEquals(List.of("notes.txt"), Disks.ls(shared), "destroy removes only what it made");
        assertTrue(backend.probe(Map.of(FileBackendType.LOCATION, tmp.resolve("new/dir").toString())).blank());
    }

    @Test
    public void whatACrashLeftIsRemovedAtAttachAndNothingElse() throws Exception {
        repo.createVolume("web", MIB, DiskFormat.RAW);
        Files.writeString(dir.resolve(".db.raw.0f0e0d0c-0b0a-4909-8807-060504030201.tmp"), "half a copy");
        Files.writeString(dir.resolve(".notes.0f0e0d0c-0b0a-4909-8807-060504030201.tmp"), "not ours");
        repo.detach();
        Repository again = backend.attach(SR, Map.of(FileBackendType.LOCATION, dir.toString()));
        assertEquals(List.of(".notes.0f0e0d0c-0b0a-4909-8807-060504030201.tmp", ".xenophilia-repository", "web.raw"),
                Disks.ls(dir));
        assertEquals(List.of("web"), again.volumes().stream().map(Volume::name).toList());
    }

    @Test
    public void withoutQemuImgOnlyRawIsOffered() throws Exception {
        StorageBackend rawOnly = Disks.open(tmp.resolve("state"), Map.of(FileBackendType.QEMU_IMG,
                tmp.resolve("no-qemu-img").toString()));
        assertEquals(java.util.Set.of(DiskFormat.RAW), rawOnly.formats());
        Repository r = rawOnly.attach(SR, Map.of(FileBackendType.LOCATION, dir.toString()));
        StorageException e = assertThrows(StorageException.class, () -> r.createVolume("q", GIB,
                DiskFormat.QCOW2));
        assertEquals("SR_BACKEND_FAILURE_66", e.code());
        assertEquals("cannot create q as qcow2: qcow2 volumes need qemu-img, which is not installed here",
                e.getMessage());
        assertEquals(List.of(".xenophilia-repository"), Disks.ls(dir));
    }
}
