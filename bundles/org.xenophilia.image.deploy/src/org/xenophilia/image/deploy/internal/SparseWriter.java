package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageException;

/**
 * Writes a disk image's content into the new volume as it streams: positional writes in blocks, an all-zero block
 * skipped where the volume reads as zeros (a sparse file stays sparse, a thin LV unallocated), everything flushed to
 * the device at the end. Never writes past the volume's size; never truncates it (a block device cannot be, a
 * sparse file already has its size).
 * <p>
 * The content is read (decompressed) on the calling thread and written on a thread of its own, {@value #BUFFERS}
 * chunks of {@value #CHUNK} bytes in flight at most: decompression and writing overlap, as they do in
 * {@code zstd -dc | dd}, and memory stays bounded.
 */
final class SparseWriter {

    /** The unit of zero detection: a file system's block. */
    static final int BLOCK = 4096;
    /** What is read from the content and written at once. */
    static final int CHUNK = 1 << 20;
    /** The chunks that exist: one being read, the others queued or being written. */
    static final int BUFFERS = 3;

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
        FileChannel out;
        try {
            out = FileChannel.open(target.path(), StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure(e);
        }
        long position = 0;
        // the channel's own failures are worded where they happen; what this lets through is the content's
        try (out; Writing writing = new Writing(out)) {
            for (byte[] chunk = writing.free(); ; chunk = writing.free()) {
                int n = readFully(content, chunk);
                if (n == 0) {
                    break;
                }
                if (position + n > target.size()) {
                    throw new ImageException(ImageException.Kind.INVALID, "the content is larger than the volume of "
                            + target.size() + " bytes", List.of("size"));
                }
                writing.submit(chunk, n, position);
                position += n;
                meter.add(n);
            }
            writing.finish();
            force(out);
        }
        return position;
    }

    /** A chunk to write at a position; {@code length} -1 ends the writing. */
    private record Chunk(byte[] bytes, int length, long at) {
    }

    /** The writing thread, fed chunks; closing it stops it (at once, after a failure or a cancel). */
    private final class Writing implements AutoCloseable {
        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        private final BlockingQueue<Chunk> queued = new ArrayBlockingQueue<>(BUFFERS + 1);
        private final Thread thread;
        private volatile ImageException failed;

        Writing(FileChannel out) {
            for (int i = 0; i < BUFFERS; i++) {
                free.add(new byte[CHUNK]);
            }
            thread = new Thread(() -> run(out), "image-writer " + target.path().getFileName());
            thread.setDaemon(true);
            thread.start();
        }

        private void run(FileChannel out) {
            try {
                for (Chunk c = queued.take(); c.length() >= 0; c = queued.take()) {
                    writeChunk(out, c.bytes(), c.length(), c.at());
                    free.add(c.bytes());
                }
            } catch (ImageException e) {
                failed = e;
            } catch (InterruptedException e) {
                // stopped: the deployment failed or was cancelled on the reading side
            }
        }

        /** @return a chunk to fill, once the writer has one free; the writer's failure if it failed */
        byte[] free() throws ImageException {
            try {
                for (;;) {
                    byte[] chunk = free.poll(100, TimeUnit.MILLISECONDS);
                    if (chunk != null) {
                        return chunk;
                    }
                    checkWriter();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProgressMeter.cancellation();
            }
        }

        void submit(byte[] chunk, int length, long at) {
            // never blocks: the queue holds every chunk there is
            queued.add(new Chunk(chunk, length, at));
        }

        /** Waits until every chunk is written. */
        void finish() throws ImageException {
            queued.add(new Chunk(null, -1, 0));
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProgressMeter.cancellation();
            }
            if (failed != null) {
                throw failed;
            }
        }

        private void checkWriter() throws ImageException {
            if (failed != null) {
                throw failed;
            }
            if (!thread.isAlive()) {
                throw new ImageException(ImageException.Kind.FAILED, "the writer of " + target.path() + " stopped",
                        List.of(target.path().toString()));
            }
        }

        @Override
        public void close() {
            if (thread.isAlive()) {
                thread.interrupt();
                try {
                    thread.join(TimeUnit.SECONDS.toMillis(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
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
