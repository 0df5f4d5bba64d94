package org.xenophilia.storage.file.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.xenophilia.storage.ResolvedVolume;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.VolumeNames;
import org.xenophilia.storage.XlBackendType;

/**
 * A directory of volumes. Every volume is made under a hidden temporary name ({@link VolumeFile#temporary}),
 * flushed to disk, and only then given its name, with a hard link that fails if the name is taken (so nothing is
 * ever replaced); so a crash leaves a volume whole and listed, or a temporary file that the next attach removes.
 * A volume grows in one {@code ftruncate} (raw) or one {@code qemu-img resize} (qcow2).
 * <p>
 * Test seam ({@link HaltPoints}): {@code publishing <file>} (the temporary file is whole and flushed, not yet named),
 * {@code published <file>}, {@code resizing <file>}, {@code resized <file>}, {@code deleted <file>}
 * ({@link AtomicFiles#delete}), and {@link SparseCopy}'s and {@link org.xenophilia.storage.ToolRunner}'s steps.
 */
final class FileRepository implements Repository {

    private static final System.Logger LOG = System.getLogger(FileRepository.class.getName());
    /** Volume files are the guests' disks: only root reads them. */
    private static final Set<PosixFilePermission> VOLUME = AtomicFiles.OWNER_ONLY;
    private static final Set<PosixFilePermission> SNAPSHOT = PosixFilePermissions.fromString("r--------");
    private static final long SECTOR = 512;

    /** A volume's file, found. */
    private record Located(VolumeFile file, Path path) {
    }

    private final String uuid;
    private final Map<String, String> config;
    private final Path dir;
    private final RepositoryMark mark;
    private final Optional<QemuImg> qemuImg;
    private final Reservations reservations = new Reservations();
    private volatile boolean attached = true;

    FileRepository(String uuid, Map<String, String> config, Path dir, RepositoryMark mark, Optional<QemuImg> qemuImg) {
        this.uuid = uuid;
        this.config = config;
        this.dir = dir;
        this.mark = mark;
        this.qemuImg = qemuImg;
    }

    @Override
    public String uuid() {
        return uuid;
    }

    @Override
    public Map<String, String> config() {
        return config;
    }

    /** Removes the temporary files of operations a crash interrupted: they were never volumes. */
    void removeLeftovers() throws StorageException {
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.filter(p -> VolumeFile.isLeftover(p.getFileName().toString())).toList()) {
                Files.deleteIfExists(p);
                LOG.log(System.Logger.Level.INFO, "file storage: removed " + p + ", left by an operation a crash"
                        + " interrupted");
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot clear " + dir,
                    e.getMessage(), e);
        }
        AtomicFiles.syncDirectory(dir);
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
            FileStore store = Files.getFileStore(dir);
            long total = store.getTotalSpace();
            return new RepositorySpace(total, total - store.getUnallocatedSpace(), allocation);
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot read the space of " + dir,
                    e.getMessage(), e);
        }
    }

    @Override
    public List<Volume> volumes() throws StorageException {
        return resolveAll().stream().map(ResolvedVolume::volume).toList();
    }

    /** The listing reads each volume's file: what {@code resolve} answers is in the file's name, no tool runs for it. */
    @Override
    public List<ResolvedVolume> resolveAll() throws StorageException {
        checkAttached();
        Map<String, Long> allocated = Allocation.of(dir);
        Map<String, ResolvedVolume> byName = new LinkedHashMap<>();
        for (String fileName : allocated.keySet().stream().sorted().toList()) {
            Optional<VolumeFile> file = VolumeFile.parse(fileName);
            // a name held as both formats (by hand) is the raw file, as resolve and every operation find it
            if (file.isPresent() && (!byName.containsKey(file.get().volumeName())
                    || file.get().format() == DiskFormat.RAW)) {
                Located found = new Located(file.get(), dir.resolve(fileName));
                describe(found.file(), found.path(), allocated.get(fileName))
                        .ifPresent(v -> byName.put(v.name(), new ResolvedVolume(v, target(found))));
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * A volume's snapshots are the files {@code <name>@<label>.<format>}: found among the directory's names, each
     * measured alone, so that a VDI's record does not list the repository.
     */
    @Override
    public List<ResolvedVolume> snapshots(String name) throws StorageException {
        checkAttached();
        List<ResolvedVolume> out = new ArrayList<>();
        if (!VolumeFile.isVolumeName(name)) {
            return out;
        }
        List<String> fileNames;
        try (Stream<Path> children = Files.list(dir)) {
            fileNames = children.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.LOAD_VOLUME_FAILED, "cannot list " + dir, e.getMessage(), e);
        }
        for (String fileName : fileNames) {
            Optional<VolumeFile> file = VolumeFile.parse(fileName).filter(f -> f.snapshot() && f.name().equals(name));
            Path path = dir.resolve(fileName);
            if (file.isPresent() && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                Located found = new Located(file.get(), path);
                describe(found.file(), path, Allocation.ofFile(path))
                        .ifPresent(v -> out.add(new ResolvedVolume(v, target(found))));
            }
        }
        return out;
    }

    /** @return the volume, or empty if its file cannot be read as one (logged: an admin's broken file) */
    private Optional<Volume> describe(VolumeFile file, Path path, long allocated) {
        try {
            long size = file.format() == DiskFormat.RAW ? Files.size(path) : Qcow2Header.virtualSize(path);
            return Optional.of(new Volume(file.volumeName(), file.format(), size, allocated,
                    file.label().map(l -> file.name())));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "file storage: " + path + " is not listed: " + e.getMessage());
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
        return describe(found.get().file(), found.get().path(), Allocation.ofFile(found.get().path()));
    }

    /** Finds a volume's file by the volume's name; a name that cannot be a volume's is not looked for. */
    private Optional<Located> locate(String name) {
        if (!VolumeFile.isVolumeName(name)) {
            return Optional.empty();
        }
        for (DiskFormat format : List.of(DiskFormat.RAW, DiskFormat.QCOW2)) {
            String file = name + (format == DiskFormat.RAW ? ".raw" : ".qcow2");
            Optional<VolumeFile> parsed = VolumeFile.parse(file);
            // as in the listing (find -type f), a symbolic link is not a volume: it could lead anywhere
            if (parsed.isPresent() && Files.isRegularFile(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(new Located(parsed.get(), dir.resolve(file)));
            }
        }
        return Optional.empty();
    }

    private Located existing(String name) throws StorageException {
        return locate(name).orElseThrow(() -> StorageException.volumeMissing(uuid, String.valueOf(name)));
    }

    @Override
    public Volume createVolume(String name, long virtualSize, DiskFormat format) throws StorageException {
        checkAttached();
        VolumeNames.check(name);
        long bytes = sectors(name, virtualSize);
        if (!formats().contains(format)) {
            throw StorageException.failure(StorageFailure.FORMAT_INVALID, "cannot create " + name + " as "
                    + format.xlName() + ": " + (format == DiskFormat.QCOW2 ? "qcow2 volumes need qemu-img, which is"
                            + " not installed here" : "the file backend stores raw and qcow2 volumes"), "");
        }
        VolumeFile file = new VolumeFile(name, Optional.empty(), format);
        try (Reservations.Held held = reservations.hold(name, "create")) {
            refuseTaken(name);
            Path tmp = file.temporary(dir);
            String reason = "cannot create volume " + name;
            try {
                if (format == DiskFormat.RAW) {
                    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(VOLUME));
                    try (RandomAccessFile f = new RandomAccessFile(tmp.toFile(), "rw")) {
                        f.setLength(bytes); // sparse: no block is written
                        f.getFD().sync();
                    }
                } else {
                    qemuImg.orElseThrow().create(tmp, bytes, reason);
                    flush(tmp, VOLUME);
                }
                publish(tmp, dir.resolve(file.fileName()));
            } catch (IOException e) {
                throw SpaceCheck.failure(dir, StorageFailure.CREATE_VOLUME_FAILED, reason, e);
            } finally {
                deleteQuietly(tmp);
            }
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    private Set<DiskFormat> formats() {
        return qemuImg.isPresent() ? Set.of(DiskFormat.RAW, DiskFormat.QCOW2) : Set.of(DiskFormat.RAW);
    }

    /** @return the size rounded up to whole sectors, as blkback and qemu want it */
    private static long sectors(String name, long bytes) throws StorageException {
        if (bytes <= 0 || bytes > Long.MAX_VALUE - SECTOR) {
            throw StorageException.failure(StorageFailure.SIZE_INVALID, "the size of " + name + " must be more than"
                    + " 0 bytes: " + bytes, "");
        }
        return (bytes + SECTOR - 1) / SECTOR * SECTOR;
    }

    private void refuseTaken(String name) throws StorageException {
        if (locate(name).isPresent()) {
            throw StorageException.failure(StorageFailure.VOLUME_EXISTS, "repository " + uuid + " already has a"
                    + " volume named " + name, "");
        }
    }

    /**
     * Gives a whole, flushed temporary file its volume's name: a hard link, which fails if the name is taken, so no
     * volume is ever replaced; then the temporary name goes. A crash between the two leaves the volume whole and
     * its temporary name, which the next attach removes.
     */
    private void publish(Path tmp, Path target) throws IOException, StorageException {
        HaltPoints.reached("publishing " + target);
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw StorageException.failure(StorageFailure.VOLUME_EXISTS, target.getFileName() + " exists already",
                    "");
        } catch (UnsupportedOperationException | FileSystemException e) {
            // a file system without hard links: the rename is still atomic; the name was checked under the hold
            if (Files.exists(target)) {
                throw StorageException.failure(StorageFailure.VOLUME_EXISTS, target.getFileName()
                        + " exists already", "");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(tmp);
        AtomicFiles.syncDirectory(dir);
        HaltPoints.reached("published " + target);
    }

    private static void flush(Path file, Set<PosixFilePermission> permissions) throws IOException {
        Files.setPosixFilePermissions(file, permissions);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "file storage: cannot remove " + tmp + ": " + e.getMessage()
                    + " (the next attach removes it)");
        }
    }

    @Override
    public Volume resize(String name, long newVirtualSize) throws StorageException {
        checkAttached();
        try (Reservations.Held held = reservations.hold(String.valueOf(name), "resize")) {
            Located v = existing(name);
            if (v.file().snapshot()) {
                throw StorageException.notSupported(uuid, "resize " + name, "a snapshot is read-only");
            }
            long current = volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name)).virtualSize();
            long bytes = sectors(name, newVirtualSize);
            if (bytes < current) {
                throw StorageException.failure(StorageFailure.SIZE_INVALID, "cannot shrink " + name + " from "
                        + current + " to " + bytes + " bytes: volumes only grow (shrinking would cut off what the"
                        + " guest keeps at the end of its disk)", "");
            }
            if (bytes > current) {
                HaltPoints.reached("resizing " + v.path());
                String reason = "cannot resize " + name;
                try {
                    if (v.file().format() == DiskFormat.RAW) {
                        try (RandomAccessFile f = new RandomAccessFile(v.path().toFile(), "rw")) {
                            f.setLength(bytes); // one ftruncate: the old size or the new one, never between
                            f.getFD().sync();
                        }
                    } else if (qemuImg.isPresent()) {
                        qemuImg.get().resize(v.path(), bytes, reason);
                        flush(v.path(), VOLUME);
                    } else {
                        throw StorageException.failure(StorageFailure.FORMAT_INVALID, reason + ": qcow2 volumes need"
                                + " qemu-img, which is not installed here", "");
                    }
                } catch (IOException e) {
                    throw SpaceCheck.failure(dir, StorageFailure.RESIZE_FAILED, reason, e);
                }
                HaltPoints.reached("resized " + v.path());
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
                        e.getMessage(), e);
            }
        }
    }

    @Override
    public Volume copy(String source, String name, StorageProgress progress) throws StorageException {
        checkAttached();
        VolumeNames.check(name);
        Located from = existing(source);
        return duplicate(from, new VolumeFile(name, Optional.empty(), from.file().format()), progress,
                StorageFailure.COPY_FAILED, "cannot copy " + source + " to " + name);
    }

    @Override
    public Volume snapshot(String source, String label, StorageProgress progress) throws StorageException {
        checkAttached();
        VolumeNames.check(label);
        Located from = existing(source);
        if (from.file().snapshot()) {
            throw StorageException.notSupported(uuid, "snapshot " + source, "it is a snapshot itself (copy it into"
                    + " a volume first)");
        }
        return duplicate(from, new VolumeFile(from.file().name(), Optional.of(label), from.file().format()),
                progress, StorageFailure.SNAPSHOT_FAILED, "cannot snapshot " + source + " as " + label);
    }

    /** Copies a volume into a new one of this repository, under a temporary name until it is whole. */
    private Volume duplicate(Located from, VolumeFile to, StorageProgress progress, StorageFailure failure,
            String reason) throws StorageException {
        String name = to.volumeName();
        try (Reservations.Held held = reservations.hold(name, to.snapshot() ? "snapshot" : "copy")) {
            refuseTaken(name);
            Path tmp = to.temporary(dir);
            try {
                if (to.format() == DiskFormat.RAW) {
                    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(VOLUME));
                    SparseCopy.copy(from.path(), tmp, progress);
                } else {
                    qemuImg.orElseThrow(() -> StorageException.failure(StorageFailure.FORMAT_INVALID, reason
                            + ": qcow2 volumes need qemu-img, which is not installed here", ""))
                            .copy(from.path(), tmp, progress, failure, reason);
                    flush(tmp, VOLUME);
                }
                progress.done(1);
                if (to.snapshot()) {
                    Files.setPosixFilePermissions(tmp, SNAPSHOT);
                }
                publish(tmp, dir.resolve(to.fileName()));
            } catch (IOException e) {
                throw SpaceCheck.failure(dir, failure, reason, e);
            } finally {
                deleteQuietly(tmp);
            }
        }
        return volume(name).orElseThrow(() -> StorageException.volumeMissing(uuid, name));
    }

    @Override
    public DiskTarget resolve(String name) throws StorageException {
        checkAttached();
        return target(existing(name));
    }

    private static DiskTarget target(Located v) {
        // a raw file is what xl gives phy itself (blkback, through the loop device its block script sets up): it
        // needs no QEMU in dom0, which a minimal Xen host does not have (qdisk then fails: "device model required but
        // not running", tests/org.xenophilia.xl.tests/testdata/xl-4.17/xl-block-attach-qdisk-no-qemu.txt); only
        // QEMU reads qcow2
        XlBackendType backend = v.file().format() == DiskFormat.RAW ? XlBackendType.PHY : XlBackendType.QDISK;
        return new DiskTarget(v.path().toString(), v.file().format(), backend, v.file().snapshot());
    }

    @Override
    public void detach() {
        attached = false;
    }

    @Override
    public void destroy() throws StorageException {
        checkAttached();
        List<Volume> left = volumes();
        if (!left.isEmpty()) {
            throw StorageException.notEmpty(uuid, left.size());
        }
        try {
            AtomicFiles.delete(dir.resolve(RepositoryMark.FILE_NAME));
            if (mark.madeDirectory()) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    LOG.log(System.Logger.Level.INFO, "file storage: " + dir + " is left: it holds files that"
                            + " are not volumes");
                }
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.DESTROY_REPOSITORY_FAILED, "cannot destroy the repository"
                    + " in " + dir, e.getMessage(), e);
        }
        attached = false;
    }
}
