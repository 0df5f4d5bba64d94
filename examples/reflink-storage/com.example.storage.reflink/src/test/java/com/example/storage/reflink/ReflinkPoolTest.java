package com.example.storage.reflink;

import static com.example.storage.reflink.Host.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.XlBackendType;

/**
 * The backend on real pools: image files made sparse and formatted by the real mkfs.xfs, loop-mounted by the real
 * mount, volumes whose snapshots and copies are real reflinks (the file system's free space and filefrag's "shared"
 * extents say so), and what an admin sees on the host after each step: the signature wipefs reads, what is mounted,
 * which loop devices are set up. Whatever a test leaves mounted is unmounted after it, passed or failed.
 */
class ReflinkPoolTest {

    private static final long POOL = 512 * MIB;
    /** Random, so that no two pools mounted on this machine at once (another build's) share an XFS UUID. */
    private final String sr = UUID.randomUUID().toString();
    private final String sr2 = UUID.randomUUID().toString();

    @TempDir
    Path tmp;
    private Path state;
    private StorageBackend backend;

    @BeforeEach
    void open() throws Exception {
        Host.requireLoopDevices();
        state = Files.createDirectories(tmp.resolve("state"));
        backend = new ReflinkPoolType().open(new StorageContext(state, Map.of()));
    }

    @AfterEach
    void release() throws Exception {
        if (backend != null) {
            backend.close();
        }
        Host.release(tmp);
    }

    private Map<String, String> newPool(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("images"));
        return Map.of(ReflinkPoolType.IMAGE, dir.resolve(name).toString(), ReflinkPoolType.SIZE,
                Long.toString(POOL));
    }

    private Path root(String uuid) {
        return state.resolve("pools").resolve(uuid);
    }

    @Test
    void aNewPoolIsASparseXfsImageMountedWhileAttached() throws Exception {
        Map<String, String> config = newPool("pool.img");
        Path image = Path.of(config.get(ReflinkPoolType.IMAGE));
        Probe blank = backend.probe(config);
        assertTrue(blank.blank(), blank.toString());
        assertFalse(Files.exists(image), "a probe writes nothing");

        Repository repo = backend.create(sr, config, false);
        assertEquals(POOL, Files.size(image));
        assertTrue(Files.size(image) > Long.parseLong(Host.run("/usr/bin/stat", "--format=%b", image.toString())
                .strip()) * 512, "sparse: only what mkfs.xfs wrote takes room");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(image)));
        assertEquals("xfs reflink-pool " + sr, Host.signatures(image), "the pool is known by its signature");
        assertEquals(List.of(root(sr)), Host.mountsUnder(tmp));
        assertEquals(1, Host.loopsUnder(tmp).size(), "one loop device serves the image");
        assertTrue(Host.run("/usr/bin/findmnt", "--noheadings", "--output", "FSTYPE,OPTIONS", root(sr).toString())
                .matches("(?s)xfs\\s+\\S*nosuid,nodev,noexec.*"), "mounted nodev,nosuid,noexec");
        long size = repo.space().physicalSize();
        assertTrue(size > 400 * MIB && size < POOL, "the file system's size: " + size);
        assertEquals(List.of(), repo.volumes());

        Probe there = backend.probe(config);
        assertEquals(Optional.of(sr), there.repository());
        assertTrue(there.free() > 400 * MIB, there.toString());

        repo.createVolume("web", 8 * MIB, DiskFormat.RAW);
        repo.detach();
        assertEquals(List.of(), Host.mountsUnder(tmp), "detached: unmounted");
        assertEquals(List.of(), Host.loopsUnder(tmp), "and its loop device freed");
        assertThrows(StorageException.class, repo::volumes);

        Repository again = backend.attach(sr, config);
        assertEquals(List.of("web"), again.volumes().stream().map(Volume::name).toList());
        assertEquals(List.of(root(sr)), Host.mountsUnder(tmp));
    }

    @Test
    void aSnapshotAndACopyOfAFullyWrittenVolumeShareItsExtentsAndTakeNoRoom() throws Exception {
        Repository repo = backend.create(sr, newPool("pool.img"), false);
        repo.createVolume("web", 64 * MIB, DiskFormat.RAW);
        Path web = root(sr).resolve("web.raw");
        Host.fill(web, 64 * MIB);
        long used = repo.space().physicalUtilisation();
        assertTrue(repo.volume("web").orElseThrow().physicalUtilisation() >= 64 * MIB);

        Volume snapshot = repo.snapshot("web", "before", StorageProgress.NONE);
        assertEquals("web@before", snapshot.name());
        assertEquals(Optional.of("web"), snapshot.snapshotOf());
        assertEquals(64 * MIB, snapshot.virtualSize());
        Volume copy = repo.copy("web", "web-2", StorageProgress.NONE);
        assertEquals(Optional.empty(), copy.snapshotOf());

        long grown = repo.space().physicalUtilisation() - used;
        assertTrue(grown < 4 * MIB, "two 64 MiB clones took " + grown + " bytes of the pool: they share the source's"
                + " extents");
        Path snap = root(sr).resolve("web@before.raw");
        Path web2 = root(sr).resolve("web-2.raw");
        for (Path f : List.of(web, snap, web2)) {
            List<String> extents = Host.extents(f);
            assertFalse(extents.isEmpty());
            assertTrue(extents.stream().allMatch(e -> e.contains("shared")), f + ": " + extents);
        }
        assertEquals(-1, Files.mismatch(web, snap));
        assertEquals(-1, Files.mismatch(web, web2));

        // copy on write: the copy's blocks are its own once written, the source and the snapshot keep theirs
        Host.fill(web2, MIB / 2);
        Host.run("/usr/bin/dd", "if=/dev/zero", "of=" + web2, "bs=4096", "count=1", "conv=notrunc,fsync",
                "status=none");
        assertTrue(Files.mismatch(web, web2) >= 0);
        assertEquals(-1, Files.mismatch(web, snap), "the snapshot is the source as it was");

        assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(snap)));
        DiskTarget t = repo.resolve("web@before");
        assertEquals(new DiskTarget(snap.toString(), DiskFormat.RAW, XlBackendType.PHY, true), t);
        assertEquals(new DiskTarget(web.toString(), DiskFormat.RAW, XlBackendType.PHY, false), repo.resolve("web"));
        assertEquals("SR_OPERATION_NOT_SUPPORTED", assertThrows(StorageException.class, () -> repo.snapshot(
                "web@before", "again", StorageProgress.NONE)).code());
    }

    @Test
    void volumesAreThinAndGrowButNeverShrink() throws Exception {
        Repository repo = backend.create(sr, newPool("pool.img"), false);
        Volume big = repo.createVolume("big", 1L << 30, DiskFormat.RAW);
        assertEquals(1L << 30, big.virtualSize(), "a volume larger than its 512 MiB pool: thin");
        assertEquals(0, big.physicalUtilisation());
        assertEquals(1L << 30, repo.space().virtualAllocation());
        assertEquals(1000L * 512, repo.createVolume("odd", 1000L * 512 - 5, DiskFormat.RAW).virtualSize(),
                "rounded up to whole sectors");

        assertEquals(2L << 30, repo.resize("big", 2L << 30).virtualSize());
        assertEquals(2L << 30, Files.size(root(sr).resolve("big.raw")));
        assertEquals(2L << 30, repo.resize("big", 2L << 30).virtualSize(), "the same size changes nothing");
        StorageException shrink = assertThrows(StorageException.class, () -> repo.resize("big", 1L << 30));
        assertEquals("SR_BACKEND_FAILURE_79", shrink.code());
        assertTrue(shrink.getMessage().contains("volumes only grow"), shrink.getMessage());
        assertEquals(2L << 30, Files.size(root(sr).resolve("big.raw")));

        repo.snapshot("big", "s", StorageProgress.NONE);
        assertEquals("SR_OPERATION_NOT_SUPPORTED", assertThrows(StorageException.class, () -> repo.resize("big@s",
                4L << 30)).code());
        assertEquals("SR_BACKEND_FAILURE_66", assertThrows(StorageException.class, () -> repo.createVolume("q",
                MIB, DiskFormat.QCOW2)).code());
        assertEquals("SR_BACKEND_FAILURE_43", assertThrows(StorageException.class, () -> repo.createVolume("big",
                MIB, DiskFormat.RAW)).code());
        assertEquals("SR_BACKEND_FAILURE_79", assertThrows(StorageException.class, () -> repo.createVolume("z", 0,
                DiskFormat.RAW)).code());
    }

    @Test
    void namesThatAShellOrAToolWouldReadOtherwiseNeverReachAFile() throws Exception {
        Repository repo = backend.create(sr, newPool("pool.img"), false);
        repo.createVolume("web", MIB, DiskFormat.RAW);
        for (String name : List.of("../escape", "-rf", "a b", "$(reboot)", ".hidden", "web;ls", "x/y", "")) {
            StorageException e = assertThrows(StorageException.class, () -> repo.createVolume(name, MIB,
                    DiskFormat.RAW), name);
            assertEquals("INVALID_VALUE", e.code(), name);
            assertEquals("INVALID_VALUE", assertThrows(StorageException.class, () -> repo.copy("web", name,
                    StorageProgress.NONE)).code(), name);
            assertEquals("INVALID_VALUE", assertThrows(StorageException.class, () -> repo.snapshot("web", name,
                    StorageProgress.NONE)).code(), name);
        }
        for (String lookup : List.of("../../../etc/passwd", "/etc/passwd", "web.raw", "-rf")) {
            assertEquals(Optional.empty(), repo.volume(lookup), lookup);
            assertEquals("VDI_MISSING", assertThrows(StorageException.class, () -> repo.destroyVolume(lookup))
                    .code(), lookup);
        }
        assertEquals(List.of("web"), repo.volumes().stream().map(Volume::name).toList());
        assertEquals(List.of(PoolMark.FILE_NAME, "web.raw"), Host.ls(root(sr)));
    }

    @Test
    void destroyRemovesTheImageItMadeAndOnlyTheSignatureOfAFileThatWasThere() throws Exception {
        Map<String, String> made = newPool("made.img");
        Repository repo = backend.create(sr, made, false);
        repo.createVolume("web", MIB, DiskFormat.RAW);
        StorageException notEmpty = assertThrows(StorageException.class, repo::destroy);
        assertEquals("SR_NOT_EMPTY", notEmpty.code());
        repo.destroyVolume("web");
        repo.destroy();
        assertFalse(Files.exists(Path.of(made.get(ReflinkPoolType.IMAGE))), "the image it made is gone");
        assertFalse(Files.exists(root(sr)));

        Path existing = tmp.resolve("images/existing.img");
        Host.run("/usr/bin/truncate", "--size=" + POOL, existing.toString());
        Map<String, String> there = Map.of(ReflinkPoolType.IMAGE, existing.toString());
        Repository second = backend.create(sr2, there, false);
        assertEquals(Optional.of(false), Optional.of(PoolMark.read(root(sr2)).madeImage()));
        second.destroy();
        assertTrue(Files.exists(existing), "a file that was there before stays");
        assertEquals(POOL, Files.size(existing));
        assertEquals("", Host.signatures(existing), "without the pool's signature");
        assertTrue(backend.probe(there).blank());
        assertEquals(List.of(), Host.mountsUnder(tmp));
        assertEquals(List.of(), Host.loopsUnder(tmp));
    }

    @Test
    void closingTheBackendUnmountsEveryPoolAndTheNextOneFindsTheirVolumes() throws Exception {
        Map<String, String> one = newPool("one.img");
        Map<String, String> two = newPool("two.img");
        backend.create(sr, one, false).createVolume("a", MIB, DiskFormat.RAW);
        backend.create(sr2, two, false).createVolume("b", MIB, DiskFormat.RAW);
        assertEquals(2, Host.mountsUnder(tmp).size());

        backend.close(); // the Agent stops
        assertEquals(List.of(), Host.mountsUnder(tmp));
        assertEquals(List.of(), Host.loopsUnder(tmp));

        backend = new ReflinkPoolType().open(new StorageContext(state, Map.of()));
        assertEquals(List.of("a"), backend.attach(sr, one).volumes().stream().map(Volume::name).toList());
        assertEquals(List.of("b"), backend.attach(sr2, two).volumes().stream().map(Volume::name).toList());
        StorageException wrong = assertThrows(StorageException.class, () -> backend.attach(sr, two));
        assertEquals("SR_BACKEND_FAILURE_47", wrong.code());
        assertTrue(wrong.getMessage().contains("holds repository " + sr2), wrong.getMessage());
    }
}
