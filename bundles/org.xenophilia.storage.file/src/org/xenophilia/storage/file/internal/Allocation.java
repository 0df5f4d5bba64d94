package org.xenophilia.storage.file.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * The bytes the files of a directory take on disk (their blocks, less than their length when sparse). Java does not
 * tell a file's blocks, so one {@code find} per listing reports all of them ({@code %b}: 512-byte blocks), separated
 * by NULs so that no file name can break the output.
 */
final class Allocation {

    private static final ToolRunner FIND = new ToolRunner(Path.of("/usr/bin/find"), Duration.ofMinutes(1));

    private Allocation() {
    }

    /**
     * @param dir a directory
     * @return the allocated bytes of each regular file directly in it, by file name
     * @throws StorageException if {@code find} fails
     */
    static Map<String, Long> of(Path dir) throws StorageException {
        // the directory is an absolute path (a checked PATH), so find never takes it for an option or expression
        return parse(FIND.run(StorageProgress.NONE, dir.toString(), "-mindepth", "1", "-maxdepth", "1", "-type", "f",
                "-printf", "%b %f\\0"), dir);
    }

    /**
     * @param file a file, by its absolute path
     * @return its allocated bytes
     * @throws StorageException if {@code find} fails
     */
    static long ofFile(Path file) throws StorageException {
        return parse(FIND.run(StorageProgress.NONE, file.toString(), "-maxdepth", "0", "-printf", "%b %f\\0"), file)
                .getOrDefault(file.getFileName().toString(), 0L);
    }

    private static Map<String, Long> parse(ToolRunner.Result r, Path where) throws StorageException {
        if (!onlyVanished(r)) {
            r.succeeded(StorageFailure.LOAD_VOLUME_FAILED, "cannot read the allocation of " + where);
        }
        Map<String, Long> out = new HashMap<>();
        for (String entry : r.stdout().split("\0")) {
            int space = entry.indexOf(' ');
            if (space > 0) {
                try {
                    out.put(entry.substring(space + 1), Long.parseLong(entry.substring(0, space)) * 512);
                } catch (NumberFormatException e) {
                    // not find's output: skip it
                }
            }
        }
        return out;
    }

    /**
     * Whether find failed only because files went between its reading of the directory and its look at them: a
     * volume being made (its hidden temporary file linked and removed) or destroyed while the repository is listed.
     * Those files are simply not listed; every other failure is the listing's.
     */
    private static boolean onlyVanished(ToolRunner.Result r) {
        if (r.exitCode() != 1 || r.stderr().isBlank()) {
            return false;
        }
        return r.stderr().lines().filter(l -> !l.isBlank()).allMatch(l -> l.endsWith(": No such file or directory"));
    }
}
