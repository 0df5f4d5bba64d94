package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.agent.backend.VmOperation;
import org.xenophilia.agent.backend.NetworkResolver;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.agent.internal.state.NextBootStore;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;

/**
 * The {@code simulated} backend: the embedded default where there is no Xen. It keeps the same state machine as
 * {@code xl} ({@link VmOperation}) and accounts host memory: a domain needs its memory free to start, and what running
 * and paused domains hold (plus dom0's share) is not free. Every change is written atomically to
 * {@code simulated.properties} ({@link SimulatedStateFile}) before the call returns, so a restart (or {@code kill -9})
 * finds every domain in the state last reported; a change that cannot be written is not made. Operations take no time
 * unless given a duration ({@link OperationDurations}).
 * <p>
 * Definitions live in {@link DefinitionStore} ({@code domains/<uuid>.xml}) and are read from there when asked for;
 * in memory each domain is a {@link SimulatedDomain} of fixed size, in a map by uuid that readers iterate without
 * the backend's lock. {@code simulated.properties} holds only the run-time state by uuid. A definition is written
 * before the run-time state that refers to it and removed before it, so after a crash every definition is there and
 * a run-time entry without a definition is dropped.
 * <p>
 * A running domain redefined keeps its definition (what it runs with) and gets a next-boot definition
 * ({@link NextBootStore}), as {@code xl config-update} does: it becomes the definition when the domain reboots or
 * halts. Description and tags, the Agent's own fields, change at once.
 * <p>
 * Disks change as with xl ({@link SimulatedDisks}): added to and removed from definitions, hot-plugged into running
 * domains, and those that name storage volumes resolved whenever a domain is given them.
 */
public final class SimulatedBackend implements HypervisorBackend {

    private static final System.Logger LOG = System.getLogger(SimulatedBackend.class.getName());

    /**
     * The simulated machine.
     *
     * @param hostName the host name reported
     * @param memoryTotal physical memory in bytes
     * @param dom0Memory memory held by dom0, never free
     * @param cpus logical CPUs
     */
    public record Machine(String hostName, long memoryTotal, long dom0Memory, int cpus) {
        /** A 16 GiB, 8-CPU host with 1 GiB for dom0. */
        public static Machine standard(String hostName) {
            return new Machine(hostName, 16L << 30, 1L << 30, 8);
        }
    }

    private final Machine machine;
    private final SimulatedStateFile stateFile;
    private final DefinitionStore store;
    private final NextBootStore nextBootStore;
    private final SimulatedDefinitions definitions;
    private final SimulatedDisks disks;
    private final NetworkResolver networks;
    private final OperationDurations durations = new OperationDurations();
    /**
     * Every domain by uuid, read without the lock. A committed {@link SimulatedDomain} is never changed in place
     * (changes go to a {@link #get copy} that {@link #commit} puts in its place with a new revision), so a reader
     * sees each domain in one committed state.
     */
    private final ConcurrentSkipListMap<String, SimulatedDomain> domains = new ConcurrentSkipListMap<>();
    /** The uuid of each domain's name, for the names' uniqueness; guarded by this. */
    private final Map<String, String> uuidsByName = new HashMap<>();
    private volatile int count;
    /** What running and paused domains hold, in bytes; guarded by this. */
    private long held;
    private long lastRevision;
    private long nextDomid = 1;

    private SimulatedBackend(Machine machine, SimulatedStateFile stateFile, DefinitionStore store,
            NextBootStore nextBootStore, VolumeResolver volumes, NetworkResolver networks) {
        this.machine = machine;
        this.networks = networks;
        this.stateFile = stateFile;
        this.store = store;
        this.nextBootStore = nextBootStore;
        this.definitions = new SimulatedDefinitions(store, nextBootStore);
        this.disks = new SimulatedDisks(this, definitions, volumes);
    }

    /**
     * Opens the simulated host whose state lives in {@code stateDir}, creating an empty one if there is none.
     *
     * @param machine the simulated hardware
     * @param stateDir the state directory
     * @return the backend
     * @throws IOException if the state cannot be read
     */
    public static SimulatedBackend open(Machine machine, Path stateDir) throws IOException {
        return open(machine, stateDir, VolumeResolver.NONE, NetworkResolver.NONE);
    }

    /**
     * Opens the simulated host whose state lives in {@code stateDir}, creating an empty one if there is none.
     *
     * @param machine the simulated hardware
     * @param stateDir the state directory
     * @param volumes how disks that name storage volumes are resolved when they are given to a domain
     * @param networks how vifs that name networks are resolved when they are given to a domain
     * @return the backend
     * @throws IOException if the state cannot be read
     */
    public static SimulatedBackend open(Machine machine, Path stateDir, VolumeResolver volumes,
            NetworkResolver networks) throws IOException {
        SimulatedBackend b = new SimulatedBackend(machine, new SimulatedStateFile(stateDir),
                DefinitionStore.open(stateDir), NextBootStore.open(stateDir), volumes, networks);
        SimulatedStateFile.Contents loaded = b.stateFile.load(b.store);
        b.nextDomid = loaded.nextDomid();
        for (SimulatedDomain d : loaded.domains().values()) {
            d.revision = ++b.lastRevision;
            b.put(d);
        }
        b.loadNextBoot();
        return b;
    }

    /**
     * Reads the next-boot definitions. One stored for the domain still running or paused with the domid it was
     * stored for waits, while it changes the definition; its description and tags are the definition's (a crash may
     * have come before they were written). One whose domain has halted or booted again since is the definition (a
     * crash came before that step). Dropped otherwise.
     */
    private void loadNextBoot() throws IOException {
        for (NextBootStore.Pending p : nextBootStore.loadAll().values()) {
            String uuid = p.definition().getUuid();
            SimulatedDomain d = domains.get(uuid);
            if (d == null) {
                nextBootStore.delete(uuid);
                continue;
            }
            Domain current = store.load(uuid);
            boolean waits = d.state != VmPowerState.HALTED && d.domid == p.domid();
            Domain definition = waits ? DefinitionChanges.withLiveFields(current, p.definition()) : p.definition();
            if (!EcoreUtil.equals(definition, current)) {
                store.save(definition);
                d = d.copy();
                d.define(DomainSpec.of(definition));
                put(d);
            }
            if (waits && !DefinitionChanges.nextBootFields(definition, p.definition()).isEmpty()) {
                d.nextBoot = true;
            } else {
                nextBootStore.delete(uuid);
            }
        }
    }

    @Override
    public String name() {
        return SimulatedBackendFactory.NAME;
    }

    // ---- definitions

    /**
     * Defines a new (halted) domain from a summary (a minimal PV definition with these figures).
     *
     * @param spec its figures
     * @throws BackendException {@code INVALID_VALUE} if the uuid or name is taken or the name is invalid
     */
    public void define(DomainSpec spec) throws BackendException {
        define(spec.toDomain());
    }

    @Override
    public synchronized DomainState define(Domain definition) throws BackendException {
        DomainSpec spec = DomainSpec.checked(definition);
        if (domains.containsKey(spec.uuid())) {
            throw BackendException.invalidValue("uuid", spec.uuid());
        }
        checkNameFree(spec.uuid(), spec.name());
        SimulatedDomain d = new SimulatedDomain(spec);
        definitions.save(definition);
        commit(d, nextDomid);
        return state(d);
    }

    @Override
    public synchronized DomainState redefine(Domain definition) throws BackendException {
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        SimulatedDomain d = get(spec.uuid());
        if (d.state != VmPowerState.HALTED && !d.name.equals(spec.name())) {
            throw BackendException.badPowerState(spec.uuid(), VmPowerState.HALTED, d.state);
        }
        checkNameFree(spec.uuid(), spec.name());
        if (d.state != VmPowerState.HALTED) {
            // the next boot's definition first: a crash before the running one is rewritten loses nothing
            Domain current = definitions.get(spec.uuid());
            Domain running = DefinitionChanges.withLiveFields(current, def);
            Domain next = DefinitionChanges.nextBootFields(current, def).isEmpty() ? null : def;
            definitions.saveNextBoot(spec.uuid(), next, d.domid);
            definitions.save(running);
            d.define(DomainSpec.of(running));
            d.nextBoot = next != null;
        } else {
            definitions.save(def);
            definitions.saveNextBoot(spec.uuid(), null, -1);
            d.define(spec);
            d.nextBoot = false;
        }
        commit(d, nextDomid);
        return state(d);
    }

    @Override
    public synchronized void undefine(String uuid) throws BackendException {
        SimulatedDomain d = get(uuid);
        VmOperation.DESTROY.check(uuid, d.state);
        definitions.delete(uuid);
        // halted: its run-time state is not in the file, which needs no rewrite
        domains.remove(uuid);
        uuidsByName.remove(d.name);
        count--;
    }

    private void checkNameFree(String uuid, String name) throws BackendException {
        String owner = uuidsByName.get(name);
        if (owner != null && !owner.equals(uuid)) {
            throw BackendException.invalidValue("name_label", name);
        }
    }

    /**
     * Makes a domain's next-boot definition its definition (it halted or boots again): the definition is written
     * first, so a crash in between leaves a next-boot definition equal to the definition, dropped at the next start.
     *
     * @param ranAs the domid the domain ran with when the next-boot definition was stored
     */
    private void takeNextBoot(SimulatedDomain d, long ranAs) throws BackendException {
        if (!d.nextBoot) {
            return;
        }
        Domain next = definitions.nextBoot(d.uuid, ranAs);
        if (next != null) {
            definitions.save(next);
            d.define(DomainSpec.of(next));
        }
        d.nextBoot = false;
        definitions.saveNextBoot(d.uuid, null, -1);
    }

    // ---- state

    @Override
    public synchronized HostInfo hostInfo() {
        return new HostInfo(machine.hostName(), machine.memoryTotal(), free(), machine.cpus(), 1, "GenuineIntel",
                "Simulated CPU", 2400, "simulated (Xen 4.17 semantics)");
    }

    private long free() {
        return Math.max(0, machine.memoryTotal() - machine.dom0Memory() - held);
    }

    @Override
    public List<DomainState> domains() throws BackendException {
        List<DomainState> out = new ArrayList<>();
        for (SimulatedDomain d : domains.values()) {
            domain(d.uuid).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public Iterable<DomainSummary> summaries() {
        return () -> domains.values().stream().map(SimulatedDomain::summary).iterator();
    }

    @Override
    public int domainCount() {
        return count;
    }

    @Override
    public Optional<DomainState> domain(String uuid) throws BackendException {
        SimulatedDomain d = domains.get(uuid);
        if (d == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(state(d));
        } catch (BackendException e) {
            if (!domains.containsKey(uuid)) {
                return Optional.empty(); // removed meanwhile, its files with it
            }
            throw e;
        }
    }

    /** @return a committed domain's state, its definitions read now (never older than the domain) */
    private DomainState state(SimulatedDomain d) throws BackendException {
        Domain definition = definitions.get(d.uuid);
        return d.state(definition, d.nextBoot ? definitions.nextBoot(d.uuid, d.domid) : null);
    }

    @Override
    public OptionalLong revision(String uuid) {
        SimulatedDomain d = domains.get(uuid);
        return d == null ? OptionalLong.empty() : OptionalLong.of(d.revision);
    }

    /** @return a copy of the domain to change and then {@link #commit} */
    SimulatedDomain get(String uuid) throws BackendException {
        SimulatedDomain d = domains.get(uuid);
        if (d == null) {
            throw BackendException.noSuchDomain(uuid);
        }
        return d.copy();
    }

    /**
     * Makes a change visible: first on disk, then in memory, with a new revision. If the write fails, nothing
     * changed.
     *
     * @param changed the new state of one domain
     * @param domid the next domid to hand out
     * @throws BackendException {@code FAILED} if the state cannot be written
     */
    private void commit(SimulatedDomain changed, long domid) throws BackendException {
        List<SimulatedDomain> running = new ArrayList<>();
        for (SimulatedDomain d : domains.values()) {
            if (d.state != VmPowerState.HALTED && !d.uuid.equals(changed.uuid)) {
                running.add(d);
            }
        }
        if (changed.state != VmPowerState.HALTED) {
            running.add(changed);
        }
        try {
            stateFile.save(running, domid);
        } catch (IOException e) {
            throw BackendException.failed("cannot save " + stateFile.path(), e);
        }
        changed.revision = ++lastRevision;
        put(changed);
        nextDomid = domid;
    }

    /** Makes a change of one domain visible ({@link #commit(SimulatedDomain, long)}), the next domid unchanged. */
    void commit(SimulatedDomain changed) throws BackendException {
        commit(changed, nextDomid);
    }

    /** Puts a domain in place of its earlier state, keeping the name index, the count and the held memory. */
    private synchronized void put(SimulatedDomain d) {
        SimulatedDomain old = domains.put(d.uuid, d);
        if (old == null) {
            count++;
        } else {
            held -= old.memoryActual;
            if (!old.name.equals(d.name)) {
                uuidsByName.remove(old.name);
            }
        }
        held += d.memoryActual;
        uuidsByName.put(d.name, d.uuid);
    }

    // ---- operations

    /**
     * Makes an operation take time, as it does on a real host (instantaneous by default). The state is checked
     * first, so a refused operation is refused at once; the change happens at the end, in one step; while it
     * waits, the operation reports its progress and may be cancelled ({@link OperationProgress}).
     *
     * @param operation a lifecycle operation as named in {@code simulated.<op>-duration}: {@code start},
     *            {@code clean-shutdown}, {@code hard-shutdown}, {@code clean-reboot}, {@code hard-reboot},
     *            {@code pause}, {@code unpause}
     * @param duration how long it takes, 0 to 10 minutes
     * @throws IllegalArgumentException for another operation or duration
     */
    public void duration(String operation, Duration duration) {
        durations.set(operation, duration);
    }

    /** @return the configured durations, by operation as named in {@link #duration} */
    public Map<String, Duration> durations() {
        return durations.all();
    }

    /** Waits out the operation's duration after checking that it applies to the domain's power state now. */
    private void awaitDuration(VmOperation op, String uuid) throws BackendException {
        durations.await(op, () -> op.check(uuid, get(uuid).state), this);
    }

    @Override
    public void start(String uuid, boolean paused) throws BackendException {
        awaitDuration(VmOperation.START, uuid);
        startNow(uuid, paused);
    }

    private synchronized void startNow(String uuid, boolean paused) throws BackendException {
        SimulatedDomain d = get(uuid);
        VmOperation.START.check(uuid, d.state);
        takeNextBoot(d, d.domid);
        long free = free();
        if (d.memory > free) {
            throw BackendException.notEnoughMemory(d.memory, free);
        }
        // built from the definition, with every disk attached: a volume or network that cannot be given starts nothing
        Domain def = definitions.get(uuid);
        networks.resolveAll(def);
        d.volumeDisks = disks.resolved(uuid, def);
        d.detached = null;
        d.boot(paused ? VmPowerState.PAUSED : VmPowerState.RUNNING, nextDomid);
        commit(d, nextDomid + 1);
    }

    @Override
    public void shutdown(String uuid, boolean hard) throws BackendException {
        VmOperation op = hard ? VmOperation.HARD_SHUTDOWN : VmOperation.CLEAN_SHUTDOWN;
        awaitDuration(op, uuid);
        shutdownNow(uuid, op);
    }

    private synchronized void shutdownNow(String uuid, VmOperation op) throws BackendException {
        SimulatedDomain d = get(uuid);
        op.check(uuid, d.state);
        long ranAs = d.domid;
        d.halt();
        commit(d, nextDomid);
        if (d.nextBoot) {
            // halted: what was kept for the next boot is simply the definition now
            SimulatedDomain next = d.copy();
            takeNextBoot(next, ranAs);
            commit(next, nextDomid);
        }
    }

    @Override
    public void reboot(String uuid, boolean hard) throws BackendException {
        VmOperation op = hard ? VmOperation.HARD_REBOOT : VmOperation.CLEAN_REBOOT;
        awaitDuration(op, uuid);
        rebootNow(uuid, op);
    }

    private synchronized void rebootNow(String uuid, VmOperation op) throws BackendException {
        SimulatedDomain d = get(uuid);
        op.check(uuid, d.state);
        // A reboot is a new domain with the defined memory and vCPUs, as with xl, from the next-boot definition if
        // the domain was changed while it ran
        Domain nextBoot = d.nextBoot ? definitions.nextBoot(uuid, d.domid) : null;
        long memory = nextBoot == null ? d.memory : DomainSpec.of(nextBoot).memory();
        long free = free() + d.memoryActual;
        if (memory > free) {
            throw BackendException.notEnoughMemory(memory, free);
        }
        if (op == VmOperation.HARD_REBOOT || nextBoot != null) {
            // built afresh (xl destroy + create, or libxl from the configuration xl config-update gave it): every
            // disk attached, volumes resolved again; a clean reboot otherwise keeps what was attached, as libxl does
            Domain def = nextBoot != null ? nextBoot : definitions.get(uuid);
            networks.resolveAll(def);
            d.volumeDisks = disks.resolved(uuid, def);
            d.detached = null;
        }
        if (nextBoot != null) {
            d.define(DomainSpec.of(nextBoot));
        }
        d.nextBoot = false;
        d.boot(VmPowerState.RUNNING, nextDomid);
        commit(d, nextDomid + 1);
        if (nextBoot != null) {
            // rebooted: the next-boot file, stored for the old domid, is the definition from now on (a crash before
            // it is moved leaves it to the next start, which takes it); so a failure to move it fails nothing
            try {
                store.save(nextBoot);
                nextBootStore.delete(uuid);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the next-boot definition of " + d.name + " is taken at"
                        + " the next start: " + e.getMessage());
            }
        }
    }

    @Override
    public void pause(String uuid) throws BackendException {
        switchState(VmOperation.PAUSE, uuid, VmPowerState.PAUSED);
    }

    @Override
    public void unpause(String uuid) throws BackendException {
        switchState(VmOperation.UNPAUSE, uuid, VmPowerState.RUNNING);
    }

    /** Pause and unpause: after the operation's simulated duration, the domain is in its new power state. */
    private void switchState(VmOperation op, String uuid, VmPowerState to) throws BackendException {
        awaitDuration(op, uuid);
        synchronized (this) {
            SimulatedDomain d = get(uuid);
            op.check(uuid, d.state);
            d.state = to;
            commit(d, nextDomid);
        }
    }

    @Override
    public synchronized void setMemory(String uuid, long bytes) throws BackendException {
        SimulatedDomain d = get(uuid);
        VmOperation.CHANGING_MEMORY_LIVE.check(uuid, d.state);
        if (bytes < (16L << 20) || bytes > d.maxMemory) {
            throw BackendException.invalidValue("memory", Long.toString(bytes));
        }
        long growth = bytes - d.memoryActual;
        long free = free();
        if (growth > free) {
            throw BackendException.notEnoughMemory(growth, free);
        }
        d.memoryActual = bytes;
        commit(d, nextDomid);
    }

    @Override
    public synchronized void setVcpus(String uuid, int vcpus) throws BackendException {
        SimulatedDomain d = get(uuid);
        VmOperation.CHANGING_VCPUS_LIVE.check(uuid, d.state);
        if (vcpus < 1 || vcpus > d.maxVcpus) {
            throw BackendException.invalidValue("VCPUs_number", Integer.toString(vcpus));
        }
        // as xl vcpu-set (without --ignore-host): more vCPUs than host CPUs may be defined and booted (xl create
        // does not check), but bringing more online than the host has CPUs is refused; lowering is always allowed
        if (vcpus > d.vcpusOnline && vcpus > machine.cpus()) {
            throw BackendException.notEnoughPcpus(vcpus, machine.cpus());
        }
        d.vcpusOnline = vcpus;
        commit(d, nextDomid);
    }

    @Override
    public synchronized void addDisk(String uuid, Disk disk) throws BackendException {
        disks.add(uuid, disk);
    }

    @Override
    public synchronized void removeDisk(String uuid, String vdev) throws BackendException {
        disks.remove(uuid, vdev);
    }

    @Override
    public synchronized void plugDisk(String uuid, String vdev) throws BackendException {
        disks.plug(uuid, vdev);
    }

    @Override
    public synchronized void unplugDisk(String uuid, String vdev) throws BackendException {
        disks.unplug(uuid, vdev);
    }

    @Override
    public void close() {
        // state is saved after every change
    }
}
