package org.xenophilia.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An attached repository (xapi's SR with its PBD plugged) and its volumes. Its methods may be called from several
 * threads at once; two operations on one volume name are serialised or refused by the backend, never interleaved.
 * <p>
 * Crash safety, the rule every backend keeps: if the Agent is killed in the middle of an operation, the next
 * {@link StorageBackend#attach} finds the volume either whole and listed, or gone; nothing half made remains, listed
 * or not. (The file backend writes a volume under a temporary name and renames it when it is complete; the LVM
 * backend tags an LV as ours only once it is made.)
 */
public interface Repository {

    /** @return the repository's uuid (xapi's SR uuid) */
    String uuid();

    /** @return its configuration, as it was attached (canonical form) */
    Map<String, String> config();

    /**
     * @return its space now
     * @throws StorageException if the storage cannot be read
     */
    RepositorySpace space() throws StorageException;

    /**
     * @return its volumes, by name; only whole ones
     * @throws StorageException if the storage cannot be read
     */
    List<Volume> volumes() throws StorageException;

    /**
     * @param name a volume's name
     * @return the volume, if the repository holds it
     * @throws StorageException if the storage cannot be read
     */
    Optional<Volume> volume(String name) throws StorageException;

    /**
     * Creates a volume, empty (reading zeros).
     *
     * @param name its name ({@link VolumeNames#check})
     * @param virtualSize the disk's size in bytes, more than 0 (a backend may round it up to its unit)
     * @param format one of the backend's {@link StorageBackend#formats()}
     * @return the volume
     * @throws StorageException {@link StorageFailure#VOLUME_EXISTS}, {@link StorageFailure#SIZE_INVALID},
     *             {@link StorageFailure#FORMAT_INVALID}, {@link StorageFailure#INSUFFICIENT_SPACE}, ...; nothing is
     *             left behind
     */
    Volume createVolume(String name, long virtualSize, DiskFormat format) throws StorageException;

    /**
     * Grows a volume. A smaller size is refused ({@link StorageFailure#SIZE_INVALID}): shrinking a disk cuts off
     * whatever the guest keeps at its end. The same size is accepted and changes nothing.
     *
     * @param name the volume
     * @param newVirtualSize its new size in bytes
     * @return the volume as it is now
     * @throws StorageException {@link StorageException#notSupported} without {@link Capability#RESIZE},
     *             {@link StorageException#volumeMissing}, ...
     */
    Volume resize(String name, long newVirtualSize) throws StorageException;

    /**
     * Destroys a volume and its content.
     *
     * @param name the volume
     * @throws StorageException {@link StorageException#volumeMissing} if there is no such volume, ...
     */
    void destroyVolume(String name) throws StorageException;

    /**
     * Copies a volume into a new one of this repository (writable, of the source's format). Without
     * {@link Capability#CLONE} this copies every block in use, and can take long: it reports its progress and stops
     * when cancelled, leaving nothing behind.
     *
     * @param source the volume to copy
     * @param name the new volume's name ({@link VolumeNames#check})
     * @param progress where to report progress and learn of cancellation
     * @return the new volume
     * @throws StorageException {@link StorageFailure#COPY_FAILED}, {@link StorageFailure#INSUFFICIENT_SPACE}, ...
     */
    Volume copy(String source, String name, StorageProgress progress) throws StorageException;

    /**
     * Takes a read-only, point-in-time copy of a volume (the source should not be written meanwhile: the Agent
     * snapshots halted domains' disks, or pauses the domain).
     *
     * @param source the volume
     * @param label the snapshot's own name ({@link VolumeNames#check}); the backend derives the snapshot volume's
     *            name from the source's and this one
     * @param progress where to report progress and learn of cancellation
     * @return the snapshot, with {@link Volume#snapshotOf()} the source
     * @throws StorageException {@link StorageException#notSupported} without {@link Capability#SNAPSHOT}, ...
     */
    Volume snapshot(String source, String label, StorageProgress progress) throws StorageException;

    /**
     * @param name a volume
     * @return what {@code xl} needs to give it to a domain as a disk
     * @throws StorageException {@link StorageException#volumeMissing} if there is no such volume
     */
    DiskTarget resolve(String name) throws StorageException;

    /**
     * Every whole volume with what {@code xl} needs for it, in one reading of the storage where the backend can: what
     * the Agent calls to list a repository, instead of {@link #volumes()} and a {@link #resolve} per volume (for a
     * backend whose {@code resolve} runs a tool, a repository of 1,000 volumes was listed with 1,001 processes).
     * <p>
     * The default does exactly that, {@link #volumes()} then {@link #resolve} for each, leaving out a volume destroyed
     * in between ({@link StorageException#VDI_MISSING}), so that a backend built for API 1.0 lists as it did.
     * Override it when the listing already reads what {@code resolve} needs (the {@code lvm} backend's one
     * {@code lvs} report; the {@code file} backend's directory, with no tool at all).
     *
     * @return the volumes, as {@link #volumes()} lists them, each with its {@link DiskTarget}
     * @throws StorageException if the storage cannot be read
     * @since 1.1
     */
    default List<ResolvedVolume> resolveAll() throws StorageException {
        List<ResolvedVolume> out = new ArrayList<>();
        for (Volume v : volumes()) {
            try {
                out.add(new ResolvedVolume(v, resolve(v.name())));
            } catch (StorageException e) {
                if (!StorageException.VDI_MISSING.equals(e.code())) {
                    throw e;
                }
            }
        }
        return out;
    }

    /**
     * The snapshots of a volume, each with what {@code xl} needs for it: what a volume's VDI record lists as its
     * {@code snapshots}, read without listing the whole repository where the backend can (the Agent makes one VDI's
     * record at each event on it). The default filters {@link #resolveAll()}; the {@code file} backend reads only the
     * names in its directory.
     *
     * @param name a volume
     * @return the volumes whose {@link Volume#snapshotOf()} is that volume; none if there is no such volume
     * @throws StorageException if the storage cannot be read
     * @since 1.1
     */
    default List<ResolvedVolume> snapshots(String name) throws StorageException {
        List<ResolvedVolume> out = new ArrayList<>();
        for (ResolvedVolume v : resolveAll()) {
            if (v.volume().snapshotOf().filter(name::equals).isPresent()) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Detaches the repository (xapi's {@code PBD.unplug}, and what {@code SR.forget} does on the host): releases what
     * the backend holds; nothing on the storage changes, and {@link StorageBackend#attach} finds it all again.
     */
    void detach();

    /**
     * Destroys the repository: removes what the backend made at its location (its mark, its directory if the backend
     * created it and it is empty), never anything it did not make. Refused while it holds volumes.
     *
     * @throws StorageException {@link StorageException#notEmpty} if it holds volumes,
     *             {@link StorageFailure#DESTROY_REPOSITORY_FAILED} otherwise
     */
    void destroy() throws StorageException;
}
