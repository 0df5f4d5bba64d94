package org.xenophilia.storage.file.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.file.internal.FileBackendType;

/** What the tests do to and read from disks as an admin or a guest would: bytes at offsets, blocks, modes, names. */
final class Disks {

    static final long MIB = 1 << 20;
    static final long GIB = 1L << 30;

    private Disks() {
    }

    /** Opens the file backend with these settings (none: the defaults, qemu-img where Debian puts it). */
    static StorageBackend open(Path stateDir, Map<String, String> settings) throws StorageException, IOException {
        // as the Agent does: the backend's state directory exists
        return new FileBackendType().open(new StorageContext(Files.createDirectories(stateDir), settings));
    }

    /** Creates a repository in {@code dir}. */
    static Repository repository(StorageBackend backend, String uuid, Path dir) throws StorageException {
        return backend.create(uuid, Map.of(FileBackendType.LOCATION, dir.toString()), false);
    }

    /** Writes as a guest would: {@code text} at {@code offset} of the volume's file. */
    static void write(Path file, long offset, String text) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            f.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Fills {@code bytes} at {@code offset} with a non-zero pattern. */
    static void fill(Path file, long offset, long bytes) throws IOException {
        byte[] chunk = new byte[(int) MIB];
        Arrays.fill(chunk, (byte) 0x5a);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            for (long done = 0; done < bytes; done += chunk.length) {
                f.write(chunk, 0, (int) Math.min(chunk.length, bytes - done));
            }
        }
    }

    /** Reads {@code length} bytes at {@code offset} as text. */
    static String read(Path file, long offset, int length) throws IOException {
        byte[] b = new byte[length];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(offset);
            f.readFully(b);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** @return the bytes the file takes on disk, as {@code stat} reports its blocks */
    static long allocated(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/stat", "--format=%b %B", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("stat " + file + " failed");
        }
        String[] parts = out.split(" ");
        return Long.parseLong(parts[0]) * Long.parseLong(parts[1]);
    }

    /** @return the file's mode as {@code ls -l} shows it: {@code rw-------} */
    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** @return the names in a directory, hidden ones too, sorted: what {@code ls -A} shows */
    static List<String> ls(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** @return whether the two files hold the same bytes */
    static boolean sameContent(Path a, Path b) throws IOException {
        return Files.mismatch(a, b) == -1;
    }
}
