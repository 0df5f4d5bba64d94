package org.xenophilia.storage;

import java.util.Map;
import java.util.Set;

/**
 * An opened storage backend: what it can do on this host, and the repositories it probes, creates and attaches. One
 * per type in an Agent. Its methods may be called from several threads at once.
 * <p>
 * Every {@code config} it receives has been checked against the type's {@link StorageBackendType#repositoryKeys()}
 * and is in canonical form; the backend checks what only it can (does the directory exist, is the device a block
 * device).
 */
public interface StorageBackend extends AutoCloseable {

    /** @return what this backend can do on this host (e.g. resize; qcow2 only where {@code qemu-img} is installed) */
    Set<Capability> capabilities();

    /** @return the formats of the volumes it can create here, never empty */
    Set<DiskFormat> formats();

    /**
     * Looks at a location without writing anything: is a repository there (and which), or other data that creating
     * one would overwrite. The Workbench shows this before the admin confirms a create.
     *
     * @param config the repository's configuration
     * @return what is there
     * @throws StorageException {@link StorageFailure#PROBE_FAILED} if it cannot be looked at
     */
    Probe probe(Map<String, String> config) throws StorageException;

    /**
     * Makes a new, empty repository and attaches it. Refuses a location that holds a repository
     * ({@link StorageFailure#REPOSITORY_EXISTS}), and one that holds other data ({@link StorageException#holdsData})
     * unless {@code force}, the admin's explicit word after seeing the {@link #probe}. What force allows depends on
     * the location: in a directory the backend writes beside the foreign data, never over it (the {@code file}
     * backend); a device or an image the repository takes whole (LVM's physical volumes, a pool's file system) is
     * formatted over what it holds. Storage in use (mounted, served by a loop device, another volume group's
     * physical volume) is refused whatever the force.
     *
     * @param uuid the repository's uuid (xapi's SR uuid), which the backend records on the storage
     * @param config the repository's configuration
     * @param force whether to use a location that holds other data
     * @return the attached repository
     * @throws StorageException if it cannot be made; nothing is left behind
     */
    Repository create(String uuid, Map<String, String> config, boolean force) throws StorageException;

    /**
     * Attaches an existing repository (xapi's {@code PBD.plug}): checks that the storage holds the repository of
     * that uuid and clears what a crash left of operations in progress (a volume half made is removed; a volume is
     * either whole and listed or gone).
     *
     * @param uuid the repository's uuid
     * @param config its configuration
     * @return the attached repository
     * @throws StorageException {@link StorageFailure#REPOSITORY_UNAVAILABLE} if the storage is not there or holds
     *             another repository
     */
    Repository attach(String uuid, Map<String, String> config) throws StorageException;

    /** Releases what the backend holds (nothing on the storage changes). The default does nothing. */
    @Override
    default void close() {
        // nothing held
    }
}
