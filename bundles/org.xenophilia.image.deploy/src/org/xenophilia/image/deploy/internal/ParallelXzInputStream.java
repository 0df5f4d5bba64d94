package org.xenophilia.image.deploy.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.SeekableFileInputStream;
import org.tukaani.xz.SeekableXZInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The content of an {@code .xz} file decoded by several threads at once, read in order.
 * <p>
 * Why: xz-java decodes at about three quarters of the speed of liblzma, so one thread cannot keep up with
 * {@code xz -dc | dd} (the image-deploy benchmark in docs/benchmarks.md). The blocks of a file made by a
 * multi-threaded compressor ({@code xz -T0}, {@code pixz}) are independent; their index says where each starts and
 * how long it is. Each of {@code workers} threads decodes every {@code workers}-th block with a
 * {@link SeekableXZInputStream} of its own and hands it over in chunks through a queue of at most {@value #AHEAD}
 * chunks, in buffers the reader gives back once it has read them: memory is {@code workers × (ahead + 2) × CHUNK}
 * plus the decoders' dictionaries (each at most {@value #PARALLEL_DECODER_KIB} KiB), whatever the image's size,
 * and decoding makes no garbage; {@link #open} fits it in half of the heap.
 * <p>
 * A file of one block (made without threads) is decoded by one {@link XZInputStream}, as before.
 */
final class ParallelXzInputStream extends InputStream {

    /** The bytes a worker hands over at a time. */
    static final int CHUNK = 1 << 20;
    /** The most chunks a worker decodes ahead of the reader: a whole block of xz -3 -T0 (3 × its 4 MiB dictionary). */
    static final int AHEAD = 12;
    /** The memory one decoder may use at most (its dictionary and buffers), in KiB: xz -9 needs 65 MiB. */
    static final int MEMORY_LIMIT_KIB = 128 * 1024;
    /** The memory a decoder of several in parallel may use, in KiB: xz -6 (the default) and below. */
    static final int PARALLEL_DECODER_KIB = 9 * 1024;
    /** The fewest chunks ahead worth decoding in parallel for: below, one decoder does as well. */
    static final int MIN_AHEAD = 4;

    private static final Chunk END_OF_BLOCK = new Chunk(new byte[0], 0, null);

    private final List<Worker> workers = new ArrayList<>();
    private final int blocks;
    private int block;
    private Chunk current;
    private Worker currentWorker;
    private int position;
    private volatile boolean closed;

    /** One piece of a block's content, the end of a block, or a worker's failure. */
    private record Chunk(byte[] bytes, int length, IOException failure) {
    }

    private ParallelXzInputStream(Path file, int blocks, int threads, int ahead) throws IOException {
        this.blocks = blocks;
        try {
            for (int w = 0; w < threads; w++) {
                workers.add(new Worker(file, w, threads, ahead));
            }
        } catch (IOException | RuntimeException e) {
            closed = true;
            workers.forEach(Worker::closeQuietly); // none has started
            throw e;
        }
        workers.forEach(Worker::start);
    }

    /**
     * Opens the content of an {@code .xz} file within a memory budget. The decoders' memory comes from the JVM's heap,
     * which is small in the Agent ({@code -Xmx64m}, where an {@code OutOfMemoryError} ends the Agent): half of the
     * heap at most is used, so a file needing more (a large dictionary: {@code xz -9} needs 65 MiB) is refused with
     * words instead, and threads are used only as far as each one's buffers and dictionary fit.
     *
     * @param file the file
     * @param threads the threads to decode with, at most (1: one decoder, no thread)
     * @return its content
     * @throws IOException when it is not an {@code .xz} file, its index is broken, or it needs more memory than the
     *         budget allows
     */
    static InputStream open(Path file, int threads) throws IOException {
        long budgetKib = Math.min(Runtime.getRuntime().maxMemory() / 2 / 1024, MEMORY_LIMIT_KIB);
        int blocks;
        try (SeekableXZInputStream index = new SeekableXZInputStream(new SeekableFileInputStream(file.toFile()),
                (int) budgetKib)) {
            blocks = index.getBlockCount();
        }
        if (blocks > 1 && threads > 1 && fitsParallelDecoder(file)) {
            int workers = Math.min(threads, blocks);
            // each worker: its decoder, the chunk it fills, the one being read, and those queued
            long ahead = Math.min(AHEAD, (budgetKib / workers - PARALLEL_DECODER_KIB) / (CHUNK / 1024) - 2);
            if (ahead >= MIN_AHEAD) {
                return new ParallelXzInputStream(file, blocks, workers, (int) ahead);
            }
        }
        return new XZInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), (int) budgetKib);
    }

    /** @return whether the first block decodes within {@link #PARALLEL_DECODER_KIB} (blocks share their settings) */
    private static boolean fitsParallelDecoder(Path file) throws IOException {
        try (SeekableXZInputStream probe = new SeekableXZInputStream(new SeekableFileInputStream(file.toFile()),
                PARALLEL_DECODER_KIB)) {
            probe.seekToBlock(0);
            probe.read();
            return true;
        } catch (MemoryLimitException e) {
            return false;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("the content was closed");
        }
        if (len == 0) {
            return 0;
        }
        while (current == null || position == current.length()) {
            if (current != null) {
                currentWorker.recycle(current.bytes());
                current = null;
            }
            if (block == blocks) {
                return -1;
            }
            Worker worker = workers.get(block % workers.size());
            Chunk next = worker.take();
            if (next == END_OF_BLOCK) {
                block++;
            } else if (next.failure() != null) {
                throw new IOException("block " + block + " of " + blocks + ": " + next.failure().getMessage(),
                        next.failure());
            } else {
                current = next;
                currentWorker = worker;
                position = 0;
            }
        }
        int n = Math.min(len, current.length() - position);
        System.arraycopy(current.bytes(), position, b, off, n);
        position += n;
        return n;
    }

    /** Stops the workers (a reader may stop before the end: a refusal, a cancel) and closes their files. */
    @Override
    public void close() {
        closed = true;
        workers.forEach(Worker::stop);
    }

    /** A thread decoding every {@code step}-th block from {@code first}, into its queue. */
    private final class Worker implements Runnable {
        private final SeekableXZInputStream in;
        private final int first;
        private final int step;
        private final BlockingQueue<Chunk> queue;
        /** The buffers not in the queue nor being read: {@code ahead} in the queue, one filling, one read. */
        private final BlockingQueue<byte[]> free;
        private final Thread thread;

        Worker(Path file, int first, int step, int ahead) throws IOException {
            // its own cache of the decoder's arrays: each block would otherwise allocate its dictionary anew
            this.in = new SeekableXZInputStream(new SeekableFileInputStream(file.toFile()), PARALLEL_DECODER_KIB,
                    true, new BasicArrayCache());
            this.first = first;
            this.step = step;
            this.queue = new ArrayBlockingQueue<>(ahead);
            this.free = new ArrayBlockingQueue<>(ahead + 2);
            for (int i = 0; i < ahead + 2; i++) {
                free.add(new byte[CHUNK]);
            }
            this.thread = new Thread(this, "xz-decoder-" + first);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            try {
                for (int i = first; i < blocks && !closed; i += step) {
                    in.seekToBlock(i);
                    long left = in.getBlockSize(i);
                    while (left > 0) {
                        byte[] bytes = buffer();
                        int want = (int) Math.min(CHUNK, left);
                        int n = in.readNBytes(bytes, 0, want);
                        if (n < want) {
                            throw new IOException("block " + i + " ends " + (left - n) + " bytes before its index"
                                    + " says");
                        }
                        left -= n;
                        put(new Chunk(bytes, n, null));
                    }
                    put(END_OF_BLOCK);
                }
            } catch (InterruptedException | InterruptedIOException e) {
                // stopped by close
            } catch (IOException e) {
                offerFailure(e);
            } catch (RuntimeException e) {
                offerFailure(new IOException(e.toString(), e));
            } finally {
                closeQuietly();
            }
        }

        /** @return a buffer the reader has given back (or never had) */
        private byte[] buffer() throws InterruptedException {
            byte[] b;
            while ((b = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (closed) {
                    throw new InterruptedException();
                }
            }
            return b;
        }

        /** @param bytes a chunk's buffer the reader is done with */
        void recycle(byte[] bytes) {
            free.offer(bytes);
        }

        private void put(Chunk c) throws InterruptedException {
            while (!queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new InterruptedException();
                }
            }
        }

        private void offerFailure(IOException e) {
            try {
                put(new Chunk(null, 0, e));
            } catch (InterruptedException stopped) {
                // nobody reads any more
            }
        }

        Chunk take() throws IOException {
            try {
                Chunk c;
                while ((c = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                    if (!thread.isAlive() && queue.isEmpty()) {
                        throw new IOException("the decoder of blocks from " + first + " stopped");
                    }
                }
                return c;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the content was decoded");
            }
        }

        void stop() {
            thread.interrupt();
        }

        private void closeQuietly() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more is read from it
            }
        }
    }
}
