package org.xenophilia.storage.file.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xenophilia.storage.Capability;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;

/**
 * The file backend on this host: raw volumes always, qcow2 where {@code qemu-img} was found. A repository is a
 * directory with a {@link RepositoryMark}; creating one never writes into a directory that holds anything else,
 * unless forced, and even then touches none of it.
 */
final class FileBackend implements StorageBackend {

    /** A repository's uuid, in canonical form. */
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** How many foreign entries a probe names before it counts the rest. */
    private static final int SHOWN = 10;

    private final Optional<QemuImg> qemuImg;

    FileBackend(Optional<QemuImg> qemuImg) {
        this.qemuImg = qemuImg;
    }

    @Override
    public Set<Capability> capabilities() {
        // no CLONE: a copy is a full (sparse) copy; a snapshot is one too, taken read-only
        return EnumSet.of(Capability.RESIZE, Capability.SNAPSHOT, Capability.THIN_PROVISIONING);
    }

    @Override
    public Set<DiskFormat> formats() {
        return qemuImg.isPresent() ? EnumSet.of(DiskFormat.RAW, DiskFormat.QCOW2) : EnumSet.of(DiskFormat.RAW);
    }

    /** @return the {@code qemu-img} in use, if any: what {@code --version} said */
    Optional<String> qemuImgVersion() {
        return qemuImg.map(QemuImg::version);
    }

    private static Path location(Map<String, String> config) {
        return Path.of(config.get(FileBackendType.LOCATION));
    }

    @Override
    public Probe probe(Map<String, String> config) throws StorageException {
        Path dir = location(config);
        try {
            FileStore store = Files.getFileStore(existingAncestor(dir));
            long size = store.getTotalSpace();
            long free = store.getUsableSpace();
            if (!Files.exists(dir)) {
                return new Probe(Optional.empty(), List.of(), size, free);
            }
            if (!Files.isDirectory(dir)) {
                return new Probe(Optional.empty(), List.of(dir + " is a file, not a directory"), size, free);
            }
            Optional<RepositoryMark> mark = RepositoryMark.read(dir);
            return new Probe(mark.map(RepositoryMark::uuid), mark.isPresent() ? List.of() : entries(dir), size, free);
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.PROBE_FAILED, "cannot look at " + dir, e.getMessage(), e);
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir.getRoot() : p;
    }

    /**
     * The temporary file of a mark's write that a crash interrupted ({@code AtomicFiles} names it so): ours, so it is
     * not other data, and a create clears it. Without this, a create killed before its mark was in place would leave a
     * directory that refuses the same create.
     */
    private static final Pattern MARK_LEFTOVER = Pattern.compile("\\." + Pattern.quote(RepositoryMark.FILE_NAME)
            + "\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** The directory's entries, as a probe names them: the first few, then how many more. */
    private static List<String> entries(Path dir) throws IOException {
        List<String> names;
        try (Stream<Path> children = Files.list(dir)) {
            names = children.map(p -> p.getFileName().toString()).filter(n -> !MARK_LEFTOVER.matcher(n).matches())
                    .sorted().toList();
        }
        List<String> shown = new ArrayList<>(names.subList(0, Math.min(SHOWN, names.size())));
        if (names.size() > SHOWN) {
            shown.add("and " + (names.size() - SHOWN) + " more");
        }
        return shown;
    }

    @Override
    public Repository create(String uuid, Map<String, String> config, boolean force) throws StorageException {
        checkUuid(uuid);
        Path dir = location(config);
        Probe probe = probe(config);
        if (probe.repository().isPresent()) {
            throw StorageException.failure(StorageFailure.REPOSITORY_EXISTS, dir + " already holds repository "
                    + probe.repository().get(), "");
        }
        if (!probe.otherData().isEmpty() && !force) {
            throw StorageException.holdsData(dir.toString(), String.join(", ", probe.otherData()));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, dir + " is a file, not a"
                    + " directory", "");
        }
        boolean made = !Files.exists(dir);
        try {
            Files.createDirectories(dir);
            try (Stream<Path> children = Files.list(dir)) {
                for (Path p : children.filter(c -> MARK_LEFTOVER.matcher(c.getFileName().toString()).matches())
                        .toList()) {
                    Files.deleteIfExists(p);
                }
            }
            new RepositoryMark(uuid, made).write(dir);
        } catch (IOException e) {
            throw SpaceCheck.failure(existingAncestor(dir), StorageFailure.CREATE_REPOSITORY_FAILED,
                    "cannot make a repository in " + dir, e);
        }
        return attach(uuid, config);
    }

    @Override
    public Repository attach(String uuid, Map<String, String> config) throws StorageException {
        checkUuid(uuid);
        Path dir = location(config);
        Optional<RepositoryMark> mark;
        try {
            mark = Files.isDirectory(dir) ? RepositoryMark.read(dir) : Optional.empty();
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot read the repository in "
                    + dir, e.getMessage(), e);
        }
        if (mark.isEmpty()) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "no repository in " + dir, "");
        }
        if (!mark.get().uuid().equals(uuid)) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, dir + " holds repository "
                    + mark.get().uuid() + ", not " + uuid, "");
        }
        FileRepository repository = new FileRepository(uuid, Map.copyOf(config), dir, mark.get(), qemuImg);
        repository.removeLeftovers();
        return repository;
    }

    private static void checkUuid(String uuid) throws StorageException {
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            throw StorageException.invalidValue("uuid", String.valueOf(uuid), "not a uuid: " + uuid);
        }
    }
}
