package org.xenophilia.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.storage.file.tests.Disks.MIB;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.file.internal.FileBackendType;

/**
 * {@code kill -9} in the middle of a volume's create, copy, snapshot, resize or destroy: the operation runs in a real
 * JVM ({@link StorageStep}) halted by the test seam at the step, as {@code kill -9} would stop it (no shutdown hook,
 * no {@code finally}); then the repository is attached again, and the volume must be whole and listed, or gone, with
 * nothing half made left in the directory, listed or not, and the source untouched.
 * <p>
 * One line per step in {@link #steps()}: a new step or operation is a new line.
 */
public class KillAtEachStepTest {

    private static final String SR = "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098";

    /**
     * A step of an operation, and what a restart must find.
     *
     * @param operation the operation's arguments to {@link StorageStep}
     * @param step the test seam's step, {@code *} for any characters
     * @param volume the volume the operation makes or changes
     * @param done whether the operation is done at that step
     */
    record Step(List<String> operation, String step, String volume, boolean done) {
        @Override
        public String toString() {
            return String.join(" ", operation) + " halted at '" + step + "': " + (done ? "done" : "not done");
        }
    }

    private static Step step(String operation, String step, String volume, boolean done) {
        return new Step(List.of(operation.split(" ")), step, volume, done);
    }

    static Stream<Step> steps() {
        return Stream.of(
                step("create new 4194304 raw", "publishing *", "new", false),
                step("create new 4194304 raw", "published *", "new", true),
                step("create new 4194304 qcow2", "ran qemu-img create *", "new", false),
                step("create new 4194304 qcow2", "publishing *", "new", false),
                step("create new 4194304 qcow2", "published *", "new", true),
                step("copy base new", "copied 3 MiB to *", "new", false),
                step("copy base new", "publishing *", "new", false),
                step("copy base new", "published *", "new", true),
                step("copy vm new", "ran qemu-img convert *", "new", false),
                step("copy vm new", "published *", "new", true),
                step("snapshot base s1", "copied 1 MiB to *", "base@s1", false),
                step("snapshot base s1", "published *", "base@s1", true),
                step("resize base 16777216", "resizing *", "base", false),
                step("resize base 16777216", "resized *", "base", true),
                step("resize vm 16777216", "running qemu-img resize *", "vm", false),
                step("resize vm 16777216", "resized *", "vm", true),
                step("destroy base", "deleted *", "base", true));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    public void aVolumeIsWholeAndListedOrGone(Step step) throws Exception {
        Path dir = tmp.resolve("images");
        Path state = Files.createDirectories(tmp.resolve("state"));
        StorageBackend backend = new FileBackendType().open(new StorageContext(state, Map.of()));
        Repository repo = Disks.repository(backend, SR, dir);
        repo.createVolume("base", 8 * MIB, DiskFormat.RAW);
        Disks.fill(dir.resolve("base.raw"), 0, 4 * MIB);
        repo.createVolume("vm", 8 * MIB, DiskFormat.QCOW2);
        run(List.of("/usr/bin/qemu-io", "-f", "qcow2", "-c", "write -P 0x5a 0 2M", dir.resolve("vm.qcow2")
                .toString()));
        Path baseCopy = Files.copy(dir.resolve("base.raw"), tmp.resolve("base.before"));
        Path vmCopy = Files.copy(dir.resolve("vm.qcow2"), tmp.resolve("vm.before"));
        List<Volume> before = repo.volumes();
        repo.detach();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-D" + HaltPoints.PROPERTY + "=" + step.step(), "-cp", classPath(),
                StorageStep.class.getName(), state.toString(), dir.toString(), SR));
        command.addAll(step.operation());
        String output = run(command, HaltPoints.EXIT_STATUS);
        assertTrue(output.contains(HaltPoints.HALTED), output);
        String operation = step.operation().get(0);
        if (!step.done() && List.of("create", "copy", "snapshot").contains(operation)) {
            assertTrue(Disks.ls(dir).stream().anyMatch(f -> f.startsWith("." + step.volume() + ".")
                    && f.endsWith(".tmp")), "the crash left the volume half made: " + Disks.ls(dir));
        }

        Repository again = backend.attach(SR, Map.of(FileBackendType.LOCATION, dir.toString()));
        List<Volume> after = again.volumes();
        Set<String> files = new LinkedHashSet<>(Disks.ls(dir));
        files.remove(".xenophilia-repository");
        Set<String> listed = new LinkedHashSet<>();
        for (Volume v : after) {
            listed.add(v.name() + (v.format() == DiskFormat.RAW ? ".raw" : ".qcow2"));
        }
        assertEquals(listed, files, "every file is a listed volume: nothing half made, no temporary file");

        boolean listedNow = after.stream().anyMatch(v -> v.name().equals(step.volume()));
        switch (operation) {
            case "create", "copy", "snapshot" -> {
                assertEquals(step.done(), listedNow, step.volume() + " listed");
                assertEquals(before, after.stream().filter(v -> !v.name().equals(step.volume())).toList(),
                        "the others as they were");
            }
            case "destroy" -> assertEquals(!step.done(), listedNow);
            default -> assertTrue(listedNow);
        }
        if (listedNow) {
            Volume v = again.volume(step.volume()).orElseThrow();
            Path file = dir.resolve(v.name() + (v.format() == DiskFormat.RAW ? ".raw" : ".qcow2"));
            if (v.format() == DiskFormat.QCOW2) {
                run(List.of("/usr/bin/qemu-img", "check", "-q", "-f", "qcow2", file.toString()));
            }
            switch (operation) {
                case "copy", "snapshot" -> assertSameDisk(step.operation().get(1).equals("vm") ? vmCopy : baseCopy,
                        file, v.format());
                case "resize" -> assertEquals(step.done() ? 16 * MIB : 8 * MIB, v.virtualSize());
                case "create" -> assertEquals(4 * MIB, v.virtualSize());
                default -> {
                }
            }
        }
        if (!operation.equals("resize") && !operation.equals("destroy")) {
            assertTrue(Disks.sameContent(baseCopy, dir.resolve("base.raw")), "the source is untouched");
            assertTrue(Disks.sameContent(vmCopy, dir.resolve("vm.qcow2")), "the source is untouched");
        }
    }

    /** Whole: the same bytes as the source, or for qcow2 the same disk as {@code qemu-img compare} reads it. */
    private static void assertSameDisk(Path expected, Path actual, DiskFormat format) throws Exception {
        if (format == DiskFormat.RAW) {
            assertTrue(Disks.sameContent(expected, actual), "a whole copy");
        } else {
            run(List.of("/usr/bin/qemu-img", "compare", "-f", "qcow2", "-F", "qcow2", expected.toString(),
                    actual.toString()));
        }
    }

    /** The class path of a plain JVM: the jars (or class folders) this test loaded the backend from. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(StorageStep.class, FileBackendType.class, StorageApi.class, AtomicFiles.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String run(List<String> command) throws Exception {
        return run(command, 0);
    }

    private static String run(List<String> command, int expected) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(expected, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
