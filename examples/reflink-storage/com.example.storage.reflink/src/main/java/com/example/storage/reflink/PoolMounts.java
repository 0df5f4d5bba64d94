package com.example.storage.reflink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;

/**
 * Where the pools are mounted while their repositories are attached: {@code <state dir>/pools/<repository uuid>},
 * under the backend's own directory of the Agent's state. Under systemd that is in the Agent's mount namespace (the
 * unit's {@code ProtectSystem} and {@code PrivateTmp} give it one), so the host's {@code findmnt} does not show them;
 * {@code nsenter --mount --target <the Agent's pid> findmnt} does.
 * <p>
 * A pool is mounted {@code nodev,nosuid,noexec}: it holds disk images, nothing to run; an image file through a loop
 * device that {@code mount} sets up and frees again when the pool is unmounted.
 */
final class PoolMounts {

    private final Path pools;
    private final PoolTools tools;

    PoolMounts(Path stateDir, PoolTools tools) {
        this.pools = stateDir.resolve("pools");
        this.tools = tools;
    }

    /** @return where the repository's pool is mounted while it is attached */
    Path mountPoint(String uuid) {
        return pools.resolve(uuid);
    }

    /**
     * Mounts a pool at the repository's mount point. If it is mounted there already (an Agent killed before it could
     * unmount it), that mount is used; if a pool's temporary image that a crash left is, it is unmounted first.
     *
     * @return the mount point
     * @throws StorageException {@link StorageFailure#REPOSITORY_IN_USE} if the pool is used elsewhere, or something
     *             else is mounted there; {@link StorageFailure#REPOSITORY_UNAVAILABLE} with mount's words if it
     *             cannot be mounted
     */
    Path mount(PoolImage pool, String uuid) throws StorageException {
        Path mountPoint = mountPoint(uuid);
        try {
            AtomicFiles.createDirectory(pools, AtomicFiles.OWNER_ONLY_DIR);
            AtomicFiles.createDirectory(mountPoint, AtomicFiles.OWNER_ONLY_DIR);
            Optional<MountTable.Mount> there = MountTable.at(mountPoint);
            if (there.isPresent()) {
                if (pool.isMountedBy(there.get())) {
                    return mountPoint;
                }
                if (!isLeftover(there.get())) {
                    throw StorageException.failure(StorageFailure.REPOSITORY_IN_USE, "cannot mount " + pool.path()
                            + ": " + there.get().source() + " is mounted at " + mountPoint, "");
                }
                unmount(mountPoint);
            }
            List<String> users = pool.users(mountPoint);
            if (!users.isEmpty()) {
                throw StorageException.failure(StorageFailure.REPOSITORY_IN_USE, pool.path() + " is in use by "
                        + String.join(", ", users), "");
            }
            boolean file = pool.kind() == PoolImage.Kind.FILE;
            // a loop device records the file's real path, which is what isMountedBy compares
            String source = file ? pool.path().toRealPath().toString() : pool.path().toString();
            tools.mount().run(StorageProgress.NONE, "-t", "xfs", "-o", "nodev,nosuid,noexec" + (file ? ",loop" : ""),
                    source, mountPoint.toString()).succeeded(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot mount "
                            + pool.path() + " at " + mountPoint);
            return mountPoint;
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "cannot mount " + pool.path(),
                    String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Unmounts what is mounted at a mount point, if anything; the loop device of an image file goes with it.
     *
     * @throws StorageException {@link StorageFailure#REPOSITORY_IN_USE} with umount's words if it is busy (a guest's
     *             disk is one of its volumes)
     */
    void unmount(Path mountPoint) throws StorageException {
        try {
            if (MountTable.at(mountPoint).isPresent()) {
                tools.umount().run(StorageProgress.NONE, mountPoint.toString()).succeeded(
                        StorageFailure.REPOSITORY_IN_USE, "cannot unmount " + mountPoint);
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.REPOSITORY_IN_USE, "cannot read the mounts",
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** Unmounts the temporary images of creates a crash interrupted, wherever under the pools they are mounted. */
    void unmountLeftovers() throws StorageException {
        try {
            for (MountTable.Mount m : MountTable.mounts()) {
                if (m.mountPoint().startsWith(pools) && isLeftover(m)) {
                    unmount(m.mountPoint());
                }
            }
        } catch (IOException e) {
            throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot read the mounts",
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** @return whether a mount is a new pool's temporary image (mounted to write its mark), left by a crash */
    private static boolean isLeftover(MountTable.Mount m) throws IOException {
        Optional<String> backing = MountTable.backingFile(m.source());
        return backing.isPresent() && PoolFormatter.isTemporary(Path.of(MountTable.withoutDeleted(backing.get()))
                .getFileName().toString());
    }

    /** Removes a mount point that nothing is mounted at (a destroyed repository's). */
    void removeMountPoint(String uuid) throws IOException {
        Path mountPoint = mountPoint(uuid);
        if (MountTable.at(mountPoint).isEmpty()) {
            Files.deleteIfExists(mountPoint);
        }
    }
}
