package org.xenophilia.agent.internal.sim;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;

/**
 * One simulated domain as the backend keeps it in memory: a small record of fixed size (its uuid and name, the figures
 * of its definition the lifecycle needs, its run-time state, whether a next-boot definition waits), about 250 bytes
 * with its map entry, more only while it runs with a disk unplugged or one from a storage volume; its definitions stay on disk. A committed instance is never changed in place: a change is made
 * on a {@link #copy()} that then replaces it, so a reader holding one sees a consistent state.
 */
final class SimulatedDomain {

    final String uuid;
    String name;
    /** The definition's figures, in bytes and vCPUs (xl's defaults applied). */
    long memory;
    long maxMemory;
    int vcpus;
    int maxVcpus;
    VmPowerState state = VmPowerState.HALTED;
    long domid = -1;
    long memoryActual;
    int vcpusOnline;
    /** When the current domain was created, epoch milliseconds; 0 without a domain. */
    long startedAt;
    /** Whether a definition waits for the running domain's next boot (stored for its {@link #domid}). */
    boolean nextBoot;
    /**
     * The virtual devices of the definition's disks the running domain does not have attached (created while it ran,
     * or unplugged); {@code null} when it has them all. Replaced, never changed in place.
     */
    String[] detached;
    /**
     * The disks that name a storage volume as the running domain was given them: their virtual device and the disk
     * spec xl would be given (the volume resolved), in pairs; {@code null} when none. Replaced, never changed in place.
     */
    String[] volumeDisks;
    /** Given at each commit; never reused. */
    long revision;

    /** @param spec the figures of the domain's definition */
    SimulatedDomain(DomainSpec spec) {
        this.uuid = spec.uuid();
        define(spec);
    }

    private SimulatedDomain(String uuid) {
        this.uuid = uuid;
    }

    /** Takes the figures of a new definition. */
    void define(DomainSpec spec) {
        name = spec.name();
        memory = spec.memory();
        maxMemory = spec.maxMemory();
        vcpus = spec.vcpus();
        maxVcpus = spec.maxVcpus();
    }

    /** @return the figures of the definition (without its description, which is not kept) */
    DomainSpec spec() {
        return new DomainSpec(uuid, name, "", memory, maxMemory, vcpus, maxVcpus);
    }

    /** Gives the domain its figures as a new domain: started now, with the defined memory and vCPUs. */
    void boot(VmPowerState to, long newDomid) {
        state = to;
        domid = newDomid;
        memoryActual = memory;
        vcpusOnline = vcpus;
        startedAt = System.currentTimeMillis();
    }

    /** Takes the domain away: halted, no domid, nothing held, no disk attached. */
    void halt() {
        state = VmPowerState.HALTED;
        domid = -1;
        memoryActual = 0;
        vcpusOnline = 0;
        startedAt = 0;
        detached = null;
        volumeDisks = null;
    }

    /** @return the summary reported to the Agent */
    DomainSummary summary() {
        return new DomainSummary(uuid, name, state, domid, memoryActual, vcpusOnline, startTime());
    }

    /**
     * @param definition the definition, read from the store
     * @param next the next-boot definition, or {@code null}
     * @return the state reported to the Agent
     */
    DomainState state(Domain definition, Domain next) {
        Set<String> off = new HashSet<>();
        if (detached != null && state != VmPowerState.HALTED) {
            // a disk removed from the definition since is no longer one of its disks
            definition.getDisks().stream().map(Disk::getVdev).filter(Arrays.asList(detached)::contains).forEach(off::add);
        }
        return new DomainState(definition, state, domid, memoryActual, vcpusOnline, startTime(), next, off);
    }

    private Instant startTime() {
        return startedAt == 0 ? null : Instant.ofEpochMilli(startedAt);
    }

    /** @return a copy to change and commit */
    SimulatedDomain copy() {
        SimulatedDomain d = new SimulatedDomain(uuid);
        d.name = name;
        d.memory = memory;
        d.maxMemory = maxMemory;
        d.vcpus = vcpus;
        d.maxVcpus = maxVcpus;
        d.state = state;
        d.domid = domid;
        d.memoryActual = memoryActual;
        d.vcpusOnline = vcpusOnline;
        d.startedAt = startedAt;
        d.nextBoot = nextBoot;
        d.detached = detached;
        d.volumeDisks = volumeDisks;
        d.revision = revision;
        return d;
    }
}
