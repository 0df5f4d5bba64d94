package org.xenophilia.storage.lvm.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.lvm.internal.LvmBackendType;

import com.google.gson.Gson;

/**
 * {@code kill -9} in the middle of a volume's create, copy, snapshot, resize or destroy: the operation runs in a real
 * JVM ({@link LvmStep}) halted by the test seam at the step, as {@code kill -9} would stop it; then the repository is
 * attached again, and the volume must be whole and listed, or gone, with no LV of ours left that is not listed, the
 * other volumes as they were, and a grown thick volume reading zeros at its new end.
 * <p>
 * One line per step in {@link #steps()}: a new step or operation is a new line.
 */
public class KillAtEachStepTest {

    private static final String SR = "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098";
    private static final String VG = "xenophilia-7e6d5c4b";
    private static final long MIB = 1 << 20;

    /**
     * A step of an operation, and what a restart must find.
     *
     * @param operation the operation's arguments to {@link LvmStep}
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
                step("create new 4194304", "ran fake-lvm lvcreate *", "new", false),
                step("create new 4194304", "ran fake-blkdiscard *", "new", false),
                step("create new 4194304", "publishing *", "new", false),
                step("create new 4194304", "ran fake-lvm lvchange --deltag *", "new", true),
                step("copy base new", "ran fake-lvm lvcreate *", "new", false),
                step("copy base new", "copied 3 MiB to *", "new", false),
                step("copy base new", "publishing *", "new", false),
                step("copy base new", "published *", "new", true),
                step("snapshot base s1", "ran fake-lvm lvcreate *", "base+s1", false),
                step("snapshot base s1", "published *", "base+s1", true),
                step("resize base 16777216", "ran fake-lvm lvchange --addtag *", "base", false),
                step("resize base 16777216", "ran fake-lvm lvextend *", "base", true),
                step("resize base 16777216", "ran fake-blkdiscard *", "base", true),
                step("resize base 16777216", "resized *", "base", true),
                step("destroy base", "running fake-lvm lvremove *", "base", false),
                step("destroy base", "ran fake-lvm lvremove *", "base", true));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    public void aVolumeIsWholeAndListedOrGone(Step step) throws Exception {
        FakeLvm fake = FakeLvm.install(tmp.resolve("fake"));
        try (LoopDevice disk = LoopDevice.of(tmp.resolve("disk.img"), 128 * MIB)) {
            Map<String, String> config = Map.of(LvmBackendType.DEVICE, disk.path);
            Repository repo = fake.open().create(SR, config, false);
            repo.createVolume("base", 8 * MIB, DiskFormat.RAW);
            byte[] base = new byte[8 * (int) MIB];
            new Random(7).nextBytes(base);
            Files.write(fake.device(VG, "base"), base);
            repo.createVolume("other", 4 * MIB, DiskFormat.RAW);
            List<Volume> before = repo.volumes();
            repo.detach();

            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-D" + HaltPoints.PROPERTY + "=" + step.step(), "-cp", classPath(),
                    LvmStep.class.getName(), fake.dir.toString(), disk.path, SR));
            command.addAll(step.operation());
            String output = run(command, HaltPoints.EXIT_STATUS);
            assertTrue(output.contains(HaltPoints.HALTED), output);

            Repository again = fake.open().attach(SR, config);
            List<Volume> after = again.volumes();
            assertEquals(after.stream().map(Volume::name).toList(), ourLvs(fake),
                    "every LV of ours is a listed volume: nothing half made is left");
            boolean listed = after.stream().anyMatch(v -> v.name().equals(step.volume()));
            String operation = step.operation().get(0);
            switch (operation) {
                case "create", "copy", "snapshot" -> {
                    assertEquals(step.done(), listed, step.volume() + " listed");
                    assertEquals(before, after.stream().filter(v -> !v.name().equals(step.volume())).toList(),
                            "the others as they were");
                }
                case "destroy" -> assertEquals(!step.done(), listed);
                default -> assertTrue(listed);
            }
            if (listed) {
                Optional<Volume> v = again.volume(step.volume());
                byte[] bytes = Files.readAllBytes(fake.device(VG, step.volume()));
                switch (operation) {
                    case "copy", "snapshot" -> assertArrayEquals(base, bytes, "a whole copy");
                    case "create" -> assertArrayEquals(new byte[4 * (int) MIB], bytes, "zeros");
                    case "resize" -> {
                        assertEquals(step.done() ? 16 * MIB : 8 * MIB, v.orElseThrow().virtualSize());
                        assertArrayEquals(base, java.util.Arrays.copyOf(bytes, base.length), "the data kept");
                        for (int i = base.length; i < bytes.length; i++) {
                            assertEquals(0, bytes[i], "the grown end reads zeros at " + i);
                        }
                        assertFalse(tags(fake, "base").contains("grown"), "the grow finished: " + tags(fake,
                                "base"));
                    }
                    default -> {
                    }
                }
            }
            if (!operation.equals("resize") && !operation.equals("destroy")) {
                assertArrayEquals(base, Files.readAllBytes(fake.device(VG, "base")), "the source is untouched");
            }
        }
    }

    /** @return the LVs tagged as ours in the double's state, by name */
    @SuppressWarnings("unchecked")
    private static List<String> ourLvs(FakeLvm fake) throws Exception {
        Map<String, Object> state = new Gson().fromJson(Files.readString(fake.dir.resolve("state.json")), Map.class);
        Map<String, Map<String, Object>> lvs = ((Map<String, Map<String, Map<String, Object>>>) state.get("lvs"))
                .get(VG);
        return lvs.entrySet().stream().filter(e -> ((List<String>) e.getValue().get("tags")).contains(
                "xenophilia-volume")).map(Map.Entry::getKey).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static String tags(FakeLvm fake, String lv) throws Exception {
        Map<String, Object> state = new Gson().fromJson(Files.readString(fake.dir.resolve("state.json")), Map.class);
        return String.valueOf(((Map<String, Map<String, Map<String, Object>>>) state.get("lvs")).get(VG).get(lv)
                .get("tags"));
    }

    /** The class path of a plain JVM: the jars (or class folders) this test loaded the backend from. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(LvmStep.class, LvmBackendType.class, StorageApi.class, HaltPoints.class,
                Gson.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String run(List<String> command, int expected) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(expected, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
