package org.xenophilia.agent.backend;

import org.xenophilia.xenapi.VmPowerState;

/**
 * A defined domain as the backend sees it now.
 *
 * @param spec its definition
 * @param powerState the power state
 * @param domid the hypervisor's domain id while it exists (running or paused), else -1
 * @param memoryActual bytes the running domain has now, 0 when halted
 * @param vcpusOnline vCPUs online now, 0 when halted
 */
public record DomainState(DomainSpec spec, VmPowerState powerState, long domid, long memoryActual, int vcpusOnline) {

    /** @return the domain's uuid */
    public String uuid() {
        return spec.uuid();
    }

    /** @return the domain's name */
    public String name() {
        return spec.name();
    }
}
