package com.example.storage.reflink;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;

/**
 * Makes a pool's file system: XFS with reflinks, labelled {@value Signature#LABEL}, its UUID the repository's, so that
 * a probe recognises the pool by its signature alone, without mounting it.
 * <p>
 * A new image file is made whole before it has its name: under a hidden temporary name
 * ({@code .<image>.<repository uuid>.tmp}) it is made sparse, formatted, mounted to write its {@link PoolMark} and
 * unmounted, and only then linked to its name, which fails rather than replace a file that appeared meanwhile. A crash
 * leaves either the whole pool under its name, or a temporary image that the next create removes (unmounting it
 * first if the crash left it mounted).
 * <p>
 * Test seam ({@link HaltPoints}): {@code publishing <image>} (the temporary image is whole, not yet named),
 * {@code published <image>}, and {@link org.xenophilia.storage.ToolRunner}'s {@code running}/{@code ran mkfs.xfs ...}.
 */
final class PoolFormatter {

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    private final PoolTools tools;
    private final PoolMounts mounts;

    PoolFormatter(PoolTools tools, PoolMounts mounts) {
        this.tools = tools;
        this.mounts = mounts;
    }

    /** @return whether a file name is a new pool's temporary image */
    static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /**
     * Formats an existing file or device where it is. The caller has probed it: blank, or the admin forced.
     *
     * @param pool the file or device, not in use
     * @param uuid the repository's uuid
     * @param overwrite whether to write over the signatures found there ({@code mkfs.xfs -f}); without it mkfs.xfs
     *            refuses any it finds itself, a second check after the probe's
     */
    void formatInPlace(PoolImage pool, String uuid, boolean overwrite) throws StorageException {
        try {
            long size = pool.size();
            if (size < PoolImage.SMALLEST) {
                throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, pool.path() + " has " + size
                        + " bytes: an XFS pool needs at least 300 MiB", "");
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot read the size of "
                    + pool.path(), String.valueOf(e.getMessage()), e);
        }
        mkfs(pool.path(), uuid, overwrite);
    }

    private void mkfs(Path target, String uuid, boolean overwrite) throws StorageException {
        List<String> args = new ArrayList<>(List.of("-q", "-L", Signature.LABEL, "-m", "uuid=" + uuid + ",reflink=1"));
        if (overwrite) {
            args.add("-f");
        }
        args.add(target.toString());
        tools.mkfsXfs().run(StorageProgress.NONE, args.toArray(String[]::new)).succeeded(
                StorageFailure.CREATE_REPOSITORY_FAILED, "cannot make an XFS file system on " + target);
    }

    /**
     * Makes a new image file, sparse, formatted and marked, under its name.
     *
     * @param pool where the file is to be; nothing is there
     * @param size its size in bytes, at least {@link PoolImage#SMALLEST}
     * @param uuid the repository's uuid
     */
    void makeImage(PoolImage pool, long size, String uuid) throws StorageException {
        Path image = pool.path();
        Path dir = image.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw StorageException.invalidValue(ReflinkPoolType.IMAGE, image.toString(), "the directory of the new"
                    + " pool image " + image + " does not exist");
        }
        mounts.unmountLeftovers();
        Path tmp = dir.resolve("." + image.getFileName() + "." + uuid + ".tmp");
        try {
            removeLeftovers(dir, image.getFileName().toString());
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(AtomicFiles.OWNER_ONLY));
            try (RandomAccessFile f = new RandomAccessFile(tmp.toFile(), "rw")) {
                f.setLength(size); // sparse: only what mkfs.xfs and the volumes write takes room
            }
            mkfs(tmp, uuid, false);
            Path mounted = mounts.mount(new PoolImage(tmp), uuid);
            try {
                new PoolMark(true).write(mounted);
            } finally {
                mounts.unmount(mounted);
            }
            // what the loop device wrote is in the file's page cache: on disk before the pool has its name
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            publish(tmp, image);
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot make the pool image "
                    + image, String.valueOf(e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the next create removes it
            }
        }
    }

    /** Removes the temporary images of this image's creates that a crash interrupted (unmounted already). */
    private static void removeLeftovers(Path dir, String imageName) throws IOException {
        Pattern mine = Pattern.compile("\\." + Pattern.quote(imageName) + "\\.[0-9a-f-]{36}\\.tmp");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                if (mine.matcher(p.getFileName().toString()).matches()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Gives the whole temporary image its name: a hard link, which fails if the name is taken, so nothing is ever
     * replaced; then the temporary name goes.
     */
    private static void publish(Path tmp, Path image) throws IOException, StorageException {
        HaltPoints.reached("publishing " + image);
        try {
            Files.createLink(image, tmp);
        } catch (FileAlreadyExistsException e) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, image + " appeared while the pool"
                    + " was made; it was left as it is", "");
        }
        Files.delete(tmp);
        AtomicFiles.syncDirectory(image.getParent());
        HaltPoints.reached("published " + image);
    }
}
