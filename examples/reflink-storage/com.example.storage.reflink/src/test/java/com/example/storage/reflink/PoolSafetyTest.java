package com.example.storage.reflink;

import static com.example.storage.reflink.Host.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;

/**
 * What the backend never formats: a file or a device that holds a file system or another signature (unless the admin
 * forces it), a pool that is in use (whatever the force), another repository's pool. Each refusal leaves the storage
 * byte for byte as it was and says what is there; real images made by mkfs.ext4 and mkswap, a real loop device as the
 * block device, a real mount holding one.
 */
class PoolSafetyTest {

    private static final long SIZE = 320 * MIB;
    /** Random, so that no two pools mounted on this machine at once (another build's) share an XFS UUID. */
    private final String sr = UUID.randomUUID().toString();

    @TempDir
    Path tmp;
    private StorageBackend backend;

    @BeforeEach
    void open() throws Exception {
        Host.requireLoopDevices();
        backend = new ReflinkPoolType().open(new StorageContext(Files.createDirectories(tmp.resolve("state")),
                Map.of()));
    }

    @AfterEach
    void release() throws Exception {
        if (backend != null) {
            backend.close();
        }
        Host.release(tmp);
    }

    private Path image(String name) throws Exception {
        Path image = Files.createDirectories(tmp.resolve("images")).resolve(name);
        Host.run("/usr/bin/truncate", "--size=" + SIZE, image.toString());
        return image;
    }

    private static Map<String, String> at(Path pool) {
        return Map.of(ReflinkPoolType.IMAGE, pool.toString());
    }

    private static String sha256(Path file) throws Exception {
        return Host.run("/usr/bin/sha256sum", file.toString()).split(" ")[0];
    }

    @Test
    void anImageHoldingAFileSystemIsNotFormattedUnlessForced() throws Exception {
        Path image = image("ext4.img");
        Host.run("/usr/sbin/mkfs.ext4", "-q", "-F", "-L", "home", image.toString());
        String before = sha256(image);

        Probe probe = backend.probe(at(image));
        assertEquals(Optional.empty(), probe.repository());
        assertEquals(1, probe.otherData().size(), probe.toString());
        assertTrue(probe.otherData().get(0).startsWith("an ext4 filesystem labelled 'home' (signature at offset"),
                probe.otherData().toString());
        assertEquals(SIZE, probe.physicalSize());

        StorageException refused = assertThrows(StorageException.class, () -> backend.create(sr, at(image), false));
        assertEquals("SR_NOT_EMPTY", refused.code());
        assertTrue(refused.getMessage().contains(image + " holds an ext4 filesystem labelled 'home'"),
                refused.getMessage());
        assertEquals(before, sha256(image), "nothing was written");
        assertEquals(List.of(), Host.mountsUnder(tmp));

        Repository forced = backend.create(sr, at(image), true);
        assertEquals("xfs reflink-pool " + sr, Host.signatures(image));
        assertEquals(Optional.of(sr), backend.probe(at(image)).repository());
        assertEquals(List.of(), forced.volumes());
    }

    @Test
    void aBlockDeviceHoldingASwapAreaIsNotFormattedUnlessForcedAndIsOnlyUnformattedWhenDestroyed() throws Exception {
        Path backing = image("disk.img");
        Host.run("/usr/sbin/mkswap", "--label", "swap0", backing.toString());
        Path device = Path.of(Host.loopDevice(backing));
        String before = sha256(backing);

        Probe probe = backend.probe(at(device));
        assertTrue(probe.otherData().toString().contains("a swap "), probe.toString());
        assertEquals(SIZE, probe.physicalSize(), "the device's size");
        assertEquals("SR_NOT_EMPTY", assertThrows(StorageException.class, () -> backend.create(sr, at(device),
                false)).code());
        assertEquals(before, sha256(backing));

        Repository repo = backend.create(sr, at(device), true);
        assertEquals("xfs reflink-pool " + sr, Host.signatures(device));
        String source = Host.run("/usr/bin/findmnt", "--noheadings", "--output", "SOURCE", tmp.resolve("state/pools")
                .resolve(sr).toString()).strip();
        assertEquals(device.toString(), source, "a device is mounted as it is, without a loop device of its own");
        repo.destroy();
        assertTrue(Files.exists(device), "a device is never removed");
        assertEquals("", Host.signatures(device), "only the pool's signature is erased");
    }

    @Test
    void aPoolInUseIsNeverFormattedEvenWithForce() throws Exception {
        Path image = image("busy.img");
        Host.run("/usr/sbin/mkfs.ext4", "-q", "-F", image.toString());
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Host.run("/usr/bin/mount", "-o", "loop", image.toString(), elsewhere.toString());
        Files.writeString(elsewhere.resolve("notes.txt"), "keep me");

        Probe probe = backend.probe(at(image));
        assertTrue(probe.otherData().stream().anyMatch(d -> d.startsWith("in use by the loop device /dev/loop")
                && d.endsWith("mounted at " + elsewhere)), probe.toString());
        StorageException e = assertThrows(StorageException.class, () -> backend.create(sr, at(image), true));
        assertEquals("SR_BACKEND_FAILURE_16", e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written, even with force"), e.getMessage());
        assertEquals("keep me", Files.readString(elsewhere.resolve("notes.txt")));
        assertEquals(List.of(elsewhere), Host.mountsUnder(tmp));
    }

    @Test
    void aPoolIsCreatedOnceAndAttachedOnlyAsItsOwnRepository() throws Exception {
        Path image = image("pool.img");
        backend.create(sr, at(image), false).detach();
        StorageException again = assertThrows(StorageException.class, () -> backend.create(
                "11111111-2222-4333-8444-555555555555", at(image), true));
        assertEquals("SR_BACKEND_FAILURE_42", again.code(), "a repository is there, force or not");
        StorageException other = assertThrows(StorageException.class, () -> backend.attach(
                "11111111-2222-4333-8444-555555555555", at(image)));
        assertEquals("SR_BACKEND_FAILURE_47", other.code());
        assertEquals(List.of(), Host.mountsUnder(tmp), "nothing was mounted for it");
        StorageException none = assertThrows(StorageException.class, () -> backend.attach(sr, at(tmp.resolve(
                "images/none.img"))));
        assertEquals("SR_BACKEND_FAILURE_47", none.code());
    }

    @Test
    void aNewImageNeedsADirectoryAndASizeXfsCanFormat() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("images"));
        Map<String, String> noSize = at(dir.resolve("new.img"));
        StorageException e = assertThrows(StorageException.class, () -> backend.create(sr, noSize, false));
        assertEquals("INVALID_VALUE", e.code());
        assertEquals(List.of(ReflinkPoolType.SIZE, ""), e.params());
        StorageException small = assertThrows(StorageException.class, () -> backend.create(sr, Map.of(
                ReflinkPoolType.IMAGE, dir.resolve("new.img").toString(), ReflinkPoolType.SIZE,
                Long.toString(100 * MIB)), false));
        assertEquals("INVALID_VALUE", small.code());
        assertTrue(small.getMessage().contains("at least 300 MiB"), small.getMessage());
        StorageException noDir = assertThrows(StorageException.class, () -> backend.create(sr, Map.of(
                ReflinkPoolType.IMAGE, tmp.resolve("missing/new.img").toString(), ReflinkPoolType.SIZE,
                Long.toString(SIZE)), false));
        assertEquals("INVALID_VALUE", noDir.code());
        assertFalse(Files.exists(tmp.resolve("missing")));
        Path smallFile = image("small.img");
        Host.run("/usr/bin/truncate", "--size=" + (100 * MIB), smallFile.toString());
        assertEquals("SR_BACKEND_FAILURE_61", assertThrows(StorageException.class, () -> backend.create(sr,
                at(smallFile), false)).code());
        assertEquals(List.of("small.img"), Host.ls(dir), "nothing left behind");
    }

    @Test
    void withoutMkfsXfsTheTypeIsOffAndSaysWhatToInstall() {
        StorageException e = assertThrows(StorageException.class, () -> new ReflinkPoolType().open(
                new StorageContext(tmp, Map.of(ReflinkPoolType.MKFS_XFS, "/nonexistent/mkfs.xfs"))));
        assertTrue(e.getMessage().contains("/nonexistent/mkfs.xfs") && e.getMessage().contains("install xfsprogs"),
                e.getMessage());
    }
}
