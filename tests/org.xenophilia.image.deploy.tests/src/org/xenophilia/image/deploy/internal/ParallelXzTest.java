package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An xz file's blocks decoded side by side give the content in order, byte for byte, whatever the number of threads
 * and blocks; a damaged block fails the read naming it; a reader that stops early stops the decoders. The files are
 * made by the real {@code xz}.
 */
class ParallelXzTest {

    @TempDir
    Path dir;

    /** 12 MiB of mixed content (runs of zeros, text-like and random bytes) in blocks of 1 MiB: 12 blocks. */
    private Path blocks() throws Exception {
        Path content = TestImages.mixed(dir, 12L << 20, 7);
        TestImages.run("xz", "-k", "-f", "-T2", "-0", "--block-size=1MiB", content.toString());
        return Path.of(content + ".xz");
    }

    @Test
    void theBlocksComeInOrderWhateverTheThreads() throws Exception {
        Path xz = blocks();
        Path content = Path.of(xz.toString().replaceFirst("\\.xz$", ""));
        byte[] expected = sha256(Files.newInputStream(content));
        for (int threads : new int[] {1, 2, 3, 5}) {
            try (InputStream in = ParallelXzInputStream.open(xz, threads)) {
                assertArrayEquals(expected, sha256(in), threads + " threads");
            }
        }
    }

    @Test
    void aFileOfOneBlockIsDecodedAsBefore() throws Exception {
        Path content = TestImages.mixed(dir, 3L << 20, 3);
        TestImages.run("xz", "-k", "-f", "-T1", "-0", content.toString());
        try (InputStream in = ParallelXzInputStream.open(Path.of(content + ".xz"), 4)) {
            assertArrayEquals(sha256(Files.newInputStream(content)), sha256(in));
        }
    }

    @Test
    void blocksOfALargeDictionaryAreDecodedByOneDecoder() throws Exception {
        // xz -9: a 64 MiB dictionary, more than a decoder of several may use
        Path content = TestImages.mixed(dir, 3L << 20, 5);
        TestImages.run("xz", "-k", "-f", "-T2", "-9", "--block-size=1MiB", content.toString());
        try (InputStream in = ParallelXzInputStream.open(Path.of(content + ".xz"), 4)) {
            assertTrue(!(in instanceof ParallelXzInputStream), in.getClass().getName());
            assertArrayEquals(sha256(Files.newInputStream(content)), sha256(in));
        }
    }

    @Test
    void aDamagedBlockFailsTheReadNamingIt() throws Exception {
        Path xz = blocks();
        try (RandomAccessFile f = new RandomAccessFile(xz.toFile(), "rw")) {
            f.seek(f.length() / 2); // inside a block's compressed data, not the index at the end
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xff);
        }
        IOException e = assertThrows(IOException.class, () -> {
            try (InputStream in = ParallelXzInputStream.open(xz, 2)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        });
        assertTrue(e.getMessage().startsWith("block "), e.getMessage());
    }

    @Test
    void aReaderThatStopsEarlyStopsTheDecoders() throws Exception {
        Path xz = blocks();
        try (InputStream in = ParallelXzInputStream.open(xz, 3)) {
            assertEquals(4096, in.readNBytes(4096).length);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (decoders() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, decoders(), "decoder threads left after close");
    }

    private static long decoders() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("xz-decoder-"))
                .filter(Thread::isAlive).count();
    }

    private static byte[] sha256(InputStream in) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (in) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }
}
