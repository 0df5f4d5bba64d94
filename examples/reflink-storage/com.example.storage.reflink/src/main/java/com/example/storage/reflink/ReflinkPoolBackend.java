package com.example.storage.reflink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.xenophilia.storage.Capability;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;

/**
 * The {@code reflink-pool} backend on this host. A repository's pool is recognised by its signature alone (an XFS
 * file system labelled {@value Signature#LABEL} whose UUID is the repository's), so a probe never mounts or writes.
 * Creating one never formats a pool that holds a signature of anything else unless forced, and never one that is in
 * use, whatever the force. The pools it attached are unmounted when the Agent closes it.
 */
final class ReflinkPoolBackend implements StorageBackend {

    private static final System.Logger LOG = System.getLogger(ReflinkPoolBackend.class.getName());
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final PoolTools tools;
    private final PoolMounts mounts;
    private final PoolFormatter formatter;
    /** The repositories attached through this backend, by uuid: unmounted when it closes. */
    private final Map<String, PoolRepository> attached = new LinkedHashMap<>();

    ReflinkPoolBackend(Path stateDir, PoolTools tools) {
        this.tools = tools;
        this.mounts = new PoolMounts(stateDir, tools);
        this.formatter = new PoolFormatter(tools, mounts);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.CLONE, Capability.SNAPSHOT, Capability.RESIZE, Capability.THIN_PROVISIONING);
    }

    @Override
    public Set<DiskFormat> formats() {
        return EnumSet.of(DiskFormat.RAW);
    }

    @Override
    public Probe probe(Map<String, String> config) throws StorageException {
        PoolImage pool = PoolImage.of(config);
        try {
            switch (pool.kind()) {
                case MISSING -> {
                    long size = Long.parseLong(config.getOrDefault(ReflinkPoolType.SIZE, "0"));
                    return new Probe(Optional.empty(), List.of(), size, size);
                }
                case OTHER -> {
                    return new Probe(Optional.empty(), List.of(pool.path() + " is neither a file nor a block device"),
                            0, 0);
                }
                default -> {
                    List<Signature> signatures = Signature.on(tools.wipefs(), pool.path().toString());
                    Optional<String> ours = signatures.stream().flatMap(s -> s.repository().stream()).findFirst();
                    List<String> other = new ArrayList<>();
                    if (ours.isEmpty()) {
                        signatures.forEach(s -> other.add(s.words()));
                        other.addAll(pool.users(null).stream().map(u -> "in use by " + u).toList());
                    }
                    return new Probe(ours, other, pool.size(), ours.isPresent() ? free(ours.get()) : 0);
                }
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.PROBE_FAILED, "cannot look at " + pool.path(),
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** @return the free bytes of a pool that is mounted here, 0 (not known) for one that is not */
    private synchronized long free(String uuid) throws IOException {
        PoolRepository r = attached.get(uuid);
        return r == null ? 0 : Files.getFileStore(r.root()).getUsableSpace();
    }

    @Override
    public synchronized Repository create(String uuid, Map<String, String> config, boolean force)
            throws StorageException {
        checkUuid(uuid);
        PoolImage pool = PoolImage.of(config);
        Probe probe = probe(config);
        if (probe.repository().isPresent()) {
            throw StorageException.failure(StorageFailure.REPOSITORY_EXISTS, pool.path() + " already holds"
                    + " repository " + probe.repository().get(), "");
        }
        try {
            List<String> users = pool.users(null);
            if (!users.isEmpty()) {
                throw StorageException.failure(StorageFailure.REPOSITORY_IN_USE, pool.path() + " is in use by "
                        + String.join(", ", users) + "; nothing was written, even with force", "");
            }
            if (!probe.otherData().isEmpty() && !force) {
                throw StorageException.holdsData(pool.path().toString(), String.join(", ", probe.otherData()));
            }
            switch (pool.kind()) {
                case MISSING -> formatter.makeImage(pool, newImageSize(config), uuid);
                case FILE, DEVICE -> formatter.formatInPlace(pool, uuid, !probe.otherData().isEmpty());
                default -> throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, pool.path()
                        + " is neither a file nor a block device", "");
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot look at " + pool.path(),
                    String.valueOf(e.getMessage()), e);
        }
        return attach(uuid, config);
    }

    private static long newImageSize(Map<String, String> config) throws StorageException {
        String size = config.get(ReflinkPoolType.SIZE);
        if (size == null) {
            throw StorageException.invalidValue(ReflinkPoolType.SIZE, "", "a new pool image needs a size (at least"
                    + " 300M)");
        }
        long bytes = Long.parseLong(size);
        if (bytes < PoolImage.SMALLEST) {
            throw StorageException.invalidValue(ReflinkPoolType.SIZE, size, "an XFS pool needs at least 300 MiB ("
                    + PoolImage.SMALLEST + " bytes): " + bytes);
        }
        return bytes;
    }

    @Override
    public synchronized Repository attach(String uuid, Map<String, String> config) throws StorageException {
        checkUuid(uuid);
        PoolImage pool = PoolImage.of(config);
        Optional<String> there;
        try {
            if (pool.kind() != PoolImage.Kind.FILE && pool.kind() != PoolImage.Kind.DEVICE) {
                throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "no pool at " + pool.path(),
                        "");
            }
            there = Signature.on(tools.wipefs(), pool.path().toString()).stream()
                    .flatMap(s -> s.repository().stream()).findFirst();
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot look at " + pool.path(),
                    String.valueOf(e.getMessage()), e);
        }
        if (there.isEmpty()) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, pool.path() + " holds no "
                    + ReflinkPoolType.NAME + " repository", "");
        }
        if (!there.get().equals(uuid)) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, pool.path() + " holds repository "
                    + there.get() + ", not " + uuid, "");
        }
        PoolRepository known = attached.get(uuid);
        if (known != null) {
            return known;
        }
        Path root = mounts.mount(pool, uuid);
        PoolRepository r = new PoolRepository(uuid, config, pool, root, tools, mounts, () -> released(uuid));
        r.removeLeftovers();
        attached.put(uuid, r);
        return r;
    }

    private synchronized void released(String uuid) {
        attached.remove(uuid);
    }

    private static void checkUuid(String uuid) throws StorageException {
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            throw StorageException.invalidValue("uuid", String.valueOf(uuid), "not a uuid: " + uuid);
        }
    }

    /** Unmounts the pools attached through this backend (the Agent stops): nothing on them changes. */
    @Override
    public void close() {
        List<PoolRepository> all;
        synchronized (this) {
            all = List.copyOf(attached.values());
        }
        for (PoolRepository r : all) {
            r.detach();
        }
        LOG.log(System.Logger.Level.DEBUG, "reflink-pool: closed, " + all.size() + " pool(s) unmounted");
    }
}
