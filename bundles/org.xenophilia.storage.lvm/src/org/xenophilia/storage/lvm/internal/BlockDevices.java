package org.xenophilia.storage.lvm.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.StorageProgress;

/**
 * Copies one block device's bytes to another, and writes zeros where no tool does it faster, in Java: a device is
 * read and written as a file, a MiB at a time, with progress, cancellation and the test seam's steps between chunks,
 * and flushed at the end.
 * <p>
 * Test seam ({@link HaltPoints}): {@code copied <n> MiB to <device>} after each MiB.
 */
final class BlockDevices {

    private static final int CHUNK = 1 << 20;

    private BlockDevices() {
    }

    /**
     * @param from the source device
     * @param to the target device, at least {@code bytes} long
     * @param bytes how many bytes to copy
     * @param skipZeros whether a chunk of zeros is left unwritten: the target already reads zeros there (a new thin
     *            LV, whose unwritten blocks take no space)
     * @param progress asked between chunks
     * @throws IOException if a device cannot be read or written
     * @throws CancellationException if the progress says stop
     */
    static void copy(Path from, Path to, long bytes, boolean skipZeros, StorageProgress progress) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
            long done = 0;
            while (done < bytes) {
                if (progress.cancelled()) {
                    throw new CancellationException("copy to " + to + " cancelled");
                }
                int want = (int) Math.min(CHUNK, bytes - done);
                buffer.clear().limit(want);
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, done + buffer.position()) < 0) {
                        throw new IOException(from + " ends at " + (done + buffer.position()) + " bytes, before "
                                + bytes);
                    }
                }
                buffer.flip();
                if (!(skipZeros && zeros(buffer))) {
                    while (buffer.hasRemaining()) {
                        out.write(buffer, done + buffer.position());
                    }
                }
                done += want;
                progress.done((double) done / bytes);
                HaltPoints.reached("copied " + (done >> 20) + " MiB to " + to);
            }
            out.force(true);
        }
    }

    /**
     * @param device a device
     * @param offset where to start, in bytes
     * @param length how many bytes to zero
     * @param progress asked between chunks
     * @throws IOException if it cannot be written
     */
    static void zero(Path device, long offset, long length, StorageProgress progress) throws IOException {
        try (FileChannel out = FileChannel.open(device, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocateDirect(CHUNK);
            long done = 0;
            while (done < length) {
                if (progress.cancelled()) {
                    throw new CancellationException("zeroing " + device + " cancelled");
                }
                zeros.clear().limit((int) Math.min(CHUNK, length - done));
                while (zeros.hasRemaining()) {
                    out.write(zeros, offset + done + zeros.position());
                }
                done += zeros.limit();
            }
            out.force(true);
        }
    }

    private static boolean zeros(ByteBuffer b) {
        int i = b.position();
        for (; i + Long.BYTES <= b.limit(); i += Long.BYTES) {
            if (b.getLong(i) != 0) {
                return false;
            }
        }
        for (; i < b.limit(); i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
