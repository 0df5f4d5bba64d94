package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageException;

/**
 * Writes a disk image's content into the new volume as it streams: positional writes in blocks, an all-zero block
 * skipped where the volume reads as zeros (a sparse file stays sparse, a thin LV unallocated), everything flushed to
 * the device at the end. Never writes past the volume's size; never truncates it (a block device cannot be, a
 * sparse file already has its size).
 */
final class SparseWriter {

    /** The unit of zero detection: a file system's block. */
    static final int BLOCK = 4096;
    /** What is read from the content and written at once. */
    static final int CHUNK = 1 << 20;

    private static final byte[] ZEROS = new byte[BLOCK];

    private final DeployTarget target;

    SparseWriter(DeployTarget target) {
        this.target = target;
    }

    /**
     * Copies the whole content.
     *
     * @param content the decompressed content (closed by the caller)
     * @param meter counts the content's bytes, and is asked for a cancel after each chunk
     * @return the content's length
     * @throws IOException when the content cannot be read (the caller words it)
     * @throws ImageException INVALID (larger than the volume), DISK_FULL or FAILED (a write), CANCELLED
     */
    long write(InputStream content, ProgressMeter meter) throws IOException, ImageException {
        byte[] chunk = new byte[CHUNK];
        long position = 0;
        FileChannel out;
        try {
            out = FileChannel.open(target.path(), StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure(e);
        }
        // the channel's own failures are worded where they happen; what this lets through is the content's
        try (out) {
            for (int n; (n = readFully(content, chunk)) > 0;) {
                if (position + n > target.size()) {
                    throw new ImageException(ImageException.Kind.INVALID, "the content is larger than the volume of "
                            + target.size() + " bytes", List.of("size"));
                }
                writeChunk(out, chunk, n, position);
                position += n;
                meter.add(n);
            }
            force(out);
        }
        return position;
    }

    private void writeChunk(FileChannel out, byte[] chunk, int length, long at) throws ImageException {
        int runStart = -1;
        for (int off = 0; off < length; off += BLOCK) {
            int len = Math.min(BLOCK, length - off);
            boolean zeros = target.readsAsZeros() && Arrays.mismatch(chunk, off, off + len, ZEROS, 0, len) == -1;
            if (zeros && runStart >= 0) {
                put(out, chunk, runStart, off - runStart, at + runStart);
                runStart = -1;
            } else if (!zeros && runStart < 0) {
                runStart = off;
            }
        }
        if (runStart >= 0) {
            put(out, chunk, runStart, length - runStart, at + runStart);
        }
    }

    private void put(FileChannel out, byte[] chunk, int off, int len, long at) throws ImageException {
        ByteBuffer buf = ByteBuffer.wrap(chunk, off, len);
        try {
            while (buf.hasRemaining()) {
                out.write(buf, at + (buf.position() - off));
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void force(FileChannel out) throws ImageException {
        try {
            out.force(true);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private ImageException failure(IOException e) {
        return FullFileSystem.failure(target.path(), "cannot write the volume " + target.path(), e,
                ImageException.Kind.FAILED);
    }

    /** Reads until the buffer is full or the content ends, so that blocks stay aligned. */
    private static int readFully(InputStream in, byte[] buf) throws IOException {
        int filled = 0;
        for (int n; filled < buf.length && (n = in.read(buf, filled, buf.length - filled)) > 0;) {
            filled += n;
        }
        return filled;
    }
}
