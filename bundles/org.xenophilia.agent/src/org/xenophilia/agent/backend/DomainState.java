package org.xenophilia.agent.backend;

import java.time.Instant;
import java.util.Set;

import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;

/**
 * A defined domain as the backend sees it now.
 *
 * @param definition its definition: for a running or paused domain the one it was started with (what it runs with
 *            now), for a halted one the one it will start with; a copy owned by the caller (changing it changes
 *            nothing in the backend)
 * @param powerState the power state
 * @param domid the hypervisor's domain id while it exists (running or paused), else -1
 * @param memoryActual bytes the running domain has now, 0 when halted
 * @param vcpusOnline vCPUs online now, 0 when halted
 * @param startTime when the current domain was created (the last start or reboot), {@code null} when halted or not
 *            known
 * @param nextBoot the definition a running or paused domain takes at its next boot when it was changed while the
 *            domain ran ({@code xl config-update}), {@code null} when there is none (always for a halted domain); a
 *            copy owned by the caller
 * @param detachedDisks the virtual devices of the disks of {@code definition} that a running or paused domain does
 *            not have attached now (created while it ran, or hot-unplugged); empty for a halted domain, whose disks
 *            are all attached when it starts
 */
public record DomainState(Domain definition, VmPowerState powerState, long domid, long memoryActual,
        int vcpusOnline, Instant startTime, Domain nextBoot, Set<String> detachedDisks) {

    /** Copies the set. */
    public DomainState {
        detachedDisks = detachedDisks == null ? Set.of() : Set.copyOf(detachedDisks);
    }

    /** A state whose disks are all attached (or halted). */
    public DomainState(Domain definition, VmPowerState powerState, long domid, long memoryActual, int vcpusOnline,
            Instant startTime, Domain nextBoot) {
        this(definition, powerState, domid, memoryActual, vcpusOnline, startTime, nextBoot, Set.of());
    }

    /** A state whose start time is not known (or not asked for, e.g. to compare states). */
    public DomainState(Domain definition, VmPowerState powerState, long domid, long memoryActual, int vcpusOnline) {
        this(definition, powerState, domid, memoryActual, vcpusOnline, null);
    }

    /** A state without changes waiting for the next boot. */
    public DomainState(Domain definition, VmPowerState powerState, long domid, long memoryActual, int vcpusOnline,
            Instant startTime) {
        this(definition, powerState, domid, memoryActual, vcpusOnline, startTime, null);
    }

    /** @return what the domain starts with next: the next-boot definition if there is one, else the definition */
    public Domain nextBootOrCurrent() {
        return nextBoot != null ? nextBoot : definition;
    }

    /** @return the figures of the definition */
    public DomainSpec spec() {
        return DomainSpec.of(definition);
    }

    /** @return the domain's uuid */
    public String uuid() {
        return definition.getUuid();
    }

    /**
     * @param vdev the virtual device of one of its disks
     * @return whether the domain exists (running or paused) and has that disk attached now
     */
    public boolean attached(String vdev) {
        return (powerState == VmPowerState.RUNNING || powerState == VmPowerState.PAUSED)
                && !detachedDisks.contains(vdev);
    }

    /** @return the domain's name */
    public String name() {
        return definition.getName();
    }
}
