package org.xenophilia.agent.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.xenapi.VmPowerState;

/**
 * The control domain (dom0) as xapi lists it among the VMs: always running, domid 0, resident on the host, its uuid
 * derived from the host's so that it is stable across restarts. The Agent does not manage it: every operation on it
 * is refused.
 */
final class ControlDomain {

    /** What its name starts with; the host's name follows. */
    static final String NAME_PREFIX = "Control domain on host: ";

    /** {host uuid, its control domain's uuid}: an MD5 per VM record otherwise. */
    private static volatile String[] cachedUuid;

    private ControlDomain() {
    }

    /** @return the uuid of the host's control domain, derived from the host's */
    static String uuid(HostObjects host) {
        String hostUuid = host.identity().hostUuid();
        String[] cached = cachedUuid;
        if (cached != null && cached[0].equals(hostUuid)) {
            return cached[1];
        }
        String uuid = UUID.nameUUIDFromBytes((hostUuid + "/control-domain").getBytes(StandardCharsets.UTF_8))
                .toString();
        cachedUuid = new String[] {hostUuid, uuid};
        return uuid;
    }

    /** @return whether {@code d} is the host's control domain */
    static boolean is(HostObjects host, DomainState d) {
        return d.uuid().equals(uuid(host));
    }

    /**
     * The control domain's state now. Its memory is what neither the guests nor the free pool hold; its vCPUs are
     * what the toolstack lists for it (the host's CPUs when it does not say).
     *
     * @param host the host objects
     * @param guests the backend's domains in summary, for their memory
     * @return the control domain's state
     * @throws BackendException if the host cannot be read
     */
    static DomainState state(HostObjects host, Iterable<DomainSummary> guests) throws BackendException {
        HostInfo info = host.backend().hostInfo();
        long guestMemory = 0;
        for (DomainSummary d : guests) {
            guestMemory += d.memoryActual();
        }
        long mib = Math.max(1, (info.memoryTotal() - info.memoryFree() - guestMemory) >> 20);
        Domain def = DomainFactory.eINSTANCE.createDomain();
        def.setUuid(uuid(host));
        def.setName(NAME_PREFIX + info.hostName());
        def.setDescription("The domain which manages physical devices and manages other domains");
        def.setMemory((int) Math.min(Integer.MAX_VALUE, mib));
        def.setMaxmem((int) Math.min(Integer.MAX_VALUE, mib));
        def.setVcpus(info.dom0Vcpus());
        def.setMaxvcpus(info.dom0Vcpus());
        return new DomainState(def, VmPowerState.RUNNING, 0, mib << 20, info.dom0Vcpus());
    }
}
