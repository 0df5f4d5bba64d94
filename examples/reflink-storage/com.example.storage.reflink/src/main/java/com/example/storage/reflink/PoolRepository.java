package com.example.storage.reflink;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.RepositorySpace;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.VolumeNames;
import org.xenophilia.storage.XlBackendType;

/**
 * A mounted pool and its volumes: raw files in its root ({@link VolumeFile}). A volume is made under a hidden
 * temporary name, flushed, and given its name with a hard link that fails if the name is taken, so a crash leaves it
 * whole and listed, or a temporary file that the next attach removes. A copy or a snapshot is {@code cp
 * --reflink=always}: the new file shares every extent of its source, so it is made at once and takes no room until
 * one of them is written (a snapshot is then made read-only). A volume grows in one {@code ftruncate}.
 * <p>
 * Test seam ({@link HaltPoints}): {@code publishing <file>} (the temporary file is whole and flushed, not yet named),
 * {@code published <file>}, {@code resizing <file>}, {@code resized <file>}, {@code deleted <file>}, and
 * {@link org.xenophilia.storage.ToolRunner}'s {@code running}/{@code ran cp ...}.
 */
final class PoolRepository implements Repository {

    private static final System.Logger LOG = System.getLogger(PoolRepository.class.getName());
    private static final Set<PosixFilePermission> SNAPSHOT = PosixFilePermissions.fromString("r--------");
    private static final long SECTOR = 512;
    /** Below this many free bytes a failed write is taken for a full pool: a few blocks of metadata. */
    private static final long NEARLY_FULL = 1 << 20;

    /** A volume's file, found. */
    private record Located(VolumeFile file, Path path) {
    }

    private final String uuid;
    private final Map<String, String> config;
    private final PoolImage pool;
    private final Path root;
    private final PoolTools tools;
    private final PoolMounts mounts;
    private final Runnable released;
    private final Reservations reservations = new Reservations();
    private volatile boolean attached = true;

    /**
     * @param root where the pool is mounted
     * @param released told when the repository is detached or destroyed (the backend stops tracking it)
     */
    PoolRepository(String uuid, Map<String, String> config, PoolImage pool, Path root, PoolTools tools,
            PoolMounts mounts, Runnable released) {
        this.uuid = uuid;
        this.config = Map.copyOf(config);
        this.pool = pool;
        this.root = root;
        this.tools = tools;
        this.mounts = mounts;
        this.released = released;
    }

    @Override
    public String uuid() {
        return uuid;
    }

    @Override
    public Map<String, String> config() {
        return config;
    }

    /** @return where the pool is mounted */
    Path root() {
        return root;
    }

    /** Removes the temporary files of operations a crash interrupted: they were never volumes. */
    void removeLeftovers() throws StorageException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path p : children.filter(p -> VolumeFile.isLeftover(p.getFileName().toString())).toList()) {
                Files.deleteIfExists(p);
                LOG.log(System.Logger.Level.INFO, "reflink-pool: removed " + p + ", left by an interrupted operation");
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot clear " + root,
                    String.valueOf(e.getMessage()), e);
        }
        AtomicFiles.syncDirectory(root);
    }

    private void checkAttached() throws StorageException {
        if (!attached) {
            throw StorageException.notAttached(uuid);
        }
    }

    @Override
    public RepositorySpace space() throws StorageException {
        checkAttached();
        long allocation = 0;
        for (Volume v : volumes()) {
            allocation += v.virtualSize();
        }
        try {
            // the file system's own count: blocks that reflinks share are counted once
            FileStore store = Files.getFileStore(root);
            long total = store.getTotalSpace();
            return new RepositorySpace(total, total - store.getUnallocatedSpace(), allocation);
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot read the space of " + root,
                    String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public List<Volume> volumes() throws StorageException {
        checkAttached();
        List<Volume> out = new ArrayList<>();
        Map<String, Long> allocated = VolumeBlocks.of(tools.find(), root);
        for (String fileName : allocated.keySet().stream().sorted().toList()) {
            Optional<VolumeFile> file = VolumeFile.parse(fileName);
            if (file.isPresent()) {
                describe(file.get(), root.resolve(fileName), allocated.get(fileName)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Volume> describe(VolumeFile file, Path path, long allocated) {
        try {
            return Optional.of(new Volume(file.volumeName(), DiskFormat.RAW, Files.size(path), allocated,
                    file.label().map(l -> file.name())));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "reflink-pool: " + path + " is not listed: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Volume> volume(String name) throws StorageException {
        checkAttached();
        Optional<Located> found = locate(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return describe(found.get().file(), found.get().path(), VolumeBlocks.ofFile(tools.find(), found.get()
                .path()));
    }

    /** Finds a volume's file by its name; a name that cannot be a volume's never reaches a path. */
    private Optional<Located> locate(String name) {
        return VolumeFile.ofVolumeName(name).map(f -> new Located(f, root.resolve(f.fileName())))
                // a symbolic link is not a volume: it could lead anywhere
                .filter(l -> Files.isRegularFile(l.path(), LinkOption.NOFOLLOW_LINKS));
    }

    private Located existing(String name) throws StorageException {
        return locate(name).orElseThrow(() -> StorageException.volumeMissing(uuid, String.valueOf(name)));
    }

    private void refuseTaken(String name) throws StorageException {
        if (locate(name).isPresent()) {
            throw StorageException.failure(StorageFailure.VOLUME_EXISTS, "repository " + uuid + " already has a"
                    + " volume named " + name, "");
        }
    }

    @Override
    public Volume createVolume(String name, long virtualSize, DiskFormat format) throws StorageException {
        checkAttached();
        VolumeNames.check(name);
        long bytes = sectors(name, virtualSize);
        if (format != DiskFormat.RAW) {
            throw StorageException.failure(StorageFailure.FORMAT_INVALID, "cannot create " + name + " as "
                    + format.xlName() + ": a reflink pool stores raw volumes (reflinks make its snapshots)", "");
        }
        VolumeFile file = new VolumeFile(name, Optional.empty());
        try (Reservations.Held held = reservations.hold(name, "create")) {
            refuseTaken(name);
            Path tmp = file.temporary(root);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(AtomicFiles.OWNER_ONLY));
                try (RandomAccessFile f = new RandomAccessFile(tmp.toFile(), "rw")) {
                    f.setLength(bytes); // thin: no block is written
                    f.getFD().sync();
                }
                publish(tmp, root.resolve(file.fileName()));
            } catch (IOException e) {
                throw failure(StorageFailure.CREATE_VOLUME_FAILED, "cannot create volume " + name, e);
            } finally {
                deleteQuietly(tmp);
            }
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    /** @return the size rounded up to whole sectors, as blkback wants it */
    private static long sectors(String name, long bytes) throws StorageException {
        if (bytes <= 0 || bytes > Long.MAX_VALUE - SECTOR) {
            throw StorageException.failure(StorageFailure.SIZE_INVALID, "the size of " + name + " must be more than"
                    + " 0 bytes: " + bytes, "");
        }
        return (bytes + SECTOR - 1) / SECTOR * SECTOR;
    }

    /**
     * Gives a whole, flushed temporary file its volume's name: a hard link, which fails if the name is taken, so no
     * volume is ever replaced; then the temporary name goes. A crash between the two leaves the volume whole and its
     * temporary name, which the next attach removes.
     */
    private void publish(Path tmp, Path target) throws IOException, StorageException {
        HaltPoints.reached("publishing " + target);
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw StorageException.failure(StorageFailure.VOLUME_EXISTS, target.getFileName() + " exists already",
                    "");
        }
        Files.delete(tmp);
        AtomicFiles.syncDirectory(root);
        HaltPoints.reached("published " + target);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "reflink-pool: cannot remove " + tmp + ": " + e.getMessage()
                    + " (the next attach removes it)");
        }
    }

    /** A failed write: {@link StorageFailure#INSUFFICIENT_SPACE} if the pool is full (asked, not read from words). */
    private StorageException failure(StorageFailure failure, String reason, IOException e) {
        String said = String.valueOf(e.getMessage());
        try {
            if (Files.getFileStore(root).getUsableSpace() < NEARLY_FULL) {
                return StorageException.failure(StorageFailure.INSUFFICIENT_SPACE, reason + ": the pool is full",
                        said, e);
            }
        } catch (IOException ignored) {
            // not known: the failure as it is
        }
        return StorageException.failure(failure, reason, said, e);
    }

    @Override
    public Volume resize(String name, long newVirtualSize) throws StorageException {
        checkAttached();
        try (Reservations.Held held = reservations.hold(String.valueOf(name), "resize")) {
            Located v = existing(name);
            if (v.file().snapshot()) {
                throw StorageException.notSupported(uuid, "resize " + name, "a snapshot is read-only");
            }
            long bytes = sectors(name, newVirtualSize);
            try {
                long current = Files.size(v.path());
                if (bytes < current) {
                    throw StorageException.failure(StorageFailure.SIZE_INVALID, "cannot shrink " + name + " from "
                            + current + " to " + bytes + " bytes: volumes only grow (shrinking would cut off what the"
                            + " guest keeps at the end of its disk)", "");
                }
                if (bytes > current) {
                    HaltPoints.reached("resizing " + v.path());
                    try (RandomAccessFile f = new RandomAccessFile(v.path().toFile(), "rw")) {
                        f.setLength(bytes); // one ftruncate: the old size or the new one, never between
                        f.getFD().sync();
                    }
                    HaltPoints.reached("resized " + v.path());
                }
            } catch (IOException e) {
                throw failure(StorageFailure.RESIZE_FAILED, "cannot resize " + name, e);
            }
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    @Override
    public void destroyVolume(String name) throws StorageException {
        checkAttached();
        try (Reservations.Held held = reservations.hold(String.valueOf(name), "destroy")) {
            Located v = existing(name);
            try {
                AtomicFiles.delete(v.path());
            } catch (IOException e) {
                throw StorageException.failure(StorageFailure.DESTROY_VOLUME_FAILED, "cannot destroy " + name,
                        String.valueOf(e.getMessage()), e);
            }
        }
    }

    @Override
    public Volume copy(String source, String name, StorageProgress progress) throws StorageException {
        checkAttached();
        VolumeNames.check(name);
        return reflink(existing(source), new VolumeFile(name, Optional.empty()), progress, StorageFailure.COPY_FAILED,
                "cannot copy " + source + " to " + name);
    }

    @Override
    public Volume snapshot(String source, String label, StorageProgress progress) throws StorageException {
        checkAttached();
        VolumeNames.check(label);
        Located from = existing(source);
        if (from.file().snapshot()) {
            throw StorageException.notSupported(uuid, "snapshot " + source, "it is a snapshot itself (copy it into a"
                    + " volume first)");
        }
        return reflink(from, new VolumeFile(from.file().name(), Optional.of(label)), progress,
                StorageFailure.SNAPSHOT_FAILED, "cannot snapshot " + source + " as " + label);
    }

    /** Makes a new volume that shares every extent of another, under a temporary name until it is whole. */
    private Volume reflink(Located from, VolumeFile to, StorageProgress progress, StorageFailure failure,
            String reason) throws StorageException {
        String name = to.volumeName();
        try (Reservations.Held held = reservations.hold(name, to.snapshot() ? "snapshot" : "copy")) {
            refuseTaken(name);
            Path tmp = to.temporary(root);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(AtomicFiles.OWNER_ONLY));
                // cp writes into the file made above, which keeps its mode; the paths are the backend's own
                // (absolute, of checked names), so never an option
                tools.cp().run(progress, "--reflink=always", "--", from.path().toString(), tmp.toString())
                        .succeeded(failure, reason);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true); // the shared extents are metadata: on disk before the name
                }
                progress.done(1);
                if (to.snapshot()) {
                    Files.setPosixFilePermissions(tmp, SNAPSHOT);
                }
                publish(tmp, root.resolve(to.fileName()));
            } catch (IOException e) {
                throw failure(failure, reason, e);
            } finally {
                deleteQuietly(tmp);
            }
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    @Override
    public DiskTarget resolve(String name) throws StorageException {
        checkAttached();
        Located v = existing(name);
        // blkback on the file: xl's block hotplug script, which libxl runs in the Agent's mount namespace (where the
        // pool is mounted), gives it a loop device; QEMU's qdisk backend in dom0 may run where the pool is not seen
        return new DiskTarget(v.path().toString(), DiskFormat.RAW, XlBackendType.PHY, v.file().snapshot());
    }

    @Override
    public void detach() {
        if (!attached) {
            return;
        }
        attached = false;
        released.run();
        try {
            mounts.unmount(root);
        } catch (StorageException e) {
            // nothing on the storage changes; the next attach finds the pool mounted and uses it
            LOG.log(System.Logger.Level.WARNING, "reflink-pool: repository " + uuid + " is detached but its pool"
                    + " stays mounted at " + root + ": " + e.getMessage());
        }
    }

    @Override
    public void destroy() throws StorageException {
        checkAttached();
        List<Volume> left = volumes();
        if (!left.isEmpty()) {
            throw StorageException.notEmpty(uuid, left.size());
        }
        PoolMark mark;
        try {
            mark = PoolMark.read(root);
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.DESTROY_REPOSITORY_FAILED, "cannot read the mark of "
                    + root, String.valueOf(e.getMessage()), e);
        }
        mounts.unmount(root);
        attached = false;
        released.run();
        try {
            if (mark.madeImage()) {
                AtomicFiles.delete(pool.path());
            } else {
                // the file or device was there before: only our file system's signature goes
                tools.wipefs().run(StorageProgress.NONE, "--all", "--types", "xfs", pool.path().toString())
                        .succeeded(StorageFailure.DESTROY_REPOSITORY_FAILED, "cannot erase the pool's signature");
            }
            mounts.removeMountPoint(uuid);
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.DESTROY_REPOSITORY_FAILED, "cannot destroy the pool "
                    + pool.path(), String.valueOf(e.getMessage()), e);
        }
    }
}
