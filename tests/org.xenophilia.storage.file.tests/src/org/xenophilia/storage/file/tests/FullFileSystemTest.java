package org.xenophilia.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.storage.file.tests.Disks.GIB;
import static org.xenophilia.storage.file.tests.Disks.MIB;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;

/**
 * A repository on a full file system: a real 16 MiB tmpfs, mounted for the test (it needs root, as CI has; a machine
 * where {@code mount} fails fails the test, saying so). An operation that needs room it does not have fails with
 * {@code SR_BACKEND_FAILURE_44} and the system's or qemu-img's own words, and leaves nothing: no temporary file, the
 * listing and the free space as they were.
 */
public class FullFileSystemTest {

    private static final String SR = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    @TempDir
    Path tmp;
    private Path mount;
    private boolean mounted;
    private Path dir;
    private Repository repo;

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " (this test mounts a tmpfs, so it runs as root, as"
                + " CI does): " + out);
        return out;
    }

    @BeforeEach
    public void mountASmallFileSystem() throws Exception {
        mount = Files.createDirectories(tmp.resolve("small"));
        run("/bin/mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", mount.toString());
        mounted = true;
        dir = mount.resolve("images");
        repo = Disks.repository(Disks.open(tmp.resolve("state"), Map.of()), SR, dir);
    }

    @AfterEach
    public void unmount() throws Exception {
        if (mounted) {
            run("/bin/umount", mount.toString());
        }
    }

    private long usable() throws Exception {
        return Files.getFileStore(dir).getUsableSpace();
    }

    @Test
    public void aCopyThatDoesNotFitFailsInTheSystemsWordsAndLeavesNothing() throws Exception {
        repo.createVolume("big", 64 * MIB, DiskFormat.RAW);
        Disks.fill(dir.resolve("big.raw"), 0, 10 * MIB);
        List<Volume> before = repo.volumes();
        long free = usable();

        StorageException e = assertThrows(StorageException.class, () -> repo.copy("big", "big-2",
                StorageProgress.NONE));
        assertEquals("SR_BACKEND_FAILURE_44", e.code());
        assertEquals("cannot copy big to big-2: the file system of " + dir + " is full", e.params().get(1));
        assertTrue(e.params().get(2).contains("No space left on device"), "the system's words: " + e.params());
        assertEquals(List.of(".xenophilia-repository", "big.raw"), Disks.ls(dir), "nothing left behind");
        assertEquals(before, repo.volumes());
        assertEquals(free, usable(), "the space is free again");

        e = assertThrows(StorageException.class, () -> repo.snapshot("big", "s1", StorageProgress.NONE));
        assertEquals("SR_BACKEND_FAILURE_44", e.code());
        assertEquals(List.of(".xenophilia-repository", "big.raw"), Disks.ls(dir));
    }

    @Test
    public void aQcow2CopyThatDoesNotFitFailsInQemuImgsWords() throws Exception {
        repo.createVolume("vm", 64 * MIB, DiskFormat.QCOW2);
        run("/usr/bin/qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 0 10M", dir.resolve("vm.qcow2").toString());
        long free = usable();

        StorageException e = assertThrows(StorageException.class, () -> repo.copy("vm", "vm-2",
                StorageProgress.NONE));
        assertEquals("SR_BACKEND_FAILURE_44", e.code());
        assertTrue(e.params().get(1).startsWith("cannot copy vm to vm-2: the file system is full: qemu-img convert"),
                e.params().get(1));
        assertTrue(e.params().get(2).contains("No space left on device"), "qemu-img's words: " + e.params());
        assertEquals(List.of(".xenophilia-repository", "vm.qcow2"), Disks.ls(dir));
        assertEquals(free, usable());
    }

    @Test
    public void onAFullFileSystemAThinVolumeIsStillMadeAndAQcow2OneIsRefused() throws Exception {
        Path filler = mount.resolve("filler");
        StorageException e;
        try {
            Disks.fill(filler, 0, 32 * MIB);
        } catch (java.io.IOException full) {
            // the file system is full now
        }
        assertTrue(usable() < MIB, "full: " + usable());

        Volume thin = repo.createVolume("thin", GIB, DiskFormat.RAW);
        assertEquals(GIB, thin.virtualSize(), "a sparse file takes no block");

        e = assertThrows(StorageException.class, () -> repo.createVolume("vm", GIB, DiskFormat.QCOW2));
        assertEquals("SR_BACKEND_FAILURE_44", e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(List.of(".xenophilia-repository", "thin.raw"), Disks.ls(dir));
    }
}
