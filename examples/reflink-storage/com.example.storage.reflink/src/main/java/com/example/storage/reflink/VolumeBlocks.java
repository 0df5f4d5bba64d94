package com.example.storage.reflink;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * The bytes each volume's file takes ({@code st_blocks}, as {@code du} counts them): Java does not tell a file's
 * blocks, so one {@code find} per listing reports all of them, separated by NULs so that no file name can break the
 * output. Extents a volume shares with its snapshots count for each of them here; the repository's
 * {@code physical_utilisation} is the file system's own count, where they count once.
 */
final class VolumeBlocks {

    private VolumeBlocks() {
    }

    /** @return the allocated bytes of each regular file directly in {@code root}, by file name */
    static Map<String, Long> of(ToolRunner find, Path root) throws StorageException {
        // root is an absolute path, so find never takes it for an option or an expression
        return parse(find.run(StorageProgress.NONE, root.toString(), "-mindepth", "1", "-maxdepth", "1", "-type", "f",
                "-printf", "%b %f\\0"), root);
    }

    /** @return the allocated bytes of one file */
    static long ofFile(ToolRunner find, Path file) throws StorageException {
        return parse(find.run(StorageProgress.NONE, file.toString(), "-maxdepth", "0", "-printf", "%b %f\\0"), file)
                .getOrDefault(file.getFileName().toString(), 0L);
    }

    private static Map<String, Long> parse(ToolRunner.Result r, Path where) throws StorageException {
        r.succeeded(StorageFailure.LOAD_VOLUME_FAILED, "cannot read the allocation of " + where);
        Map<String, Long> out = new HashMap<>();
        for (String entry : r.stdout().split("\0")) {
            int space = entry.indexOf(' ');
            if (space > 0) {
                try {
                    out.put(entry.substring(space + 1), Long.parseLong(entry.substring(0, space)) * 512);
                } catch (NumberFormatException e) {
                    // not find's output: skipped
                }
            }
        }
        return out;
    }
}
