package org.xenophilia.agent.internal.sim;

import java.time.Instant;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;

/**
 * One simulated domain: its definition and run-time state. A committed instance is never changed in place: a change
 * is made on a {@link #copy()} that then replaces it, so a reader holding one sees a consistent state.
 */
final class SimulatedDomain {

    Domain definition;
    DomainSpec spec;
    VmPowerState state = VmPowerState.HALTED;
    long domid = -1;
    long memoryActual;
    int vcpusOnline;
    /** When the current domain was created, epoch milliseconds; 0 without a domain. */
    long startedAt;
    /** What a running domain takes at its next boot, or null. */
    Domain nextBoot;

    /** @param definition the domain's definition (its summary is derived from it) */
    SimulatedDomain(Domain definition) {
        define(definition);
    }

    private SimulatedDomain() {
    }

    /** Makes {@code definition} the definition. */
    void define(Domain definition) {
        this.definition = definition;
        this.spec = DomainSpec.of(definition);
    }

    /** Gives the domain its figures as a new domain: started now, with the defined memory and vCPUs. */
    void boot(VmPowerState to, long newDomid) {
        state = to;
        domid = newDomid;
        memoryActual = spec.memory();
        vcpusOnline = spec.vcpus();
        startedAt = System.currentTimeMillis();
    }

    /** Takes the domain away: halted, no domid, nothing held. */
    void halt() {
        state = VmPowerState.HALTED;
        domid = -1;
        memoryActual = 0;
        vcpusOnline = 0;
        startedAt = 0;
    }

    /** @return the state reported to the Agent: copies of the definitions */
    DomainState snapshot() {
        return new DomainState(EcoreUtil.copy(definition), state, domid, memoryActual, vcpusOnline,
                startedAt == 0 ? null : Instant.ofEpochMilli(startedAt),
                nextBoot == null ? null : EcoreUtil.copy(nextBoot));
    }

    /** @return a copy to change and commit (the definitions are shared: they are replaced, never changed) */
    SimulatedDomain copy() {
        SimulatedDomain d = new SimulatedDomain();
        d.definition = definition;
        d.spec = spec;
        d.state = state;
        d.domid = domid;
        d.memoryActual = memoryActual;
        d.vcpusOnline = vcpusOnline;
        d.startedAt = startedAt;
        d.nextBoot = nextBoot;
        return d;
    }
}
