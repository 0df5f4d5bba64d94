package org.xenophilia.storage.file.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.StorageProgress;

/**
 * Copies a raw volume into a new file, keeping it sparse: a chunk of zeros is skipped, not written, so the copy of a
 * thin volume is as thin as what the guest wrote. The copy is flushed to disk before it returns.
 * <p>
 * Test seam ({@link HaltPoints}): {@code copied <MiB> MiB to <file>} after each chunk (1 MiB) is written or skipped.
 */
final class SparseCopy {

    private static final int CHUNK = 1 << 20;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(CHUNK).asReadOnlyBuffer();

    private SparseCopy() {
    }

    /**
     * @param from the volume to copy
     * @param to a new, empty file
     * @param progress told the fraction done after each chunk, asked whether to stop
     * @throws IOException if a read or a write fails (a full file system among them); {@code to} is then incomplete
     * @throws CancellationException if {@code progress} says to stop; {@code to} is then incomplete
     */
    static void copy(Path from, Path to, StorageProgress progress) throws IOException {
        boolean seam = HaltPoints.configured().isPresent();
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                RandomAccessFile outFile = new RandomAccessFile(to.toFile(), "rw");
                FileChannel out = outFile.getChannel()) {
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK);
            for (long pos = 0; pos < size; pos += CHUNK) {
                if (progress.cancelled()) {
                    throw new CancellationException("the copy to " + to.getFileName() + " was cancelled");
                }
                buf.clear();
                buf.limit((int) Math.min(CHUNK, size - pos));
                while (buf.hasRemaining() && in.read(buf, pos + buf.position()) >= 0) {
                    // fill the chunk
                }
                buf.flip();
                if (buf.mismatch(ZEROS.duplicate().limit(buf.limit())) >= 0) {
                    while (buf.hasRemaining()) {
                        out.write(buf, pos + buf.position());
                    }
                }
                progress.done((double) Math.min(size, pos + CHUNK) / size);
                if (seam) {
                    HaltPoints.reached("copied " + ((pos + CHUNK) >> 20) + " MiB to " + to);
                }
            }
            // trailing zeros were skipped: the length says how large the disk is
            outFile.setLength(size);
            out.force(true);
        }
    }
}
