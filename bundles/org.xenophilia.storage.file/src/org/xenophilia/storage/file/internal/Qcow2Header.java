package org.xenophilia.storage.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a qcow2 image's virtual size from its header, so that listing a repository runs no {@code qemu-img} per
 * volume. The header (QEMU's {@code docs/interop/qcow2.txt}) is big-endian: the magic {@code QFI\xfb} at 0, the
 * version (2 or 3) at 4, the virtual size in bytes at 24.
 */
final class Qcow2Header {

    private static final int MAGIC = 0x514649fb;
    private static final int SIZE_OFFSET = 24;

    private Qcow2Header() {
    }

    /**
     * @param file a qcow2 image
     * @return its virtual size in bytes
     * @throws IOException if it cannot be read or is not a qcow2 image
     */
    static long virtualSize(Path file) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(SIZE_OFFSET + 8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (header.hasRemaining() && ch.read(header) >= 0) {
                // read the whole header
            }
        }
        if (header.hasRemaining()) {
            throw new IOException(file + " is too short for a qcow2 image");
        }
        header.flip();
        int version = header.getInt(4);
        if (header.getInt(0) != MAGIC || version < 2 || version > 3) {
            throw new IOException(file + " is not a qcow2 image (version 2 or 3)");
        }
        long size = header.getLong(SIZE_OFFSET);
        if (size < 0) {
            throw new IOException(file + " has a qcow2 header with a negative size");
        }
        return size;
    }
}
