package org.xenophilia.agent.internal.api;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.storage.StorageRepositories.Sr;
import org.xenophilia.storage.StorageException;
import org.xenophilia.xenapi.XenApiException;

/**
 * What a domain's disk uses (a volume, by its path or named {@code <SR uuid>/<name>}) is not taken from under it:
 * refused with xapi's {@code VDI_IN_USE}, its parameters {@code [vdi, operation]} and then the domain that uses it,
 * so that the admin learns which domain to stop. A volume is not destroyed while any domain's disk uses it; it is not
 * resized, and its repository not unplugged, forgotten or destroyed, while a running (or paused) domain has it
 * attached. As in xapi ({@code Xapi_pbd.get_active_vdis_by_pbd}: the attached VBDs of the VMs resident on the host), a
 * halted domain's disks, and a running domain's unplugged ones, do not hold a repository: such a domain is refused
 * at its next start ({@code SR_NOT_ATTACHED}, {@code VM_REQUIRES_SR}) instead.
 */
final class VolumesInUse {

    private final RegisteredStorage storage;

    VolumesInUse(RegisteredStorage storage) {
        this.storage = storage;
    }

    /**
     * Refuses an operation on a volume a domain uses.
     *
     * @param f the volume
     * @param vdiRef its VDI
     * @param operation xapi's name of the operation ({@code destroy}, {@code resize})
     * @param attachedOnly whether only a disk a running domain has attached counts
     */
    void refuse(RegisteredStorage.Found f, String vdiRef, String operation, boolean attachedOnly)
            throws XenApiException {
        storage.outlines.refreshAll();
        Optional<DomainOutlines.DeviceUse> user = user(f, attachedOnly);
        if (user.isPresent()) {
            throw inUse(vdiRef, operation, user.get());
        }
    }

    /**
     * Refuses an operation that takes a repository away from the host ({@code PBD.unplug}, and {@code SR.forget}
     * and {@code SR.destroy}, which unplug it first) while a running domain has one of its volumes attached: xapi's
     * {@code PBD.unplug} refusal, {@code VDI_IN_USE}, naming the first such VDI, the operation and the domain.
     *
     * @param sr the repository; nothing is refused if it is not attached
     * @param operation xapi's name of the operation ({@code unplug}, {@code forget}, {@code destroy})
     */
    void refuse(Sr sr, String operation) throws XenApiException {
        if (sr.repository().isEmpty()) {
            return;
        }
        storage.outlines.refreshAll();
        for (RegisteredStorage.Found f : storage.volumes(sr)) {
            Optional<DomainOutlines.DeviceUse> user = user(f, true);
            if (user.isPresent()) {
                throw inUse(storage.vdiRef(f.target()).value(), operation, user.get());
            }
        }
    }

    private Optional<DomainOutlines.DeviceUse> user(RegisteredStorage.Found f, boolean attachedOnly)
            throws XenApiException {
        for (Iterator<DomainOutlines.DeviceUse> users = storage.users(f); users.hasNext();) {
            DomainOutlines.DeviceUse u = users.next();
            if (!attachedOnly || attached(u)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    private XenApiException inUse(String vdiRef, String operation, DomainOutlines.DeviceUse u) {
        return new XenApiException(StorageException.VDI_IN_USE, List.of(vdiRef, operation,
                storage.host.vmRefs().ref(u.vm()).value()));
    }

    private boolean attached(DomainOutlines.DeviceUse u) throws XenApiException {
        try {
            Optional<DomainState> vm = storage.host.backend().domain(u.vm());
            return vm.isPresent() && vm.get().attached(u.vdev());
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, storage.host.vmRefs().ref(u.vm()));
        }
    }
}
