package org.xenophilia.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.storage.file.tests.Disks.GIB;
import static org.xenophilia.storage.file.tests.Disks.MIB;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.XlBackendType;

/**
 * qcow2 volumes through the real {@code qemu-img} (Debian's {@code qemu-utils}, in CI's packages; a machine without it
 * fails these tests, saying so), checked with {@code qemu-img} and {@code qemu-io} as an admin would.
 */
public class Qcow2VolumeTest {

    private static final String SR = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
    private static final Path QEMU_IMG = Path.of("/usr/bin/qemu-img");

    @TempDir
    Path tmp;
    private Path dir;
    private Repository repo;

    @BeforeEach
    public void createRepository() throws Exception {
        assertTrue(Files.isExecutable(QEMU_IMG), "these tests need qemu-img (apt-get install qemu-utils)");
        dir = tmp.resolve("images");
        StorageBackend backend = Disks.open(tmp.resolve("state"), Map.of());
        assertEquals(java.util.Set.of(DiskFormat.RAW, DiskFormat.QCOW2), backend.formats(), "qemu-img was found");
        repo = Disks.repository(backend, SR, dir);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    private static String virtualSize(Path file) throws IOException, InterruptedException {
        String json = run("/usr/bin/qemu-img", "info", "--output=json", file.toString());
        return json.replaceAll("(?s).*\"virtual-size\": (\\d+).*", "$1");
    }

    @Test
    public void aQcow2VolumeGrowsAsWrittenAndAsAsked() throws Exception {
        Volume vm = repo.createVolume("vm", GIB, DiskFormat.QCOW2);
        Path file = dir.resolve("vm.qcow2");
        assertEquals(DiskFormat.QCOW2, vm.format());
        assertEquals(GIB, vm.virtualSize());
        assertTrue(vm.physicalUtilisation() < MIB, "thin: " + vm.physicalUtilisation());
        assertEquals(String.valueOf(GIB), virtualSize(file));
        assertEquals("rw-------", Disks.mode(file));
        assertEquals(XlBackendType.QDISK, repo.resolve("vm").backendType());
        assertEquals(DiskFormat.QCOW2, repo.resolve("vm").format());

        run("/usr/bin/qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 0 2M", file.toString());
        long used = repo.volume("vm").orElseThrow().physicalUtilisation();
        assertTrue(used >= 2 * MIB, "what the guest wrote: " + used);

        assertEquals(2 * GIB, repo.resize("vm", 2 * GIB).virtualSize());
        assertEquals(String.valueOf(2 * GIB), virtualSize(file), "qemu-img agrees");
        StorageException e = assertThrows(StorageException.class, () -> repo.resize("vm", GIB));
        assertEquals("SR_BACKEND_FAILURE_79", e.code());
        assertEquals(String.valueOf(2 * GIB), virtualSize(file));
        run("/usr/bin/qemu-img", "check", "-f", "qcow2", file.toString());
    }

    @Test
    public void copiesAndSnapshotsOfQcow2VolumesHoldTheSameData() throws Exception {
        repo.createVolume("vm", 64 * MIB, DiskFormat.QCOW2);
        Path file = dir.resolve("vm.qcow2");
        run("/usr/bin/qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 1M 1M", file.toString());

        Volume copy = repo.copy("vm", "vm-2", StorageProgress.NONE);
        assertEquals(DiskFormat.QCOW2, copy.format());
        run("/usr/bin/qemu-img", "compare", file.toString(), dir.resolve("vm-2.qcow2").toString());
        Volume snap = repo.snapshot("vm", "s1", StorageProgress.NONE);
        assertEquals("vm@s1", snap.name());
        assertEquals("r--------", Disks.mode(dir.resolve("vm@s1.qcow2")));
        run("/usr/bin/qemu-img", "compare", file.toString(), dir.resolve("vm@s1.qcow2").toString());
        assertEquals(List.of(".xenophilia-repository", "vm-2.qcow2", "vm.qcow2", "vm@s1.qcow2"), Disks.ls(dir));
        assertEquals(3 * 64 * MIB, repo.space().virtualAllocation());
    }

    @Test
    public void aFileThatIsNotQcow2IsNotListed() throws Exception {
        repo.createVolume("good", MIB, DiskFormat.QCOW2);
        Files.writeString(dir.resolve("junk.qcow2"), "not an image");
        assertEquals(List.of("good"), repo.volumes().stream().map(Volume::name).toList());
        assertTrue(Files.exists(dir.resolve("junk.qcow2")), "and left alone");
    }
}
