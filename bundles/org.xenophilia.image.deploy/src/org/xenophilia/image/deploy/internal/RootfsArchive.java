package org.xenophilia.image.deploy.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.xenophilia.image.ImageException;

/**
 * A root filesystem's tar archive unpacked into a staging directory, for {@code mkfs.ext4 -d}: files, directories,
 * symbolic links and hard links inside the tree, each with its mode (setuid, setgid and sticky too), owner, group
 * and modification time. Refused as {@link ImageException.Kind#UNSAFE_ARCHIVE}, naming the entry: an absolute path,
 * a {@code ..} component, a path through a symbolic link of the archive, a hard link to anything but a file already
 * unpacked, a device node, a fifo or any other special file. The staging directory lives under the deployer's state
 * directory and is removed whatever happens ({@link Staging#close}).
 */
final class RootfsArchive {

    private static final LinkOption[] NOFOLLOW = { LinkOption.NOFOLLOW_LINKS };

    private final Path stagingRoot;

    /** @param stagingRoot the directory the staging directories are made in (owner-only) */
    RootfsArchive(Path stagingRoot) {
        this.stagingRoot = stagingRoot;
    }

    /** An unpacked tree; closing it removes it. */
    static final class Staging implements AutoCloseable {
        private final Path dir;

        private Staging(Path dir) {
            this.dir = dir;
        }

        /** {@return the tree's root} */
        Path dir() {
            return dir;
        }

        @Override
        public void close() throws ImageException {
            try {
                removeTree(dir);
            } catch (IOException e) {
                throw new ImageException(ImageException.Kind.FAILED, "cannot remove the staging directory " + dir
                        + ": " + e.getMessage(), List.of(dir.toString()), e);
            }
        }
    }

    /** The attributes of a directory, applied once everything inside it is written. */
    private record DirectoryAttributes(Path dir, TarArchiveEntry entry) {
    }

    /**
     * Unpacks an archive.
     *
     * @param tar the decompressed archive (closed by the caller)
     * @param meter counts the archive's bytes; asked for a cancel after each block
     * @return the tree, the caller's to close
     * @throws IOException when the archive cannot be read (the caller words it)
     * @throws ImageException UNSAFE_ARCHIVE, DISK_FULL, FAILED, CANCELLED; nothing is left then
     */
    Staging unpack(InputStream tar, ProgressMeter meter) throws IOException, ImageException {
        Staging staging = new Staging(createStaging());
        try {
            Counting counted = new Counting(tar);
            TarArchiveInputStream in = new TarArchiveInputStream(counted);
            List<DirectoryAttributes> dirs = new ArrayList<>();
            byte[] buf = new byte[1 << 16];
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null;) {
                unpack(entry, in, staging.dir(), dirs, buf, counted, meter);
                meter.add(counted.take());
            }
            // deepest first, so that a directory's time is set after its children were made
            dirs.sort(Comparator.comparingInt((DirectoryAttributes d) -> d.dir().getNameCount()).reversed());
            for (DirectoryAttributes d : dirs) {
                attributes(d.dir(), d.entry(), false);
            }
            return staging;
        } catch (IOException | ImageException | RuntimeException e) {
            closeAfter(staging, e);
            throw e;
        }
    }

    private static void closeAfter(Staging staging, Exception failure) {
        try {
            staging.close();
        } catch (ImageException e) {
            failure.addSuppressed(e);
        }
    }

    private Path createStaging() throws ImageException {
        Path dir = stagingRoot.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(stagingRoot,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectory(dir);
            // the root of the filesystem to be: mkfs.ext4 -d takes its mode (the parent keeps others out)
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw FullFileSystem.failure(stagingRoot, "cannot make a staging directory in " + stagingRoot, e,
                    ImageException.Kind.FAILED);
        }
    }

    private void unpack(TarArchiveEntry entry, TarArchiveInputStream in, Path root, List<DirectoryAttributes> dirs,
            byte[] buf, Counting counted, ProgressMeter meter) throws IOException, ImageException {
        String name = entry.getName();
        Path relative = inside(name, name);
        Path path = root.resolve(relative);
        throughLinks(root, relative, name);
        try {
            if (entry.isDirectory()) {
                if (Files.isSymbolicLink(path) || Files.exists(path, NOFOLLOW) && !Files.isDirectory(path, NOFOLLOW)) {
                    Files.delete(path);
                }
                Files.createDirectories(path);
                dirs.add(new DirectoryAttributes(path, entry));
            } else if (entry.isSymbolicLink()) {
                replaceable(path, name);
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                attributes(path, entry, true);
            } else if (entry.isLink()) {
                Path target = root.resolve(inside(entry.getLinkName(), name));
                throughLinks(root, root.relativize(target), name);
                if (!Files.isRegularFile(target, NOFOLLOW)) {
                    throw unsafe(name, "a hard link to " + entry.getLinkName() + ", which is not a file of the "
                            + "archive before it");
                }
                replaceable(path, name);
                Files.createDirectories(path.getParent());
                Files.createLink(path, target);
            } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                // before isFile(), which is true of any entry not named like a directory
                throw unsafe(name, special(entry));
            } else if (entry.isFile()) {
                replaceable(path, name);
                Files.createDirectories(path.getParent());
                try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    for (int n; (n = in.read(buf)) > 0;) {
                        out.write(buf, 0, n);
                        meter.add(counted.take());
                    }
                }
                attributes(path, entry, false);
            } else {
                throw unsafe(name, special(entry));
            }
        } catch (Decompression.ContentRefused e) {
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof ImageException) {
                throw e;
            }
            throw FullFileSystem.failure(path, "cannot unpack " + name, e, ImageException.Kind.FAILED);
        }
    }

    /** @return the entry's path inside the tree: relative, no {@code ..}; {@code ""} for the root itself */
    private static Path inside(String path, String entry) throws ImageException {
        if (path.startsWith("/")) {
            throw unsafe(entry, "an absolute path: " + path);
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw unsafe(entry, "not a path: " + e.getMessage());
        }
        for (Path part : p) {
            if (part.toString().equals("..")) {
                throw unsafe(entry, "a path leaving the root: " + path);
            }
        }
        return p.normalize();
    }

    /** Refuses a path whose directories include a symbolic link the archive made. */
    private static void throughLinks(Path root, Path relative, String entry) throws ImageException {
        Path at = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            at = at.resolve(relative.getName(i));
            if (Files.isSymbolicLink(at)) {
                throw unsafe(entry, "a path through the symbolic link " + root.relativize(at));
            }
        }
    }

    /** Makes room for an entry that replaces an earlier one of the same path (as tar does): never a directory. */
    private static void replaceable(Path path, String entry) throws IOException, ImageException {
        try {
            Files.deleteIfExists(path);
        } catch (DirectoryNotEmptyException e) {
            throw unsafe(entry, "a file in place of the directory " + entry);
        }
    }

    /** Owner and group first: a change of owner clears setuid and setgid, which the mode then sets. */
    private static void attributes(Path path, TarArchiveEntry entry, boolean link) throws IOException {
        Files.setAttribute(path, "unix:uid", (int) entry.getLongUserId(), NOFOLLOW);
        Files.setAttribute(path, "unix:gid", (int) entry.getLongGroupId(), NOFOLLOW);
        if (!link) {
            Files.setAttribute(path, "unix:mode", entry.getMode() & 07777);
        }
        FileTime mtime = FileTime.from(entry.getLastModifiedTime().toInstant());
        Files.getFileAttributeView(path, BasicFileAttributeView.class, NOFOLLOW).setTimes(mtime, null, null);
    }

    private static String special(TarArchiveEntry entry) {
        if (entry.isCharacterDevice() || entry.isBlockDevice()) {
            return "a device node (" + entry.getDevMajor() + ":" + entry.getDevMinor() + ")";
        }
        if (entry.isFIFO()) {
            return "a fifo";
        }
        return "a special file (tar type '" + (char) entry.getLinkFlag() + "')";
    }

    private static ImageException unsafe(String entry, String what) {
        return new ImageException(ImageException.Kind.UNSAFE_ARCHIVE, "the root filesystem archive's entry " + entry
                + " is " + what, List.of(entry));
    }

    /** Removes a tree without following its symbolic links. */
    static void removeTree(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The bytes read from the archive since they were last taken, for the progress. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }

        long take() {
            long taken = count;
            count = 0;
            return taken;
        }
    }
}
