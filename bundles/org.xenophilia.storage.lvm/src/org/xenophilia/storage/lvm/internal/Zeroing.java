package org.xenophilia.storage.lvm.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * Makes a thick LV, or its newly grown end, read zeros: {@code lvcreate} zeroes only its first 4 KiB, and the rest
 * holds whatever an earlier LV left on the disk, another guest's data. {@code blkdiscard -z} (the kernel's
 * {@code BLKZEROOUT}, which a device that can zero ranges does without moving the bytes) where it is installed;
 * otherwise writing zeros from Java. Thin LVs need none of this: their pool zeroes each block on its first write.
 */
final class Zeroing {

    private final Optional<ToolRunner> blkdiscard;

    /** @param blkdiscard {@code blkdiscard}, if installed */
    Zeroing(Optional<ToolRunner> blkdiscard) {
        this.blkdiscard = blkdiscard;
    }

    /** @return what zeroes: {@code blkdiscard -z} or writing zeros */
    String how() {
        return blkdiscard.map(b -> b.executable() + " -z").orElse("writing zeros");
    }

    /**
     * @param device the LV's device
     * @param offset the first byte to zero
     * @param length how many bytes
     * @param progress asked whether to stop
     * @param failure the failure to throw if it cannot
     * @param reason what was being done
     * @throws StorageException if the range cannot be zeroed
     */
    void zero(String device, long offset, long length, StorageProgress progress, StorageFailure failure,
            String reason) throws StorageException {
        if (length <= 0) {
            return;
        }
        if (blkdiscard.isPresent()) {
            blkdiscard.get().run(progress, "-z", "-o", Long.toString(offset), "-l", Long.toString(length), device)
                    .succeeded(failure, reason + ": cannot zero " + device);
            return;
        }
        try {
            BlockDevices.zero(Path.of(device), offset, length, progress);
        } catch (IOException e) {
            throw StorageException.failure(failure, reason + ": cannot zero " + device, String.valueOf(e
                    .getMessage()), e);
        }
    }
}
