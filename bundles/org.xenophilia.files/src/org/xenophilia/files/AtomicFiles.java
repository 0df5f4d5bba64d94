package org.xenophilia.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Crash-safe whole-file writes, the one implementation for the Agent's state and secrets, the Workbench's node
 * registry, saved definitions and exported configs: the content goes to a temporary file in the same directory,
 * created with its final permissions (so a secret is never readable, not even briefly), is flushed to disk, and is
 * renamed over the target; then the directory is flushed so the rename itself survives a power cut. A reader sees the
 * old file or the new one, never a mixture, and a failed write leaves the target as it was.
 */
public final class AtomicFiles {

    /** {@code rw-------}: secrets (keys, password hashes, stored definitions). */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** {@code rw-r--r--}: ordinary files. */
    public static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");
    /** {@code rwx------}: directories holding secrets. */
    public static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) {@code target} with {@code content}, with the given permissions.
     *
     * @param target the file
     * @param content the new content
     * @param permissions the file's permissions, applied from its creation
     * @throws StorageFullException if the file system holding {@code target} is full; {@code target} is then unchanged
     * @throws IOException if the write fails otherwise; {@code target} is then unchanged
     */
    public static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(permissions);
        try {
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), attr)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            } catch (IOException e) {
                throw full(dir, content.length, e);
            }
            // The umask may have narrowed the creation mode; set it exactly.
            Files.setPosixFilePermissions(tmp, permissions);
            HaltPoints.reached("renaming " + target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // a file system without atomic rename (some network mounts): the content is complete and on disk,
                // only the replacement itself is not atomic there
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
        HaltPoints.reached("renamed " + target);
    }

    /**
     * Tells a full file system from other failures of a write by asking the file system, not by the message, which
     * is the C library's and may be in the host's language.
     *
     * @return a {@link StorageFullException} if the file system has no room for {@code needed} bytes, else {@code e}
     */
    private static IOException full(Path dir, long needed, IOException e) {
        try {
            long usable = Files.getFileStore(dir).getUsableSpace();
            return usable < needed + BLOCK ? new StorageFullException(dir, usable, e) : e;
        } catch (IOException f) {
            return e;
        }
    }

    /** A file system block: a file's last one may need a whole one. */
    private static final long BLOCK = 4096;

    /**
     * Removes a file, if it exists, and flushes its directory so that the removal survives a power cut.
     *
     * @param file the file
     * @return whether it existed
     * @throws IOException if it cannot be removed
     */
    public static boolean delete(Path file) throws IOException {
        boolean existed = Files.deleteIfExists(file);
        if (existed) {
            syncDirectory(file.toAbsolutePath().getParent());
            HaltPoints.reached("deleted " + file);
        }
        return existed;
    }

    /**
     * Replaces (or creates) a user's document: an existing file keeps its permissions, a new one is
     * {@link #WORLD_READABLE}, as an editor saving a file would leave it.
     *
     * @param target the file
     * @param content the new content
     * @throws IOException if the write fails; {@code target} is then unchanged
     */
    public static void writeDocument(Path target, byte[] content) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(target);
        } catch (NoSuchFileException e) {
            permissions = WORLD_READABLE;
        }
        write(target, content, permissions);
    }

    /**
     * Creates a directory (and its parents) if missing, with the given permissions on the last element.
     *
     * @param dir the directory
     * @param permissions applied when the directory is created
     * @return {@code dir}
     * @throws IOException if it cannot be created
     */
    public static Path createDirectory(Path dir, Set<PosixFilePermission> permissions) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(permissions));
                Files.setPosixFilePermissions(dir, permissions);
            } catch (FileAlreadyExistsException e) {
                // created concurrently: fine
            }
        }
        return dir;
    }

    /**
     * Opens a directory that only this class writes into: created owner-only if missing, and cleared of the
     * temporary files of writes a crash interrupted (the targets themselves are whole: old or new).
     *
     * @param dir the directory
     * @return {@code dir}
     * @throws IOException if it cannot be created or read
     */
    public static Path openOwnerOnlyDirectory(Path dir) throws IOException {
        createDirectory(dir, OWNER_ONLY_DIR);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
        return dir;
    }

    /**
     * Flushes a directory (after a rename or a deletion in it), where the file system allows.
     *
     * @param dir the directory
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot open or sync a directory; the rename is still atomic there.
        }
    }
}
