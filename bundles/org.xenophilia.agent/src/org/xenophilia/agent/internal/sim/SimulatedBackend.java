package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.agent.internal.state.NextBootStore;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.Vif;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.xenapi.VmPowerState;

/**
 * The {@code simulated} backend: the embedded default where there is no Xen. It keeps the same state machine as
 * {@code xl} (see {@link HypervisorBackend}) and accounts host memory: a domain needs its memory free to start, and
 * what running and paused domains hold (plus dom0's share) is not free. Every change is written atomically to
 * {@code simulated.properties} in the state directory before the call returns, so a restart (or {@code kill -9})
 * finds every domain in the state last reported; a change that cannot be written is not made. Operations take no
 * time (configurable durations are a later addition).
 * <p>
 * Definitions live in {@link DefinitionStore} ({@code domains/<uuid>.xml}); {@code simulated.properties} holds only
 * the run-time state by uuid. A definition is written before the run-time state that refers to it and removed
 * before it, so after a crash every definition is there and a run-time entry without a definition is dropped.
 * <p>
 * A running domain redefined keeps its definition (what it runs with) and gets a next-boot definition
 * ({@link NextBootStore}), as {@code xl config-update} does: it becomes the definition when the domain reboots or
 * halts. Description and tags, the Agent's own fields, change at once.
 */
public final class SimulatedBackend implements HypervisorBackend {

    /** The state file, in the state directory. */
    public static final String STATE_FILE = "simulated.properties";

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

    private static final class Sim {
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

        DomainState snapshot() {
            return new DomainState(EcoreUtil.copy(definition), state, domid, memoryActual, vcpusOnline,
                    startedAt == 0 ? null : Instant.ofEpochMilli(startedAt),
                    nextBoot == null ? null : EcoreUtil.copy(nextBoot));
        }

        Sim copy() {
            Sim d = new Sim();
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

    private final Machine machine;
    private final Path stateFile;
    private final DefinitionStore store;
    private final NextBootStore nextBootStore;
    private final Map<String, Sim> domains = new LinkedHashMap<>();
    /**
     * The revision of each domain's current {@link Sim}, readable without the lock. A committed Sim is never changed
     * in place (changes go to a {@link #get copy} that {@link #commit} replaces it with), so a new revision per commit
     * covers every change.
     */
    private final Map<String, Long> revisions = new java.util.concurrent.ConcurrentHashMap<>();
    private long lastRevision;
    private long nextDomid = 1;

    private SimulatedBackend(Machine machine, Path stateFile, DefinitionStore store, NextBootStore nextBootStore) {
        this.machine = machine;
        this.stateFile = stateFile;
        this.store = store;
        this.nextBootStore = nextBootStore;
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
        SimulatedBackend b = new SimulatedBackend(machine, stateDir.resolve(STATE_FILE),
                DefinitionStore.open(stateDir), NextBootStore.open(stateDir));
        b.load();
        return b;
    }

    @Override
    public String name() {
        return "simulated";
    }

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
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        if (domains.containsKey(spec.uuid())) {
            throw BackendException.invalidValue("uuid", spec.uuid());
        }
        checkNameFree(spec.uuid(), spec.name());
        Sim d = new Sim();
        d.definition = def;
        d.spec = spec;
        storeDefinition(def);
        commit(d, nextDomid);
        return d.snapshot();
    }

    @Override
    public synchronized DomainState redefine(Domain definition) throws BackendException {
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        Sim d = get(spec.uuid());
        if (d.state != VmPowerState.HALTED && !d.spec.name().equals(spec.name())) {
            throw BackendException.badPowerState(spec.uuid(), VmPowerState.HALTED, d.state);
        }
        checkNameFree(spec.uuid(), spec.name());
        if (d.state != VmPowerState.HALTED) {
            // the next boot's definition first: a crash before the running one is rewritten loses nothing
            Domain running = DefinitionChanges.withLiveFields(d.definition, def);
            Domain next = DefinitionChanges.nextBootFields(d.definition, def).isEmpty() ? null : def;
            storeNextBoot(spec.uuid(), next, d.domid);
            storeDefinition(running);
            d.definition = running;
            d.spec = DomainSpec.of(running);
            d.nextBoot = next;
        } else {
            storeDefinition(def);
            storeNextBoot(spec.uuid(), null, -1);
            d.definition = def;
            d.spec = spec;
            d.nextBoot = null;
        }
        commit(d, nextDomid);
        return d.snapshot();
    }

    private void storeNextBoot(String uuid, Domain next, long domid) throws BackendException {
        try {
            if (next == null) {
                nextBootStore.delete(uuid);
            } else {
                nextBootStore.save(next, domid);
            }
        } catch (IOException e) {
            throw failed("cannot save the next-boot definition of " + uuid, e);
        }
    }

    /**
     * Makes a domain's next-boot definition its definition (it halted or boots again): the definition is written
     * first, so a crash in between leaves a next-boot definition equal to the definition, dropped at the next start.
     */
    private void takeNextBoot(Sim d) throws BackendException {
        if (d.nextBoot == null) {
            return;
        }
        storeDefinition(d.nextBoot);
        d.definition = d.nextBoot;
        d.spec = DomainSpec.of(d.nextBoot);
        d.nextBoot = null;
        storeNextBoot(d.spec.uuid(), null, -1);
    }

    @Override
    public synchronized void undefine(String uuid) throws BackendException {
        Sim d = get(uuid);
        require(d, VmPowerState.HALTED);
        try {
            nextBootStore.delete(uuid);
            store.delete(uuid);
        } catch (IOException e) {
            throw failed("cannot remove the definition of " + uuid, e);
        }
        Map<String, Sim> next = new LinkedHashMap<>(domains);
        next.remove(uuid);
        try {
            save(next, nextDomid);
        } catch (IOException e) {
            // the definition is gone, so the stale run-time entry is dropped at the next start
        }
        domains.remove(uuid);
        revisions.remove(uuid);
    }

    private void checkNameFree(String uuid, String name) throws BackendException {
        for (Sim d : domains.values()) {
            if (d.spec.name().equals(name) && !d.spec.uuid().equals(uuid)) {
                throw BackendException.invalidValue("name_label", name);
            }
        }
    }

    private void storeDefinition(Domain def) throws BackendException {
        try {
            store.save(def);
        } catch (IOException e) {
            throw failed("cannot save the definition of " + def.getUuid(), e);
        }
    }

    private static BackendException failed(String what, IOException e) {
        return new BackendException(BackendException.Kind.FAILED, what + ": " + e.getMessage(),
                List.of(String.valueOf(e.getMessage())));
    }

    /**
     * Defines three small demo domains if no domain is defined yet: PVH guests as an admin would write them (kernel,
     * a disk, a network interface, tags), so that every view and the domain editor have something real to show.
     */
    public synchronized void seedDemoDomains() throws BackendException {
        if (!domains.isEmpty()) {
            return;
        }
        define(demo("demo-web", "demo: a small PVH web server", 512, 1024, 1, 2, "00:16:3e:de:00:01", "web",
                "production"));
        define(demo("demo-db", "demo: a database", 2048, 4096, 2, 4, "00:16:3e:de:00:02", "db", "production"));
        define(demo("demo-build", "demo: a build machine", 4096, 4096, 4, 4, "00:16:3e:de:00:03", "ci"));
    }

    private static Domain demo(String name, String description, int memoryMiB, int maxMemoryMiB, int vcpus,
            int maxVcpus, String mac, String... tags) {
        Domain d = new DomainSpec(UUID.randomUUID().toString(), name, description, (long) memoryMiB << 20,
                (long) maxMemoryMiB << 20, vcpus, maxVcpus).toDomain();
        d.setType(DomainType.PVH);
        d.setKernel("/boot/vmlinuz-6.1.0-demo");
        d.setRamdisk("/boot/initrd.img-6.1.0-demo");
        d.setCmdline("root=/dev/xvda1 ro console=hvc0");
        Disk disk = DomainFactory.eINSTANCE.createDisk();
        disk.setTarget("/var/lib/xen/images/" + name + ".img");
        disk.setFormat(DiskFormat.RAW);
        disk.setVdev("xvda");
        disk.setAccess(DiskAccess.RW);
        d.getDisks().add(disk);
        Vif vif = DomainFactory.eINSTANCE.createVif();
        vif.setMac(mac);
        vif.setBridge("xenbr0");
        d.getVifs().add(vif);
        d.getTags().addAll(List.of(tags));
        return d;
    }

    @Override
    public synchronized HostInfo hostInfo() {
        return new HostInfo(machine.hostName(), machine.memoryTotal(), free(), machine.cpus(), 1, "GenuineIntel",
                "Simulated CPU", 2400, "simulated (Xen 4.17 semantics)");
    }

    private long free() {
        long used = machine.dom0Memory();
        for (Sim d : domains.values()) {
            used += d.memoryActual;
        }
        return Math.max(0, machine.memoryTotal() - used);
    }

    @Override
    public synchronized List<DomainState> domains() {
        List<DomainState> out = new ArrayList<>(domains.size());
        for (Sim d : domains.values()) {
            out.add(d.snapshot());
        }
        return out;
    }

    @Override
    public synchronized Optional<DomainState> domain(String uuid) {
        Sim d = domains.get(uuid);
        return d == null ? Optional.empty() : Optional.of(d.snapshot());
    }

    @Override
    public java.util.OptionalLong revision(String uuid) {
        Long r = revisions.get(uuid);
        return r == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(r);
    }

    /** @return a copy of the domain to change and then {@link #commit} */
    private Sim get(String uuid) throws BackendException {
        Sim d = domains.get(uuid);
        if (d == null) {
            throw BackendException.noSuchDomain(uuid);
        }
        return d.copy();
    }

    /**
     * Makes a change visible: first on disk, then in memory. If the write fails, nothing changed.
     *
     * @param changed the new state of one domain
     * @param domid the next domid to hand out
     * @throws BackendException {@code FAILED} if the state cannot be written
     */
    private void commit(Sim changed, long domid) throws BackendException {
        Map<String, Sim> next = new LinkedHashMap<>(domains);
        next.put(changed.spec.uuid(), changed);
        try {
            save(next, domid);
        } catch (IOException e) {
            throw new BackendException(BackendException.Kind.FAILED, "cannot save " + stateFile + ": "
                    + e.getMessage(), List.of(String.valueOf(e.getMessage())));
        }
        domains.put(changed.spec.uuid(), changed);
        revisions.put(changed.spec.uuid(), ++lastRevision);
        nextDomid = domid;
    }

    /** The operations whose duration can be set, as named in {@code simulated.<op>-duration}. */
    public static final List<String> TIMED_OPERATIONS = List.of("start", "clean-shutdown", "hard-shutdown",
            "clean-reboot", "hard-reboot", "pause", "unpause");
    /** The longest duration an operation may be given. */
    public static final Duration MAX_DURATION = Duration.ofMinutes(10);

    private final Map<String, Duration> durations = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Makes an operation take time, as it does on a real host (instantaneous by default). The state is checked
     * first, so a refused operation is refused at once; the change happens at the end, in one step; while it
     * waits, the operation reports its progress and may be cancelled ({@link OperationProgress}).
     *
     * @param operation one of {@link #TIMED_OPERATIONS}
     * @param duration how long it takes, 0 to {@link #MAX_DURATION}
     */
    public void duration(String operation, Duration duration) {
        if (!TIMED_OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "' (" + TIMED_OPERATIONS + ")");
        }
        if (duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration of " + operation + " must be 0 to " + MAX_DURATION + ": "
                    + duration);
        }
        durations.put(operation, duration);
    }

    /** @return the configured durations */
    public Map<String, Duration> durations() {
        return Map.copyOf(durations);
    }

    @FunctionalInterface
    private interface Check {
        void run() throws BackendException;
    }

    /**
     * The part of an operation before its change, with the {@linkplain OperationProgress.Step steps} and
     * cancellation the xl backend has: the state is checked ({@code CHECKED}), then the operation waits out its
     * duration ({@code STARTED} rising to {@code DONE}), cancellable all along since nothing has changed yet; then it
     * stops being cancellable and the caller makes the change in one step. An instantaneous operation is
     * cancellable only until it begins.
     */
    private void simulate(String operation, Check check) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        Duration d = durations.getOrDefault(operation, Duration.ZERO);
        if (d.isZero()) {
            progress.cancellable(false);
            OperationProgress.checkCancelled();
            return;
        }
        synchronized (this) {
            check.run();
        }
        progress.report(OperationProgress.Step.CHECKED);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.STARTED);
        double from = OperationProgress.Step.STARTED.fraction;
        double to = OperationProgress.Step.DONE.fraction;
        long total = d.toNanos();
        long begin = System.nanoTime();
        for (long elapsed = 0; elapsed < total; elapsed = System.nanoTime() - begin) {
            OperationProgress.checkCancelled();
            progress.report(from + (to - from) * elapsed / total);
            try {
                Thread.sleep(Math.max(1, Math.min(50, (total - elapsed) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException();
            }
        }
        // in this order: a cancel accepted before the task stops offering it is honoured here
        progress.cancellable(false);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.DONE);
    }

    private static void requireRunning(Sim d, boolean hard) throws BackendException {
        if (!(d.state == VmPowerState.RUNNING || hard && d.state == VmPowerState.PAUSED)) {
            throw BackendException.badPowerState(d.spec.uuid(), VmPowerState.RUNNING, d.state);
        }
    }

    private static void require(Sim d, VmPowerState expected) throws BackendException {
        if (d.state != expected) {
            throw BackendException.badPowerState(d.spec.uuid(), expected, d.state);
        }
    }

    @Override
    public void start(String uuid, boolean paused) throws BackendException {
        simulate("start", () -> require(get(uuid), VmPowerState.HALTED));
        startNow(uuid, paused);
    }

    private synchronized void startNow(String uuid, boolean paused) throws BackendException {
        Sim d = get(uuid);
        require(d, VmPowerState.HALTED);
        takeNextBoot(d);
        long free = free();
        if (d.spec.memory() > free) {
            throw BackendException.notEnoughMemory(d.spec.memory(), free);
        }
        d.state = paused ? VmPowerState.PAUSED : VmPowerState.RUNNING;
        d.domid = nextDomid;
        d.memoryActual = d.spec.memory();
        d.vcpusOnline = d.spec.vcpus();
        d.startedAt = System.currentTimeMillis();
        commit(d, nextDomid + 1);
    }

    @Override
    public void shutdown(String uuid, boolean hard) throws BackendException {
        simulate(hard ? "hard-shutdown" : "clean-shutdown", () -> requireRunning(get(uuid), hard));
        shutdownNow(uuid, hard);
    }

    private synchronized void shutdownNow(String uuid, boolean hard) throws BackendException {
        Sim d = get(uuid);
        if (!(d.state == VmPowerState.RUNNING || hard && d.state == VmPowerState.PAUSED)) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        d.state = VmPowerState.HALTED;
        d.domid = -1;
        d.memoryActual = 0;
        d.vcpusOnline = 0;
        d.startedAt = 0;
        commit(d, nextDomid);
        // halted: what was kept for the next boot is simply the definition now
        takeNextBoot(d);
    }

    @Override
    public void reboot(String uuid, boolean hard) throws BackendException {
        simulate(hard ? "hard-reboot" : "clean-reboot", () -> requireRunning(get(uuid), hard));
        rebootNow(uuid, hard);
    }

    private synchronized void rebootNow(String uuid, boolean hard) throws BackendException {
        Sim d = get(uuid);
        if (!(d.state == VmPowerState.RUNNING || hard && d.state == VmPowerState.PAUSED)) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        // A reboot is a new domain with the defined memory and vCPUs, as with xl, from the next-boot definition if
        // the domain was changed while it ran
        DomainSpec next = d.nextBoot == null ? d.spec : DomainSpec.of(d.nextBoot);
        long free = free() + d.memoryActual;
        if (next.memory() > free) {
            throw BackendException.notEnoughMemory(next.memory(), free);
        }
        takeNextBoot(d);
        d.state = VmPowerState.RUNNING;
        d.domid = nextDomid;
        d.memoryActual = d.spec.memory();
        d.vcpusOnline = d.spec.vcpus();
        d.startedAt = System.currentTimeMillis();
        commit(d, nextDomid + 1);
    }

    @Override
    public void pause(String uuid) throws BackendException {
        switchState("pause", uuid, VmPowerState.RUNNING, VmPowerState.PAUSED);
    }

    @Override
    public void unpause(String uuid) throws BackendException {
        switchState("unpause", uuid, VmPowerState.PAUSED, VmPowerState.RUNNING);
    }

    /** Pause and unpause: after the operation's simulated duration, one power state becomes the other. */
    private void switchState(String operation, String uuid, VmPowerState from, VmPowerState to)
            throws BackendException {
        simulate(operation, () -> require(get(uuid), from));
        switchStateNow(uuid, from, to);
    }

    private synchronized void switchStateNow(String uuid, VmPowerState from, VmPowerState to)
            throws BackendException {
        Sim d = get(uuid);
        require(d, from);
        d.state = to;
        commit(d, nextDomid);
    }

    @Override
    public synchronized void setMemory(String uuid, long bytes) throws BackendException {
        Sim d = get(uuid);
        if (d.state == VmPowerState.HALTED || d.state == VmPowerState.SUSPENDED) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        if (bytes < (16L << 20) || bytes > d.spec.maxMemory()) {
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
        Sim d = get(uuid);
        if (d.state == VmPowerState.HALTED || d.state == VmPowerState.SUSPENDED) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        if (vcpus < 1 || vcpus > d.spec.maxVcpus()) {
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
    public void close() {
        // state is saved after every change
    }

    private void save(Map<String, Sim> all, long domid) throws IOException {
        Properties p = new Properties();
        p.setProperty("next-domid", Long.toString(domid));
        for (Sim d : all.values()) {
            String k = "domain." + d.spec.uuid() + ".";
            p.setProperty(k + "state", d.state.wireName());
            p.setProperty(k + "domid", Long.toString(d.domid));
            p.setProperty(k + "memory-actual", Long.toString(d.memoryActual));
            p.setProperty(k + "vcpus-online", Integer.toString(d.vcpusOnline));
            p.setProperty(k + "started-at", Long.toString(d.startedAt));
        }
        StringWriter w = new StringWriter();
        p.store(w, "xenophiliad simulated backend: run-time state by domain uuid (definitions are in domains/)");
        AtomicFiles.write(stateFile, w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
    }

    private void load() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(stateFile)) {
            p.load(new StringReader(Files.readString(stateFile, StandardCharsets.UTF_8)));
        }
        try {
            nextDomid = Long.parseLong(p.getProperty("next-domid", "1"));
            migrate(p);
            for (Domain def : store.loadAll()) {
                Sim d = new Sim();
                d.definition = def;
                d.spec = DomainSpec.of(def);
                String k = "domain." + d.spec.uuid() + ".";
                String state = p.getProperty(k + "state", "Halted");
                for (VmPowerState s : VmPowerState.values()) {
                    if (s.wireName().equals(state)) {
                        d.state = s;
                    }
                }
                if (d.state != VmPowerState.HALTED) {
                    d.domid = Long.parseLong(p.getProperty(k + "domid", "-1"));
                    d.memoryActual = Long.parseLong(p.getProperty(k + "memory-actual", "0"));
                    d.vcpusOnline = Integer.parseInt(p.getProperty(k + "vcpus-online", "0"));
                    d.startedAt = Long.parseLong(p.getProperty(k + "started-at", "0"));
                }
                domains.put(d.spec.uuid(), d);
                revisions.put(d.spec.uuid(), ++lastRevision);
            }
            loadNextBoot();
        } catch (RuntimeException e) {
            throw new IOException(stateFile + " is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the next-boot definitions: kept for running and paused domains whose definition they change; made the
     * definition of a halted domain (a crash came between the halt and that step); dropped otherwise.
     */
    private void loadNextBoot() throws IOException {
        for (NextBootStore.Pending p : nextBootStore.loadAll().values()) {
            String uuid = p.definition().getUuid();
            Sim d = domains.get(uuid);
            if (d == null || DefinitionChanges.nextBootFields(d.definition, p.definition()).isEmpty()) {
                nextBootStore.delete(uuid);
            } else if (d.state == VmPowerState.HALTED) {
                store.save(p.definition());
                d.definition = p.definition();
                d.spec = DomainSpec.of(p.definition());
                nextBootStore.delete(uuid);
            } else {
                d.nextBoot = p.definition();
            }
        }
    }

    /**
     * Converts the first format of {@code simulated.properties} ({@code domain.<index>.uuid}, {@code .name},
     * {@code .memory} ... with the definition inside) to definition files and run-time state by uuid. The
     * definitions are written before the state file is rewritten, so an interrupted migration is done again.
     */
    private void migrate(Properties p) throws IOException {
        List<String> indexes = new ArrayList<>();
        for (String k : p.stringPropertyNames()) {
            if (k.matches("domain\\.[0-9]+\\.uuid")) {
                indexes.add(k.substring(7, k.length() - 5));
            }
        }
        if (indexes.isEmpty()) {
            return;
        }
        for (String i : indexes) {
            String k = "domain." + i + ".";
            DomainSpec spec = new DomainSpec(p.getProperty(k + "uuid"), p.getProperty(k + "name"),
                    p.getProperty(k + "description", ""), Long.parseLong(p.getProperty(k + "memory")),
                    Long.parseLong(p.getProperty(k + "max-memory")), Integer.parseInt(p.getProperty(k + "vcpus")),
                    Integer.parseInt(p.getProperty(k + "max-vcpus")));
            store.save(spec.toDomain());
            String n = "domain." + spec.uuid() + ".";
            for (String field : List.of("state", "domid", "memory-actual", "vcpus-online")) {
                String v = p.getProperty(k + field);
                if (v != null) {
                    p.setProperty(n + field, v);
                }
            }
            for (String key : List.copyOf(p.stringPropertyNames())) {
                if (key.startsWith(k)) {
                    p.remove(key);
                }
            }
        }
        StringWriter w = new StringWriter();
        p.store(w, "xenophiliad simulated backend: run-time state by domain uuid (definitions are in domains/)");
        AtomicFiles.write(stateFile, w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
    }
}
