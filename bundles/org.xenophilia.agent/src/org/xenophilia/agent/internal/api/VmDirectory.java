package org.xenophilia.agent.internal.api;

import java.util.Iterator;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The VMs as the API serves them: the backend's domains and, listed after them, the {@link ControlDomain}; found by
 * uuid or by the reference a call names. Listings read the backend's summaries and each VM's definitions one VM at a
 * time ({@link #all()}), never all of them at once. References come from {@link HostObjects#vmRefs()}.
 */
final class VmDirectory {

    private final HostObjects host;
    private final HypervisorBackend backend;

    VmDirectory(HostObjects host) {
        this.host = host;
        this.backend = host.backend();
    }

    /** @return the guests (every VM but the control domain) in summary, from one look at the backend */
    Iterable<DomainSummary> guests() throws XenApiException {
        try {
            return backend.summaries();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return every VM with its definitions, the control domain last, each read as the iteration asks for it */
    Iterator<DomainState> all() throws XenApiException {
        Iterable<DomainSummary> guests = guests();
        return LazyIterator.then(LazyIterator.map(guests.iterator(), this::guest), () -> controlDomain(guests));
    }

    /** @return the uuids of every VM, the control domain last, from one look at the backend */
    Iterator<String> uuids() throws XenApiException {
        return LazyIterator.then(LazyIterator.map(guests().iterator(), DomainSummary::uuid),
                () -> ControlDomain.uuid(host));
    }

    /** @return the references of every VM, the control domain last, each made as the iteration asks for it */
    Iterator<Ref> refs() throws XenApiException {
        return LazyIterator.map(uuids(), host.vmRefs()::ref);
    }

    /** @return how many VMs there are, the control domain included */
    long count() throws XenApiException {
        try {
            return backend.domainCount() + 1L;
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return a guest of a listing with its definitions, or {@code null} if it was removed meanwhile */
    DomainState guest(DomainSummary s) throws XenApiException {
        try {
            return backend.domain(s).orElse(null);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return the control domain's state, its memory what the guests of this listing do not hold */
    DomainState controlDomain(Iterable<DomainSummary> guests) throws XenApiException {
        try {
            return ControlDomain.state(host, guests);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return the VM with this uuid, the control domain included */
    Optional<DomainState> find(String uuid) throws XenApiException {
        if (uuid.equals(ControlDomain.uuid(host))) {
            return Optional.of(controlDomain(guests()));
        }
        try {
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
