package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.agent.internal.storage.StorageRepositories.Sr;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskBackendType;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.storage.DiskTarget;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageException;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The registered volumes as domains' disks name them: {@code storageBackend} = the SR's type, {@code volume} =
 * {@code <SR uuid>/<volume name>}. Resolves such a disk through its SR's {@link Repository#resolve} into what xl is
 * given, or refuses, as xapi names it, with the disk's virtual device last: {@code VM_REQUIRES_SR [vm, sr, vdev]}
 * (no SR of that uuid and type is registered here), {@code SR_NOT_ATTACHED [sr, vdev]} (its PBD is unplugged),
 * {@code VDI_MISSING [sr, volume, vdev]} (it has no such volume), {@code INVALID_VALUE [volume, value]} (the
 * reference is not {@code <SR uuid>/<name>}).
 */
final class VolumeDisks implements VolumeLinks.Volumes {

    private final RegisteredStorage storage;

    VolumeDisks(RegisteredStorage storage) {
        this.storage = storage;
    }

    /** @return what a disk names a volume by: {@code <SR uuid>/<volume name>} */
    static String reference(RegisteredStorage.Found f) {
        return f.sr().entry().uuid() + "/" + f.volume().name();
    }

    @Override
    public Disk resolve(String domain, Disk disk) throws BackendException {
        String reference = disk.getVolume();
        String vdev = disk.getVdev();
        int slash = reference.indexOf('/');
        if (slash <= 0 || slash == reference.length() - 1) {
            throw BackendException.storage("disk " + vdev + " names volume '" + reference + "', which is not <SR uuid>/"
                    + "<volume name>", "INVALID_VALUE", "volume", reference);
        }
        String srUuid = reference.substring(0, slash);
        String name = reference.substring(slash + 1);
        Optional<Sr> sr = storage.srs.get(srUuid).filter(s -> s.entry().type().equals(disk.getStorageBackend()));
        if (sr.isEmpty()) {
            throw BackendException.storage("disk " + vdev + " names a volume of SR " + srUuid + " of type "
                    + disk.getStorageBackend() + ", which is not registered here", "VM_REQUIRES_SR",
                    storage.host.vmRefs().ref(domain).value(), srUuid, vdev);
        }
        String srRef = storage.srRef(srUuid).value();
        if (sr.get().repository().isEmpty()) {
            throw BackendException.storage("disk " + vdev + " names a volume of SR " + srUuid + " ("
                    + sr.get().entry().nameLabel() + "), whose PBD is unplugged", "SR_NOT_ATTACHED", srRef, vdev);
        }
        DiskTarget target;
        try {
            Repository r = sr.get().repository().get();
            if (r.volume(name).isEmpty()) {
                throw StorageException.volumeMissing(srUuid, name);
            }
            target = r.resolve(name);
        } catch (IllegalArgumentException e) {
            // a name no volume can have (the backend checks it before it is a path)
            throw BackendException.storage("disk " + vdev + " names volume '" + name + "' of SR " + srUuid
                    + ", which no volume can be named", "VDI_MISSING", srRef, name, vdev);
        } catch (StorageException e) {
            if (StorageException.VDI_MISSING.equals(e.code())) {
                throw BackendException.storage("disk " + vdev + " names volume " + name + " of SR " + srUuid
                        + ", which it does not hold", "VDI_MISSING", srRef, name, vdev);
            }
            List<String> params = new ArrayList<>(e.params());
            params.add(vdev);
            throw BackendException.storage("disk " + vdev + ": " + e.getMessage(), e.code(),
                    params.toArray(String[]::new));
        }
        Disk out = EcoreUtil.copy(disk);
        out.setTarget(target.target());
        out.setFormat(DiskFormat.get(target.format().xlName()));
        out.setBackendtype(DiskBackendType.get(target.backendType().xlName()));
        if (target.readOnly()) {
            out.setAccess(DiskAccess.RO); // a snapshot is never written, whatever the disk asked for
        }
        return out;
    }

    @Override
    public Ref vdiOf(String storageBackend, String reference) {
        int slash = reference.indexOf('/');
        Optional<Sr> sr = slash <= 0 ? Optional.empty() : storage.srs.get(reference.substring(0, slash))
                .filter(s -> s.entry().type().equals(storageBackend) && s.repository().isPresent());
        if (sr.isEmpty()) {
            return Ref.NULL;
        }
        try {
            String name = reference.substring(slash + 1);
            Repository r = sr.get().repository().get();
            return r.volume(name).isPresent() ? storage.vdiRef(r.resolve(name).target()) : Ref.NULL;
        } catch (StorageException | RuntimeException e) {
            return Ref.NULL; // not (or no longer) one of its volumes
        }
    }

    @Override
    public VolumeLinks.Volume ofVdi(String vdiRef) throws XenApiException {
        RegisteredStorage.Found f = storage.vdi(vdiRef);
        return new VolumeLinks.Volume(f.sr().entry().type(), reference(f), f.volume().readOnly());
    }
}
