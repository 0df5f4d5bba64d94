package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.xenophilia.image.ImageException;

/**
 * Tells a write that failed for want of space from other failures by asking the file system, not by the error's
 * words, which are the C library's and may be in the host's language; the words are kept for the administrator.
 */
final class FullFileSystem {

    /** Below this many usable bytes a failed write is taken for a full file system: a few blocks of metadata. */
    private static final long NEARLY_FULL = 1 << 20;

    private FullFileSystem() {
    }

    /**
     * @param where the file or directory written
     * @param doing what was being done, for the message
     * @param e the write's failure
     * @param otherwise the kind when the file system is not full
     * @return {@link ImageException.Kind#DISK_FULL} with the system's words if the file system is full, else a
     *         failure of kind {@code otherwise}
     */
    static ImageException failure(Path where, String doing, IOException e, ImageException.Kind otherwise) {
        String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (isFull(where)) {
            return new ImageException(ImageException.Kind.DISK_FULL, doing + ": " + said, List.of(where.toString()),
                    e);
        }
        return new ImageException(otherwise, doing + ": " + said, List.of(where.toString()), e);
    }

    private static boolean isFull(Path where) {
        try {
            Path existing = where;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }
}
