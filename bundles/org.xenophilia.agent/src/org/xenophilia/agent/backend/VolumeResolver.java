package org.xenophilia.agent.backend;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;

/**
 * Turns a disk that names a storage volume into the disk the toolstack is given. A disk names a registered volume
 * with {@code storageBackend} = its SR's type ({@code file}, {@code lvm} ...) and {@code volume} =
 * {@code <SR uuid>/<volume name>}, and no {@code target}; the definition keeps that reference, and a backend resolves
 * it each time it gives the disk to the toolstack (a start, a reboot it builds, a hot-plug), so that what it runs has
 * the volume's target, format and backend type as the volume is then.
 * <p>
 * The Agent gives every hypervisor backend one ({@link PluginContext#volumes()}), backed by the storage backends
 * and the registered SRs; a backend needs nothing of the storage API itself. A resolution that fails refuses what the
 * backend was about to do, with nothing started or attached.
 */
@FunctionalInterface
public interface VolumeResolver {

    /** Resolves nothing: every volume's SR is unknown (an Agent without storage backends). */
    VolumeResolver NONE = (domain, disk) -> {
        throw BackendException.storage("no storage backend runs here to give disk " + disk.getVdev()
                + " its volume " + disk.getVolume(), "VM_REQUIRES_SR", domain, srOf(disk.getVolume()),
                disk.getVdev());
    };

    /**
     * @param domain the uuid of the domain whose disk it is
     * @param disk a disk that {@linkplain #namesVolume names a volume}
     * @return a copy of the disk with the volume's {@code target}, {@code format} and {@code backendtype}, and
     *         {@code access=ro} if the volume may only be read; its {@code storageBackend} and {@code volume} kept
     * @throws BackendException {@link BackendException.Kind#STORAGE}, as XenAPI names it, the disk's {@code vdev}
     *             last: {@code VM_REQUIRES_SR [vm, sr, vdev]} (no SR of that uuid and type is registered here),
     *             {@code SR_NOT_ATTACHED [sr, vdev]} (its PBD is unplugged), {@code VDI_MISSING [sr, volume, vdev]}
     *             (the SR has no such volume), {@code INVALID_VALUE [volume, value]} (not {@code <SR uuid>/<name>})
     */
    Disk resolve(String domain, Disk disk) throws BackendException;

    /**
     * @param def a definition
     * @return a copy of it in which every disk that names a volume is {@linkplain #resolve resolved}; {@code def}
     *         itself if none does
     * @throws BackendException for the first disk that cannot be resolved
     */
    default Domain resolveAll(Domain def) throws BackendException {
        if (def.getDisks().stream().noneMatch(VolumeResolver::namesVolume)) {
            return def;
        }
        Domain out = EcoreUtil.copy(def);
        for (int i = 0; i < out.getDisks().size(); i++) {
            Disk d = out.getDisks().get(i);
            if (namesVolume(d)) {
                out.getDisks().set(i, resolve(def.getUuid(), d));
            }
        }
        return out;
    }

    /**
     * @param disk a disk
     * @return whether its image comes from a storage volume ({@code volume} and {@code storageBackend} set; a
     *         {@code target} set as well is replaced by the volume's)
     */
    static boolean namesVolume(Disk disk) {
        return disk.getVolume() != null && disk.getStorageBackend() != null;
    }

    /**
     * @param volume a disk's {@code volume}
     * @return the SR uuid it names: what comes before its first {@code /}, or all of it
     */
    static String srOf(String volume) {
        int slash = volume == null ? -1 : volume.indexOf('/');
        return slash < 0 ? String.valueOf(volume) : volume.substring(0, slash);
    }
}
