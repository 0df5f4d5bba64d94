package com.example.storage.reflink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository's pool as its configuration names it: an image file or a block device, or nothing yet. Everything
 * here only reads.
 */
final class PoolImage {

    /** What the configured path is. */
    enum Kind {
        /** Nothing: a new image file is made there. */
        MISSING,
        /** A regular file (a symbolic link is followed). */
        FILE,
        /** A block device. */
        DEVICE,
        /** A directory, a character device, a pipe, ...: never a pool. */
        OTHER
    }

    /** The smallest XFS file system mkfs.xfs makes (xfsprogs 5.19 and later refuse anything smaller). */
    static final long SMALLEST = 300L << 20;

    /** {@code S_IFMT} and {@code S_IFBLK} of {@code stat(2)}'s mode. */
    private static final int FORMAT = 0170000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final Path CLASS_BLOCK = Path.of("/sys/class/block");

    private final Path path;

    PoolImage(Path path) {
        this.path = path;
    }

    /** @return the pool of a repository's configuration (checked: an absolute, normalised path) */
    static PoolImage of(Map<String, String> config) {
        return new PoolImage(Path.of(config.get(ReflinkPoolType.IMAGE)));
    }

    /** @return the path as configured */
    Path path() {
        return path;
    }

    /** @return what is at the path now */
    Kind kind() throws IOException {
        if (!Files.exists(path)) {
            return Kind.MISSING;
        }
        if (Files.isRegularFile(path)) {
            return Kind.FILE;
        }
        if (Files.isDirectory(path)) {
            return Kind.OTHER;
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode");
        return (mode & FORMAT) == BLOCK_DEVICE ? Kind.DEVICE : Kind.OTHER;
    }

    /** @return the bytes of the file or device */
    long size() throws IOException {
        if (kind() == Kind.DEVICE) {
            // sectors of 512 bytes, whatever the device's own sector size
            return Long.parseLong(sys("size")) * 512;
        }
        return Files.size(path);
    }

    /** A block device's attribute in sysfs, by the kernel's name of the device the path leads to. */
    private String sys(String attribute) throws IOException {
        Path device = CLASS_BLOCK.resolve(path.toRealPath().getFileName().toString());
        return Files.readString(device.resolve(attribute), StandardCharsets.US_ASCII).strip();
    }

    /**
     * What uses the pool now, in the admin's words: a mount of the device, a loop device serving the file (mounted
     * or not), a device-mapper or RAID device built on it. A pool in use is never formatted, whatever the force: not
     * even mkfs.xfs can tell that an image file is mounted through a loop device.
     *
     * @param except a mount point where the pool may be mounted without counting as used (its own), or null
     * @return the users; empty if none
     */
    List<String> users(Path except) throws IOException {
        List<String> users = new ArrayList<>();
        switch (kind()) {
            case FILE -> {
                for (String loop : MountTable.loopsServing(path.toRealPath())) {
                    List<MountTable.Mount> mounts = MountTable.of(deviceOf(Path.of(loop)));
                    if (mounts.stream().noneMatch(m -> m.mountPoint().equals(except))) {
                        users.add("the loop device " + loop + mountedAt(mounts));
                    }
                }
            }
            case DEVICE -> {
                List<MountTable.Mount> mounts = MountTable.of(sys("dev"));
                if (!mounts.isEmpty() && mounts.stream().noneMatch(m -> m.mountPoint().equals(except))) {
                    users.add("a file system" + mountedAt(mounts));
                }
                try (DirectoryStream<Path> holders = Files.newDirectoryStream(CLASS_BLOCK.resolve(
                        path.toRealPath().getFileName().toString()).resolve("holders"))) {
                    holders.forEach(h -> users.add("the device " + h.getFileName() + " (device-mapper, RAID)"));
                }
            }
            default -> {
                // nothing can use what is not there
            }
        }
        return users;
    }

    private static String deviceOf(Path loop) throws IOException {
        return Files.readString(CLASS_BLOCK.resolve(loop.getFileName().toString()).resolve("dev"),
                StandardCharsets.US_ASCII).strip();
    }

    private static String mountedAt(List<MountTable.Mount> mounts) {
        return mounts.isEmpty() ? "" : " mounted at " + String.join(", ", mounts.stream().map(m -> m.mountPoint()
                .toString()).toList());
    }

    /**
     * @param mount a mount
     * @return whether it is this pool mounted: the device itself, or a loop device serving this file
     */
    boolean isMountedBy(MountTable.Mount mount) throws IOException {
        if (kind() == Kind.DEVICE) {
            return mount.device().equals(sys("dev"));
        }
        Optional<String> backing = MountTable.backingFile(mount.source());
        return kind() == Kind.FILE && backing.isPresent() && MountTable.isFile(backing.get(), path.toRealPath());
    }
}
