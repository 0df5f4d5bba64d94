package com.example.storage.reflink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The host as the tests see it and leave it: its tools run as an admin runs them, what is mounted and which loop
 * devices serve which files, read from the kernel, and a clean-up that unmounts and frees whatever a test left under
 * its directory, whether it passed or not.
 */
final class Host {

    static final long MIB = 1L << 20;

    private Host() {
    }

    /**
     * The pools are loop-mounted image files, so the tests need root and loop devices. A machine without loop devices
     * (a container without /dev/loop-control) skips them, saying so; CI has them, so there a missing one fails.
     */
    static void requireLoopDevices() {
        boolean loops = Files.exists(Path.of("/dev/loop-control"));
        if (!loops && System.getenv("CI") != null) {
            fail("no loop devices (/dev/loop-control) on a CI machine: CI runs these tests as root with loop devices");
        }
        Assumptions.assumeTrue(loops, "this machine has no loop devices (/dev/loop-control): the pools are"
                + " loop-mounted image files");
    }

    /** Runs a tool and returns its output; fails unless it exits with 0. */
    static String run(String... command) throws Exception {
        return run(0, command);
    }

    /** Runs a tool and returns its output (standard error too); fails unless it exits with {@code expected}. */
    static String run(int expected, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(expected, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    /** @return the mount points at or under {@code dir}, as the kernel lists them */
    static List<Path> mountsUnder(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        for (MountTable.Mount m : MountTable.mounts()) {
            if (m.mountPoint().startsWith(dir)) {
                found.add(m.mountPoint());
            }
        }
        return found;
    }

    /** @return the loop devices serving files under {@code dir} ({@code /dev/loop3}) */
    static List<String> loopsUnder(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(Path.of("/sys/block"), "loop*")) {
            for (Path d : devices) {
                Path backing = d.resolve("loop/backing_file");
                if (Files.exists(backing) && MountTable.withoutDeleted(Files.readString(backing).strip())
                        .startsWith(dir.toRealPath().toString())) {
                    found.add("/dev/" + d.getFileName());
                }
            }
        }
        return found;
    }

    /**
     * Unmounts everything under {@code dir} (deepest first) and frees the loop devices of its files. A mount that is
     * busy is detached lazily, so the next test starts clean, and the test fails saying what was busy.
     */
    static void release(Path dir) throws Exception {
        List<Path> mounts = new ArrayList<>(mountsUnder(dir));
        mounts.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        List<String> busy = new ArrayList<>();
        for (Path m : mounts) {
            Process p = new ProcessBuilder("/usr/bin/umount", m.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                busy.add(out.strip());
                run("/usr/bin/umount", "--lazy", m.toString());
            }
        }
        for (String loop : loopsUnder(dir)) {
            run("/usr/sbin/losetup", "--detach", loop);
        }
        if (!busy.isEmpty()) {
            fail("the test left mounts it could not unmount (an open file?): " + busy);
        }
    }

    /** Sets up a loop device for a file, as an admin makes a test disk: the block device a pool can be made on. */
    static String loopDevice(Path file) throws Exception {
        return run("/usr/sbin/losetup", "--find", "--show", file.toString()).strip();
    }

    /** @return the signatures on a file or device as wipefs lists them: {@code TYPE LABEL UUID} lines */
    static String signatures(Path pool) throws Exception {
        return run("/usr/sbin/wipefs", "--no-act", "--noheadings", "--parsable", "--output", "TYPE,LABEL,UUID",
                pool.toString()).strip().replace(',', ' ');
    }

    /** Writes {@code bytes} of a non-zero pattern from the start of a volume and flushes it, as a guest would. */
    static void fill(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[(int) MIB];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + 7);
        }
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            for (long done = 0; done < bytes; done += chunk.length) {
                ch.write(java.nio.ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, bytes - done)), done);
            }
            ch.force(true);
        }
    }

    /** @return the names in a directory, hidden ones too, sorted: what {@code ls -A} shows */
    static List<String> ls(Path dir) throws IOException {
        try (var children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** @return the file's extents as filefrag lists them, one per line, with their flags */
    static List<String> extents(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : run("/usr/sbin/filefrag", "-v", file.toString()).split("\n")) {
            if (line.matches("\\s*\\d+:.*")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
