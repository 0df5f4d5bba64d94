package com.example.storage.reflink.install;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/** What is mounted and which loop devices serve which files, from the kernel; and the clean-up after a test. */
final class Mounts {

    private Mounts() {
    }

    /** Pools are loop-mounted image files: skipped, saying so, only where there are no loop devices (never in CI). */
    static void requireLoopDevices() {
        boolean loops = Files.exists(Path.of("/dev/loop-control"));
        if (!loops && System.getenv("CI") != null) {
            fail("no loop devices (/dev/loop-control) on a CI machine: CI runs these tests as root with loop devices");
        }
        Assumptions.assumeTrue(loops, "this machine has no loop devices (/dev/loop-control): the pools are"
                + " loop-mounted image files");
    }

    /** @return the mount points at or under {@code dir} ({@code /proc/self/mountinfo}'s fifth field) */
    static List<Path> under(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
            Path mountPoint = Path.of(line.split(" ")[4].replace("\\040", " "));
            if (mountPoint.startsWith(dir)) {
                found.add(mountPoint);
            }
        }
        return found;
    }

    /** @return the loop devices serving files under {@code dir} */
    static List<String> loopsUnder(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(Path.of("/sys/block"), "loop*")) {
            for (Path d : devices) {
                Path backing = d.resolve("loop/backing_file");
                if (Files.exists(backing) && Files.readString(backing).startsWith(dir.toRealPath().toString())) {
                    found.add("/dev/" + d.getFileName());
                }
            }
        }
        return found;
    }

    /** Unmounts everything under {@code dir}, deepest first (lazily if busy), and frees its loop devices. */
    static void release(Path dir) throws Exception {
        List<Path> mounts = new ArrayList<>(under(dir));
        mounts.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path m : mounts) {
            Child.run(Duration.ofSeconds(60), Map.of(), null, "/usr/bin/umount", "--lazy", m.toString());
        }
        for (String loop : loopsUnder(dir)) {
            Child.run(Duration.ofSeconds(60), Map.of(), null, "/usr/sbin/losetup", "--detach", loop);
        }
    }

    /** @return the lines of {@code filefrag -v} that describe the file's extents, with their flags */
    static List<String> extents(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Child.run(Duration.ofSeconds(60), Map.of(), null, "/usr/sbin/filefrag", "-v",
                file.toString()).split("\n")) {
            if (line.matches("\\s*\\d+:.*")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
