package org.xenophilia.agent.backend;

import java.time.Instant;

import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;

/**
 * A defined domain as the backend sees it now.
 *
 * @param definition its definition: a copy owned by the caller (changing it changes nothing in the backend)
 * @param powerState the power state
 * @param domid the hypervisor's domain id while it exists (running or paused), else -1
 * @param memoryActual bytes the running domain has now, 0 when halted
 * @param vcpusOnline vCPUs online now, 0 when halted
 * @param startTime when the current domain was created (the last start or reboot), {@code null} when halted or not
 *            known
 */
public record DomainState(Domain definition, VmPowerState powerState, long domid, long memoryActual,
        int vcpusOnline, Instant startTime) {

    /** A state whose start time is not known (or not asked for, e.g. to compare states). */
    public DomainState(Domain definition, VmPowerState powerState, long domid, long memoryActual, int vcpusOnline) {
        this(definition, powerState, domid, memoryActual, vcpusOnline, null);
    }

    /** @return the figures of the definition */
    public DomainSpec spec() {
        return DomainSpec.of(definition);
    }

    /** @return the domain's uuid */
    public String uuid() {
        return definition.getUuid();
    }

    /** @return the domain's name */
    public String name() {
        return definition.getName();
    }
}
