package com.example.storage.reflink;

import static com.example.storage.reflink.Host.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.Volume;

/**
 * {@code kill -9} in the middle of each operation: it runs in a real JVM ({@link PoolStep}) that the test seam halts
 * at the step as {@code kill -9} would (no shutdown hook, no {@code finally}: the pool stays mounted, a temporary file
 * stays); then the pool is attached again, by a backend that finds the mount the dead one left, and a volume must be
 * whole and listed or gone, with nothing half made in the pool, listed or not, and its source untouched. A pool's own
 * create killed before its image had its name leaves nothing that stops the same create.
 * <p>
 * One line per step in {@link #steps()}.
 */
class KillAtEachStepTest {

    private static final long POOL = 320 * MIB;
    /** Random, so that no two pools mounted on this machine at once (another build's) share an XFS UUID. */
    private final String sr = UUID.randomUUID().toString();

    /**
     * A step of an operation, and what a restart must find.
     *
     * @param operation the operation's arguments to {@link PoolStep}
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
                step("create new 4194304", "publishing *", "new", false),
                step("create new 4194304", "published *", "new", true),
                step("copy base new", "running cp *", "new", false),
                step("copy base new", "ran cp *", "new", false),
                step("copy base new", "publishing *", "new", false),
                step("copy base new", "published *", "new", true),
                step("snapshot base s1", "ran cp *", "base@s1", false),
                step("snapshot base s1", "published *", "base@s1", true),
                step("resize base 16777216", "resizing *", "base", false),
                step("resize base 16777216", "resized *", "base", true),
                step("destroy base", "deleted *", "base", true));
    }

    static Stream<String> poolSteps() {
        return Stream.of("ran mkfs.xfs *", "running mount *", "renamed *", "ran umount *", "publishing *");
    }

    @TempDir
    Path tmp;
    private Path state;
    private Path image;
    private StorageBackend backend;

    @BeforeEach
    void paths() throws Exception {
        Host.requireLoopDevices();
        state = Files.createDirectories(tmp.resolve("state"));
        image = Files.createDirectories(tmp.resolve("images")).resolve("pool.img");
        backend = new ReflinkPoolType().open(new StorageContext(state, Map.of()));
    }

    @AfterEach
    void release() throws Exception {
        backend.close();
        Host.release(tmp);
    }

    private Map<String, String> config() {
        return Map.of(ReflinkPoolType.IMAGE, image.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aVolumeIsWholeAndListedOrGone(Step step) throws Exception {
        Repository repo = backend.create(sr, Map.of(ReflinkPoolType.IMAGE, image.toString(), ReflinkPoolType.SIZE,
                Long.toString(POOL)), false);
        Path root = state.resolve("pools").resolve(sr);
        repo.createVolume("base", 8 * MIB, DiskFormat.RAW);
        Host.fill(root.resolve("base.raw"), 4 * MIB);
        Path baseCopy = Files.copy(root.resolve("base.raw"), tmp.resolve("base.before"));
        List<Volume> before = repo.volumes();
        repo.detach();

        halt(step.step(), step.operation());
        assertEquals(List.of(root), Host.mountsUnder(state), "the killed JVM left the pool mounted");
        String operation = step.operation().get(0);
        if (!step.done() && List.of("create", "copy", "snapshot").contains(operation)) {
            assertTrue(Host.ls(root).stream().anyMatch(f -> f.startsWith("." + step.volume() + ".")
                    && f.endsWith(".tmp")), "the crash left the volume half made: " + Host.ls(root));
        }

        Repository again = backend.attach(sr, config());
        assertEquals(List.of(root), Host.mountsUnder(state), "the mount it found is used, not a second one");
        List<Volume> after = again.volumes();
        Set<String> files = new LinkedHashSet<>(Host.ls(root));
        files.remove(PoolMark.FILE_NAME);
        Set<String> listed = new LinkedHashSet<>();
        after.forEach(v -> listed.add(v.name() + ".raw"));
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
            switch (operation) {
                case "copy", "snapshot" -> assertEquals(-1, Files.mismatch(baseCopy, root.resolve(v.name()
                        + ".raw")), "a whole copy");
                case "resize" -> assertEquals(step.done() ? 16 * MIB : 8 * MIB, v.virtualSize());
                case "create" -> assertEquals(4 * MIB, v.virtualSize());
                default -> {
                }
            }
        }
        if (!operation.equals("resize") && !operation.equals("destroy")) {
            assertEquals(-1, Files.mismatch(baseCopy, root.resolve("base.raw")), "the source is untouched");
        }
    }

    @ParameterizedTest(name = "create-pool halted at ''{0}''")
    @MethodSource("poolSteps")
    void aPoolIsMadeWholeOrNotAtAllAndTheSameCreateThenWorks(String haltAt) throws Exception {
        halt(haltAt, List.of("create-pool", Long.toString(POOL)));
        assertFalse(Files.exists(image), "the image has its name only once it is whole");
        StorageException missing = assertThrows(StorageException.class, () -> backend.attach(sr, config()));
        assertEquals("SR_BACKEND_FAILURE_47", missing.code(), "what the Agent's recovery asks: not there");

        Repository made = backend.create(sr, Map.of(ReflinkPoolType.IMAGE, image.toString(), ReflinkPoolType.SIZE,
                Long.toString(POOL)), false);
        assertEquals(List.of("pool.img"), Host.ls(image.getParent()), "the crash's temporary image is gone");
        assertEquals(List.of(state.resolve("pools").resolve(sr)), Host.mountsUnder(tmp));
        assertEquals(1, Host.loopsUnder(tmp).size(), "and its loop device");
        assertTrue(PoolMark.read(state.resolve("pools").resolve(sr)).madeImage());
        made.destroy();
        assertFalse(Files.exists(image));
    }

    @ParameterizedTest(name = "create-pool halted at ''{0}''")
    @MethodSource("publishedPoolSteps")
    void aPoolWhoseImageHasItsNameIsWholeAndAttaches(String haltAt) throws Exception {
        halt(haltAt, List.of("create-pool", Long.toString(POOL)));
        Repository repo = backend.attach(sr, config());
        assertEquals(List.of(), repo.volumes());
        assertTrue(PoolMark.read(state.resolve("pools").resolve(sr)).madeImage(), "marked before it was named");
        assertEquals(List.of("pool.img"), Host.ls(image.getParent()));
    }

    static Stream<String> publishedPoolSteps() {
        return Stream.of("published *", "running mount */images/pool.img *");
    }

    /** Runs the operation in a JVM of its own, which the test seam halts at {@code step}. */
    private void halt(String step, List<String> operation) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-D" + HaltPoints.PROPERTY + "=" + step, "-cp", classPath(), PoolStep.class.getName(),
                state.toString(), image.toString(), sr));
        command.addAll(operation);
        String output = Host.run(HaltPoints.EXIT_STATUS, command.toArray(String[]::new));
        assertTrue(output.contains(HaltPoints.HALTED), output);
    }

    /** The class path of a plain JVM: the jars (or class folders) this test loaded the backend and the API from. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(PoolStep.class, ReflinkPoolType.class, StorageApi.class, HaltPoints.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
