package org.xenophilia.storage.lvm.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.lvm.internal.LvmBackendType;

/**
 * The boundary test doubles for LVM2's {@code lvm} and util-linux's {@code blkdiscard} ({@code fixtures/fake-lvm},
 * {@code fixtures/fake-blkdiscard}: small Python scripts run as real processes, answering in the real outputs' shapes
 * and words; see their headers), each test with its own copy in a directory of its own, and the backend opened on
 * them with the real {@code blkid}.
 */
public final class FakeLvm {

    /** Where the doubles, their state, their logs and their LVs' files are. */
    public final Path dir;
    /** The {@code lvm} double. */
    public final Path lvm;

    private FakeLvm(Path dir) {
        this.dir = dir;
        this.lvm = dir.resolve("fake-lvm");
    }

    /**
     * @param dir an empty directory
     * @return the doubles installed there
     * @throws IOException if the fixtures cannot be copied
     */
    public static FakeLvm install(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String script : List.of("fake-lvm", "fake-blkdiscard")) {
            Path target = dir.resolve(script);
            Files.copy(Capture.fixtures().resolve(script), target);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        }
        return new FakeLvm(dir);
    }

    /** @return the settings that point the backend at the doubles (the real blkid), LVM relying on udev */
    public Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put(LvmBackendType.LVM, lvm.toString());
        s.put(LvmBackendType.BLKDISCARD, dir.resolve("fake-blkdiscard").toString());
        s.put(LvmBackendType.BLKID, blkid());
        s.put(LvmBackendType.UDEV, "yes");
        return s;
    }

    /** @return the backend opened on the doubles, its state directory in {@link #dir} */
    public StorageBackend open() throws StorageException, IOException {
        return open(settings());
    }

    /** @return the backend opened with these settings */
    public StorageBackend open(Map<String, String> settings) throws StorageException, IOException {
        Path state = Files.createDirectories(dir.resolve("state"));
        return new LvmBackendType().open(new StorageContext(state, settings));
    }

    private static String blkid() {
        return Files.isExecutable(Path.of("/sbin/blkid")) ? "/sbin/blkid" : "/usr/sbin/blkid";
    }

    /** @return every argument list {@code lvm} was run with so far, in order */
    public List<List<String>> invocations() throws IOException {
        return log("argv.log");
    }

    /** @return every argument list {@code blkdiscard} was run with so far, in order */
    public List<List<String>> zeroings() throws IOException {
        return log("blkdiscard.log");
    }

    /** @return the invocations that change something (not {@code lvs}, {@code vgs}, {@code pvs}, ...) */
    public List<List<String>> changes() throws IOException {
        return invocations().stream().filter(a -> !List.of("lvs", "vgs", "pvs", "version", "config")
                .contains(a.get(0))).toList();
    }

    private List<List<String>> log(String name) throws IOException {
        Path log = dir.resolve(name);
        List<List<String>> out = new ArrayList<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                out.add(line.isEmpty() ? List.of() : List.of(line.split("\t", -1)));
            }
        }
        return out;
    }

    /** Forgets the invocations so far. */
    public void clearLog() throws IOException {
        Files.deleteIfExists(dir.resolve("argv.log"));
        Files.deleteIfExists(dir.resolve("blkdiscard.log"));
    }

    /** Makes a control file of the double (see the script's header). */
    public void control(String name) throws IOException {
        Files.writeString(dir.resolve(name), "");
    }

    /** @return an LV's device file: what {@code lv_path} says */
    public Path device(String vg, String lv) {
        return dir.resolve("dev").resolve(vg).resolve(lv);
    }

    /**
     * Runs {@code lvm} as an admin would, e.g. to make an LV that is not the backend's.
     *
     * @param args its arguments
     * @return its standard output and error
     * @throws IOException if it fails
     */
    public String admin(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(lvm.toString()));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("lvm " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
