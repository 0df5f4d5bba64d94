package org.xenophilia.image.deploy.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Compression;

import com.github.luben.zstd.RecyclingBufferPool;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

/**
 * An image file's content as a stream, decompressed as it is read (none, gz, xz, zstd: the catalog's compression),
 * never longer than the catalog's contentSize: a byte past it fails the read as {@link ImageException.Kind#INVALID},
 * so a file that decompresses into more than it said (a bomb, a wrong entry) stops there.
 */
final class Decompression {

    private static final int BUFFER = 1 << 16;
    /** The threads an xz file's blocks are decoded by: the host's cores, up to 4. */
    private static final int XZ_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private Decompression() {
    }

    /**
     * A read past the catalog's contentSize, or of a stream not in the compression it says: carried through the
     * readers of the content as an {@link IOException}, turned back into its {@link ImageException} by
     * {@link #unwrap}.
     */
    static final class ContentRefused extends IOException {
        private static final long serialVersionUID = 1L;
        private final ImageException failure;

        ContentRefused(ImageException failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }

        ImageException failure() {
            return failure;
        }
    }

    /**
     * Opens the file's content.
     *
     * @param file the verified file
     * @param compression the catalog's compression ({@code null}: none)
     * @param contentSize the catalog's contentSize
     * @return the decompressed bytes, at most {@code contentSize}
     * @throws ImageException INVALID when the file does not start as its compression says
     */
    static InputStream open(Path file, Compression compression, long contentSize) throws ImageException {
        Compression c = compression == null ? Compression.NONE : compression;
        InputStream raw = null;
        try {
            if (c == Compression.XZ) {
                // its blocks decoded side by side: see ParallelXzInputStream for why
                return new Bounded(ParallelXzInputStream.open(file, XZ_THREADS), contentSize, file, c);
            }
            raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            InputStream content = switch (c) {
                case NONE -> raw;
                case GZ -> new GZIPInputStream(raw, BUFFER);
                case XZ -> throw new IllegalStateException("opened above");
                case ZSTD -> new ZstdInputStreamNoFinalizer(raw, RecyclingBufferPool.INSTANCE);
            };
            return new Bounded(content, contentSize, file, c);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new ImageException(ImageException.Kind.INVALID, file + " is not " + c.getLiteral()
                    + "-compressed as the catalog says: " + e.getMessage(), List.of("compression"), e);
        }
    }

    /**
     * @param e a failure while reading the content
     * @param file the file read
     * @param compression the catalog's compression
     * @return the failure as the deployment reports it: the bound's INVALID, or INVALID naming the compression
     */
    static ImageException unwrap(IOException e, Path file, Compression compression) {
        if (e instanceof ContentRefused refused) {
            return refused.failure();
        }
        String c = compression == null ? "none" : compression.getLiteral();
        return new ImageException(ImageException.Kind.INVALID, "cannot decompress " + file + " (" + c + "): "
                + e.getMessage(), List.of("compression"), e);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // the open failed already; that is what is reported
            }
        }
    }

    /** The content up to contentSize; a byte more fails the read. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final Path file;
        private final Compression compression;
        private long read;

        Bounded(InputStream in, long limit, Path file, Compression compression) {
            super(in);
            this.limit = limit;
            this.file = file;
            this.compression = compression;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // one byte more than allowed is asked for, so that content longer than the limit is seen as such
            int n = in.read(b, off, (int) Math.min(len, limit - read + 1));
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new ContentRefused(new ImageException(ImageException.Kind.INVALID, file
                            + " decompresses (" + compression.getLiteral() + ") into more than the catalog's "
                            + "contentSize of " + limit + " bytes", List.of("contentSize")));
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, BUFFER)], 0, (int) Math.min(n, BUFFER));
        }
    }
}
