package org.xenophilia.storage.lvm.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real block device for the tests: a loop device ({@code losetup}) on a sparse file, detached when closed. Needs
 * root, as CI has (the lvm backend only takes block devices, and {@code blkid -p} reads them).
 */
public final class LoopDevice implements AutoCloseable {

    /** The device: {@code /dev/loopN}. */
    public final String path;

    private LoopDevice(String path) {
        this.path = path;
    }

    /**
     * @param backing the file to make
     * @param bytes its size
     * @return the device on it
     * @throws IOException if it cannot be set up (not root, no loop devices)
     */
    public static LoopDevice of(Path backing, long bytes) throws IOException, InterruptedException {
        try (var f = new java.io.RandomAccessFile(backing.toFile(), "rw")) {
            f.setLength(bytes);
        }
        String dev = run("losetup", "-f", "--show", backing.toString()).strip();
        return new LoopDevice(dev);
    }

    /** Writes an ext4 file system on it, as an admin's data. */
    public void mkfsExt4() throws IOException, InterruptedException {
        run(mkfs(), "-q", "-F", path);
    }

    private static String mkfs() {
        return Files.isExecutable(Path.of("/sbin/mkfs.ext4")) ? "/sbin/mkfs.ext4" : "/usr/sbin/mkfs.ext4";
    }

    /** @return what {@code blkid -p -o export} says of it ({@code ""} if nothing) */
    public String blkid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("blkid", "-p", "-o", "export", path).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("losetup", "-d", path);
    }

    static String run(String... argv) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(argv));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (these tests need root and loop devices, as"
                    + " CI has): " + out);
        }
        return out;
    }
}
