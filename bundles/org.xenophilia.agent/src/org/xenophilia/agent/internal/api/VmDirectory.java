package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The VMs as the API serves them: the backend's domains and, listed after them, the {@link ControlDomain}; found by
 * uuid or by the reference a call names. References come from {@link HostObjects#vmRefs()}.
 */
final class VmDirectory {

    private final HostObjects host;
    private final HypervisorBackend backend;

    VmDirectory(HostObjects host) {
        this.host = host;
        this.backend = host.backend();
    }

    /** @return every VM, the control domain last */
    List<DomainState> all() throws XenApiException {
        try {
            List<DomainState> out = new ArrayList<>(backend.domains());
            out.add(ControlDomain.state(host, out));
            return out;
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return the VM with this uuid, the control domain included */
    Optional<DomainState> find(String uuid) throws XenApiException {
        try {
            if (uuid.equals(ControlDomain.uuid(host))) {
                return Optional.of(ControlDomain.state(host, backend.domains()));
            }
            return backend.domain(uuid);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return the VM's reference */
    Ref ref(DomainState d) {
        return host.vmRefs().ref(d.uuid());
    }

    /** @return the uuid of the VM a reference names, if it names one */
    Optional<String> uuid(String ref) {
        return ref.isEmpty() ? Optional.empty() : host.vmRefs().uuid(Ref.of(ref));
    }

    /** @return whether the VM is the host's control domain */
    boolean isControlDomain(DomainState d) {
        return ControlDomain.is(host, d);
    }

    /**
     * @return the guest named by parameter 1; {@code HANDLE_INVALID} if none, {@code OPERATION_NOT_ALLOWED} for the
     *         control domain, which the Agent does not manage
     */
    DomainState resolve(Call c) throws XenApiException {
        DomainState d = resolveAny(c);
        if (isControlDomain(d)) {
            throw ErrorCode.OPERATION_NOT_ALLOWED.exception("VM " + c.string(1)
                    + " is the control domain, which cannot be " + c.method().name().replaceFirst(".*\\.", "")
                    + " through the Agent");
        }
        return d;
    }

    /** @return the domain named by parameter 1, the control domain included, or {@code HANDLE_INVALID} */
    DomainState resolveAny(Call c) throws XenApiException {
        String ref = c.string(1);
        Optional<String> uuid = uuid(ref);
        Optional<DomainState> d = uuid.isEmpty() ? Optional.empty() : find(uuid.get());
        return d.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VM", ref));
    }
}
