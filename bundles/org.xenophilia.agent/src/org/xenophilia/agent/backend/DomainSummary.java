package org.xenophilia.agent.backend;

import java.time.Instant;

import org.xenophilia.xenapi.VmPowerState;

/**
 * A defined domain as a listing of every domain shows it: what identifies it and its run-time state, without its
 * definitions, which {@link HypervisorBackend#domain(DomainSummary)} reads one domain at a time. What a backend keeps
 * per domain to answer this is all it needs to keep in memory for it.
 *
 * @param uuid the domain's uuid
 * @param name its name
 * @param powerState the power state
 * @param domid the hypervisor's domain id while it exists (running or paused), else -1
 * @param memoryActual bytes the running domain has now, 0 when halted
 * @param vcpusOnline vCPUs online now, 0 when halted
 * @param startTime when the current domain was created, {@code null} when halted or not known
 */
public record DomainSummary(String uuid, String name, VmPowerState powerState, long domid, long memoryActual,
        int vcpusOnline, Instant startTime) {

    /**
     * @param d a domain's state
     * @return its summary
     */
    public static DomainSummary of(DomainState d) {
        return new DomainSummary(d.uuid(), d.name(), d.powerState(), d.domid(), d.memoryActual(), d.vcpusOnline(),
                d.startTime());
    }

    /** @return whether the domain exists in the hypervisor now (running or paused) */
    public boolean hasDomain() {
        return powerState == VmPowerState.RUNNING || powerState == VmPowerState.PAUSED;
    }
}
