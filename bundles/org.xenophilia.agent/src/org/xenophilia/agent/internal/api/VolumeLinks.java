package org.xenophilia.agent.internal.api;

import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.domain.Disk;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The links between domains' disks and the registered storage volumes, in both directions: what a disk that names a
 * volume ({@code storageBackend} = its SR's type, {@code volume} = {@code <SR uuid>/<volume name>}) is given to the
 * toolstack as (the backends' {@link VolumeResolver}), which VDI such a disk is on (a VBD's {@code VDI}), and what a
 * disk on a VDI names ({@code VBD.create}). The Agent makes one before it opens the hypervisor backend (which gets it
 * as its resolver) and binds it to the registered SRs once they are open ({@link SrApi}); without the storage SPI it
 * stays unbound and knows no volume, and no storage class is loaded through it.
 */
public final class VolumeLinks implements VolumeResolver {

    /** A registered volume, as a disk names it. */
    record Volume(String storageBackend, String reference, boolean readOnly) {
    }

    /** What the registered storage answers ({@link VolumeDisks}). */
    interface Volumes {
        Disk resolve(String domain, Disk disk) throws BackendException;

        Ref vdiOf(String storageBackend, String reference);

        Volume ofVdi(String vdiRef) throws XenApiException;
    }

    private volatile Volumes volumes;

    /** Binds the links to the registered storage. */
    void bind(Volumes registered) {
        this.volumes = registered;
    }

    @Override
    public Disk resolve(String domain, Disk disk) throws BackendException {
        Volumes v = volumes;
        return v == null ? NONE.resolve(domain, disk) : v.resolve(domain, disk);
    }

    /**
     * @param disk a domain's disk
     * @return the VDI of the volume it names, {@code OpaqueRef:NULL} if it names none or one that is not (or no
     *         longer) a volume of a plugged SR
     */
    Ref vdiOf(Disk disk) {
        Volumes v = volumes;
        return v == null || !VolumeResolver.namesVolume(disk) ? Ref.NULL
                : v.vdiOf(disk.getStorageBackend(), disk.getVolume());
    }

    /**
     * @param vdiRef a VDI reference as a client sent it
     * @return the registered volume it is, as a disk names it; empty without registered storage
     * @throws XenApiException {@code HANDLE_INVALID [VDI, ref]}, or {@code SR_OPERATION_NOT_SUPPORTED} for a VDI of
     *             the views of plain paths
     */
    Optional<Volume> ofVdi(String vdiRef) throws XenApiException {
        Volumes v = volumes;
        return v == null ? Optional.empty() : Optional.of(v.ofVdi(vdiRef));
    }
}
