package org.xenophilia.storage.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;

/**
 * Tells a write that failed for want of space from other failures by asking the file system, not by the error's
 * words, which are the C library's and may be in the host's language.
 */
final class SpaceCheck {

    /** Below this many usable bytes a failed write is taken for a full file system: a few blocks of metadata. */
    private static final long NEARLY_FULL = 1 << 20;

    private SpaceCheck() {
    }

    /** @return whether the file system holding {@code dir} has (almost) no room left */
    static boolean isFull(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param dir where the write went
     * @param failure the class of the failure if the file system is not full
     * @param reason what was being done
     * @param e the write's failure
     * @return {@link StorageFailure#INSUFFICIENT_SPACE} if the file system is full, else {@code failure}; with the
     *         system's own words
     */
    static StorageException failure(Path dir, StorageFailure failure, String reason, IOException e) {
        String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (isFull(dir)) {
            return StorageException.failure(StorageFailure.INSUFFICIENT_SPACE, reason + ": the file system of " + dir
                    + " is full", said, e);
        }
        return StorageException.failure(failure, reason, said, e);
    }
}
