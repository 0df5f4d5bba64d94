package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.xenophilia.image.ImageException;

/** SHA-256 sums of what the deployer streams, and of files it finds already here. */
final class FileDigest {

    /** The block a file is read in. */
    static final int BLOCK = 1 << 20;

    private FileDigest() {
    }

    /** {@return a new SHA-256 digest} */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** {@return the digest's sum as 64 lower-case hex digits} */
    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Feeds the first {@code length} bytes of a file to a digest, counting them on the meter (cancellable).
     *
     * @throws IOException when the file cannot be read
     * @throws ImageException {@link ImageException.Kind#CANCELLED}
     */
    static void update(MessageDigest digest, Path file, long length, ProgressMeter meter)
            throws IOException, ImageException {
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long left = length; left > 0;) {
                buf.clear().limit((int) Math.min(BLOCK, left));
                int n = ch.read(buf);
                if (n < 0) {
                    throw new IOException(file + " ended after " + (length - left) + " of " + length + " bytes");
                }
                digest.update(buf.flip());
                left -= n;
                meter.add(n);
            }
        }
    }

    /**
     * @param expected the catalog's sum (either case)
     * @param actual the sum found, lower-case
     * @param where the URL or file, for the message
     * @return {@link ImageException.Kind#CHECKSUM_MISMATCH} naming both sums
     */
    static ImageException mismatch(String expected, String actual, String where) {
        return new ImageException(ImageException.Kind.CHECKSUM_MISMATCH, "the SHA-256 of " + where + " is " + actual
                + ", the catalog says " + expected.toLowerCase(java.util.Locale.ROOT),
                List.of(expected.toLowerCase(java.util.Locale.ROOT), actual, where));
    }
}
