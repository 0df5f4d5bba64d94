package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainNames;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.agent.backend.VmOperation;
import org.xenophilia.agent.backend.NetworkResolver;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.output.XlErrorClassifier;
import org.xenophilia.xl.output.XlInfo;
import org.xenophilia.xl.output.XlOutputFormatException;

/**
 * The {@code xl} backend: the real Xen toolstack, driven through {@link XlCommandRunner} (no shell, a timeout per
 * command, bounded output). Definitions and what changes at a domain's next boot are {@link XlDefinitions}'; the live
 * state is one look at {@code xl list -v} ({@link XlDomainList}); changes made behind the Agent's back are found by
 * {@link XlWatcher}. Domains are addressed by their name, which is checked with {@link DomainNames} before it is put
 * on a command line.
 * <p>
 * A domain of the host without a definition here is not shown; dom0 is not shown. A domain that has shut down but is
 * still listed ({@code --ps--}) is Halted; one this backend is still building is Halted until {@code xl create}
 * returns, as in xapi.
 * <p>
 * An operation looks at the list once before its command (to refuse what {@link VmOperation} does not allow in the
 * domain's power state, as xl would: {@code xl pause} of a paused domain is not refused by xl, it pauses it twice)
 * and once after it, for what is published; the look of the read that precedes an operation in the same API call is
 * reused ({@link LookHandoff}).
 * <p>
 * Operations report their {@linkplain OperationProgress.Step steps} to the task running them and can be cancelled
 * until their command starts; {@code xl create} can be cancelled while it builds (it is killed and what it built is
 * destroyed), and a clean shutdown while it waits for the guest (the guest was asked and may still act on it).
 * <p>
 * Errors are classified with {@link XlErrorClassifier}: not enough memory, unknown domains (the domain went away:
 * a bad power state, as xapi says), {@code xl unpause} of a running domain (exit 0 but an error on stderr: a bad
 * power state), a duplicate name (another domain on the host has it), configuration errors and everything else (a
 * clear message). A failed {@code xl create} leaves no domain behind (a half-built one is destroyed) and the
 * definition unchanged. A hard reboot (destroy, create) and a start take the next-boot definition directly.
 */
public final class XlBackend implements HypervisorBackend {

    private static final System.Logger LOG = System.getLogger(XlBackend.class.getName());
    private static final long MIB = 1L << 20;
    private static final Duration SHUTDOWN_POLL = Duration.ofMillis(100);

    private final XlSettings settings;
    private final XlCommandRunner xl;
    private final XlDefinitions definitions;
    private final XlDomainList list;
    private final XlWatcher watcher;
    private final XlCreate creator;
    private final XlDisks disks;
    /** Held by every operation, so that each decides on a look no other operation has made stale. */
    private final Object operations = new Object();
    /** One look at {@code xl list} shared by the calls of one API call (see {@link LookHandoff}). */
    private final LookHandoff<Map<String, LiveDomain>> looks = new LookHandoff<>();

    private XlBackend(XlSettings settings, XlCommandRunner xl, XlDefinitions definitions, VolumeResolver volumes) {
        this.settings = settings;
        this.xl = xl;
        this.definitions = definitions;
        this.list = new XlDomainList(xl);
        this.watcher = new XlWatcher(settings.pollInterval(), this::summaries);
        this.creator = new XlCreate(xl, settings.commandTimeout(), definitions, list,
                () -> info().freeMemoryMiB() * MIB);
        this.disks = new XlDisks(xl, definitions, volumes);
    }

    /**
     * Opens the backend with the definitions kept in {@code stateDir}. No xl command is run yet, unless a crash left
     * an operation to finish ({@link #recover}).
     *
     * @param settings how to run xl
     * @param stateDir the state directory
     * @param volumes how disks that name storage volumes are resolved when xl is given them
     * @param networks how vifs that name networks are given their bridges when xl is given them
     * @return the backend
     * @throws IOException if the definitions cannot be read, or xl is not an executable file
     */
    public static XlBackend open(XlSettings settings, Path stateDir, VolumeResolver volumes,
            NetworkResolver networks) throws IOException {
        if (!Files.isExecutable(settings.xl()) || Files.isDirectory(settings.xl())) {
            throw new IOException("the xl backend needs the xl toolstack: " + settings.xl()
                    + " is not an executable file (set xl.path, or use --backend simulated)");
        }
        XlCommandRunner xl = new XlCommandRunner(settings.xl(), settings.commandTimeout());
        XlBackend backend = new XlBackend(settings, xl, XlDefinitions.open(stateDir, xl, volumes, networks),
                volumes);
        try {
            backend.recover();
        } catch (BackendException e) {
            throw new IOException("cannot finish what the Agent was doing when it stopped: " + e.getMessage(), e);
        }
        return backend;
    }

    /**
     * Finishes what a crash of the Agent interrupted (killed with it, under systemd, are the xl commands it ran):
     * a domain xl was still building when killed (left paused, half-built) is destroyed, so a start is undone; a hard
     * reboot whose domain was destroyed is completed (the domain is built again); the next-boot definitions of
     * running domains are given to xl again ({@code xl config-update}), in case the crash came before xl had one; and
     * a hot-plug of a disk is looked up in xl ({@link XlDisks#recover}).
     */
    private void recover() throws BackendException, IOException {
        Map<String, String> building = definitions.building();
        if (building.isEmpty() && !definitions.anyNextBoot() && definitions.detached().interrupted().isEmpty()) {
            return;
        }
        Map<String, LiveDomain> look = list.look();
        disks.recover(look);
        for (Map.Entry<String, String> b : building.entrySet()) {
            String uuid = b.getKey();
            String[] what = b.getValue().split(" ");
            boolean reboot = what[0].equals("reboot");
            LiveDomain live = look.get(uuid);
            boolean untouched = reboot && live != null && Integer.toString(live.domid()).equals(what[1]);
            if (live != null && !untouched && live.state() == VmPowerState.PAUSED) {
                LOG.log(System.Logger.Level.WARNING, "destroying domain " + live.domid() + ", half-built by an xl"
                        + " create the Agent's stop interrupted");
                xl.run("destroy", Integer.toString(live.domid()));
                live = null;
            }
            if (reboot && live == null) {
                definitions.settle(uuid, Optional.empty());
                try {
                    creator.create(definitions.get(uuid), false, OperationProgress.current(), false);
                } catch (BackendException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot finish the hard reboot of " + uuid
                            + " the Agent's stop interrupted; it stays halted: " + e.getMessage());
                }
            }
            definitions.clearBuilding(uuid);
        }
        definitions.reconfigureWaiting(look);
    }

    @Override
    public String name() {
        return XlBackendFactory.NAME;
    }

    @Override
    public HostInfo hostInfo() throws BackendException {
        XlInfo info = info();
        int cpus = info.nrCpus();
        int perSocket = info.coresPerSocket().orElse(cpus) * info.threadsPerCore().orElse(1);
        int sockets = perSocket > 0 ? Math.max(1, cpus / perSocket) : 1;
        return new HostInfo(info.host().orElse(""), info.totalMemoryMiB() * MIB, info.freeMemoryMiB() * MIB, cpus,
                sockets, "", "", Math.round(info.cpuMhz().orElse(0)), info.xenVersion().orElse(""),
                list.dom0Vcpus());
    }

    private XlInfo info() throws BackendException {
        XlCommandRunner.Result r = xl.run("info").succeeded();
        try {
            return XlInfo.parse(r.stdout());
        } catch (XlOutputFormatException e) {
            throw BackendException.failed("cannot read the output of xl info: " + e.getMessage());
        }
    }

    // ---- definitions

    @Override
    public DomainState define(Domain definition) throws BackendException {
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        definitions.add(def, spec);
        return definitions.state(def, Optional.empty());
    }

    @Override
    public DomainState redefine(Domain definition) throws BackendException {
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        synchronized (operations) {
            Domain old = definitions.get(spec.uuid());
            Optional<LiveDomain> live = Optional.ofNullable(list.look().get(spec.uuid()));
            VmPowerState now = live.map(LiveDomain::state).orElse(VmPowerState.HALTED);
            if (now != VmPowerState.HALTED && !old.getName().equals(spec.name())) {
                throw BackendException.badPowerState(spec.uuid(), VmPowerState.HALTED, now);
            }
            definitions.settle(spec.uuid(), live);
            if (now != VmPowerState.HALTED) {
                return definitions.state(definitions.redefineRunning(def, live.get()), live);
            }
            definitions.replace(def, spec);
            return definitions.state(def, live);
        }
    }

    @Override
    public void undefine(String uuid) throws BackendException {
        synchronized (operations) {
            try {
                definitions.get(uuid);
                LiveDomain live = list.look().get(uuid);
                VmOperation.DESTROY.check(uuid, live == null ? VmPowerState.HALTED : live.state());
                definitions.remove(uuid);
            } finally {
                touched(uuid);
            }
        }
    }

    // ---- state

    @Override
    public List<DomainState> domains() throws BackendException {
        Map<String, LiveDomain> live = readLook();
        List<DomainState> out = new ArrayList<>();
        for (Domain d : definitions.all()) {
            out.add(definitions.state(d, shown(live, d.getUuid())));
        }
        return out;
    }

    /** @return the look an operation just made for the read that follows it, else a new one */
    private Map<String, LiveDomain> readLook() throws BackendException {
        Map<String, LiveDomain> live = looks.take(LookHandoff.To.READ).orElse(null);
        return live != null ? live : list.look();
    }

    /**
     * One look at {@code xl list}, joined as the caller iterates with the definitions' names: what a listing holds is
     * this look (the domains that exist, not the defined ones) and one summary at a time.
     */
    @Override
    public Iterable<DomainSummary> summaries() throws BackendException {
        Map<String, LiveDomain> live = readLook();
        return () -> definitions.names().entrySet().stream().map(e -> summary(e.getKey(), e.getValue(),
                shown(live, e.getKey()))).iterator();
    }

    private static DomainSummary summary(String uuid, String name, Optional<LiveDomain> live) {
        if (live.isEmpty() || live.get().state() == VmPowerState.HALTED) {
            return new DomainSummary(uuid, name, VmPowerState.HALTED, -1, 0, 0, null);
        }
        LiveDomain l = live.get();
        return new DomainSummary(uuid, name, l.state(), l.domid(), l.memoryBytes(), l.vcpus(), l.started());
    }

    @Override
    public Optional<DomainState> domain(DomainSummary s) throws BackendException {
        Optional<Domain> d = definitions.find(s.uuid());
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Optional<LiveDomain> live = s.powerState() == VmPowerState.HALTED ? Optional.empty()
                : Optional.of(new LiveDomain((int) s.domid(), s.name(), s.powerState(), s.memoryActual(),
                        s.vcpusOnline(), s.startTime()));
        return Optional.of(definitions.state(d.get(), live));
    }

    @Override
    public int domainCount() {
        return definitions.count();
    }

    /** @return what readers are shown of a domain: nothing while this backend is still creating it */
    private Optional<LiveDomain> shown(Map<String, LiveDomain> live, String uuid) {
        return creator.building(uuid) ? Optional.empty() : Optional.ofNullable(live.get(uuid));
    }

    @Override
    public Optional<DomainState> domain(String uuid) throws BackendException {
        Optional<Domain> d = definitions.find(uuid);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LiveDomain> live = looks.take(LookHandoff.To.READ).orElse(null);
        if (live == null) {
            live = list.look();
            // an operation on this domain usually follows in the same API call (VM.pause reads the VM first)
            looks.give(live, LookHandoff.To.OPERATION);
        }
        return Optional.of(definitions.state(d.get(), shown(live, uuid)));
    }

    /** The definition and live state of a domain, for an operation. */
    private record Target(Domain definition, DomainSpec spec, VmPowerState state, int domid) {
    }

    /**
     * Looks at the domain (or takes the look of the read before, in the same API call) and refuses the operation
     * unless it applies in the domain's power state.
     */
    private Target target(String uuid, VmOperation op) throws BackendException {
        LiveDomain live = look(uuid).orElse(null);
        Domain def = definitions.get(uuid);
        VmPowerState s = live == null ? VmPowerState.HALTED : live.state();
        DomainSpec spec = DomainSpec.of(def);
        DomainNames.check(spec.name());
        op.check(uuid, s);
        return new Target(def, spec, s, live == null ? -1 : live.domid());
    }

    /**
     * Looks at the domain (or takes the look of the read before, in the same API call) and settles its next-boot
     * definition.
     */
    private Optional<LiveDomain> look(String uuid) throws BackendException {
        Map<String, LiveDomain> look = looks.take(LookHandoff.To.OPERATION).orElse(null);
        Optional<LiveDomain> live = Optional.ofNullable((look != null ? look : list.look()).get(uuid));
        definitions.settle(uuid, live);
        return live;
    }

    // ---- operations

    @Override
    public void start(String uuid, boolean paused) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        synchronized (operations) {
            try {
                Target t = target(uuid, VmOperation.START);
                progress.report(OperationProgress.Step.CHECKED);
                OperationProgress.checkCancelled();
                definitions.markBuilding(uuid, "start");
                try {
                    creator.create(t.definition(), paused, progress, true);
                } finally {
                    definitions.clearBuilding(uuid);
                }
            } finally {
                touched(uuid);
            }
        }
        progress.report(OperationProgress.Step.DONE);
    }

    @Override
    public void shutdown(String uuid, boolean hard) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        Map<String, LiveDomain> gone = null;
        synchronized (operations) {
            try {
                Target t = target(uuid, hard ? VmOperation.HARD_SHUTDOWN : VmOperation.CLEAN_SHUTDOWN);
                if (hard) {
                    commandStarts(progress);
                    run(t, VmPowerState.RUNNING, "destroy", t.spec().name());
                } else {
                    gone = cleanShutdown(t, progress);
                }
            } finally {
                touched(uuid);
            }
            if (gone != null) {
                looks.give(gone, LookHandoff.To.READ); // the look that found it gone is what is published
            }
        }
        progress.report(OperationProgress.Step.DONE);
    }

    /**
     * {@code xl shutdown -w}, then waiting until xl no longer lists the domain. While xl waits for the guest the task
     * may be cancelled: xl is killed and the domain stays as it is (a guest that ignores the request keeps running;
     * one that acts on it later still shuts down, and the watcher reports it).
     *
     * @return the look that found the domain gone
     */
    private Map<String, LiveDomain> cleanShutdown(Target t, OperationProgress progress) throws BackendException {
        progress.report(OperationProgress.Step.CHECKED);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.STARTED);
        long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
        try {
            XlCommandErrors.check(xl.run(settings.shutdownTimeout(), progress::cancelled, "shutdown", "-w",
                    t.spec().name()), t.spec(), VmPowerState.RUNNING);
        } finally {
            progress.cancellable(false);
        }
        progress.report(OperationProgress.Step.WAITING_FOR_STATE);
        // xl shutdown -w can return while the domain is still listed (--ps--): wait until it is gone
        while (true) {
            Map<String, LiveDomain> look = list.look();
            if (!look.containsKey(t.spec().uuid())) {
                return look;
            }
            if (System.nanoTime() > deadline) {
                throw BackendException.failed(t.spec().name() + " has shut down but is still listed by xl after "
                        + settings.shutdownTimeout().toSeconds() + " s");
            }
            try {
                Thread.sleep(SHUTDOWN_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw BackendException.failed("interrupted");
            }
        }
    }

    /**
     * The power state was checked and the command is about to start: the last point where a cancelled task stops
     * with nothing done; from here on the operation runs to its end.
     */
    private static void commandStarts(OperationProgress progress) {
        progress.report(OperationProgress.Step.CHECKED);
        // in this order: a cancel accepted before the task stops offering it is honoured here
        progress.cancellable(false);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.STARTED);
    }

    @Override
    public void reboot(String uuid, boolean hard) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        synchronized (operations) {
            try {
                Target t = target(uuid, hard ? VmOperation.HARD_REBOOT : VmOperation.CLEAN_REBOOT);
                commandStarts(progress);
                if (hard) {
                    // a reset: the domain is destroyed and built again from its definition, as xapi's hard_reboot,
                    // the next-boot one if it was changed while it ran (not cancellable: stopping between the two
                    // would leave it halted, not as it was; a crash in between is finished by the next start)
                    Optional<Domain> next = definitions.nextBoot(uuid);
                    // a volume that cannot be given to the domain refuses the reboot before it is destroyed
                    definitions.resolved(next.orElse(t.definition()));
                    definitions.markBuilding(uuid, "reboot " + t.domid());
                    try {
                        run(t, VmPowerState.RUNNING, "destroy", t.spec().name());
                        if (next.isPresent()) {
                            definitions.takeNextBoot(next.get());
                        }
                        creator.create(next.orElse(t.definition()), false, progress, false);
                    } finally {
                        definitions.clearBuilding(uuid);
                    }
                } else {
                    run(t, VmPowerState.RUNNING, "reboot", t.spec().name());
                }
            } finally {
                touched(uuid);
            }
        }
        progress.report(OperationProgress.Step.DONE);
    }

    @Override
    public void pause(String uuid) throws BackendException {
        runCommand(uuid, VmOperation.PAUSE, "pause");
    }

    @Override
    public void unpause(String uuid) throws BackendException {
        runCommand(uuid, VmOperation.UNPAUSE, "unpause");
    }

    @Override
    public void setMemory(String uuid, long bytes) throws BackendException {
        runCommand(uuid, VmOperation.CHANGING_MEMORY_LIVE, "mem-set", t -> {
            if (bytes < (16L << 20) || bytes > t.spec().maxMemory()) {
                throw BackendException.invalidValue("memory", Long.toString(bytes));
            }
            return (bytes / 1024) + "k";
        });
    }

    @Override
    public void setVcpus(String uuid, int vcpus) throws BackendException {
        runCommand(uuid, VmOperation.CHANGING_VCPUS_LIVE, "vcpu-set", t -> {
            if (vcpus < 1 || vcpus > t.spec().maxVcpus()) {
                throw BackendException.invalidValue("VCPUs_number", Integer.toString(vcpus));
            }
            return Integer.toString(vcpus);
        });
    }

    /** The argument that follows the domain's name on a command line, checked against the domain. */
    @FunctionalInterface
    private interface Argument {
        String of(Target t) throws BackendException;
    }

    private void runCommand(String uuid, VmOperation op, String command) throws BackendException {
        runCommand(uuid, op, command, null);
    }

    /**
     * Runs {@code xl <command> <name> [argument]} on a domain in a power state the operation applies in: pause,
     * unpause, mem-set, vcpu-set.
     */
    private void runCommand(String uuid, VmOperation op, String command, Argument argument) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        synchronized (operations) {
            try {
                Target t = target(uuid, op);
                String[] args = argument == null ? new String[] {command, t.spec().name()}
                        : new String[] {command, t.spec().name(), argument.of(t)};
                commandStarts(progress);
                run(t, op.powerStates().get(0), args);
            } finally {
                touched(uuid);
            }
        }
        progress.report(OperationProgress.Step.DONE);
    }

    private void run(Target t, VmPowerState expected, String... args) throws BackendException {
        XlCommandErrors.check(xl.run(args), t.spec(), expected);
    }

    // ---- disks

    /** A change of a domain's disks, given the domain as xl shows it. */
    @FunctionalInterface
    private interface DiskOperation {
        void run(Optional<LiveDomain> live) throws BackendException;
    }

    private void diskOperation(String uuid, DiskOperation op) throws BackendException {
        synchronized (operations) {
            try {
                Optional<LiveDomain> live = look(uuid);
                definitions.get(uuid);
                op.run(live.filter(l -> !creator.building(uuid)));
            } finally {
                touched(uuid);
            }
        }
    }

    @Override
    public void addDisk(String uuid, Disk disk) throws BackendException {
        diskOperation(uuid, live -> disks.add(uuid, EcoreUtil.copy(disk), live));
    }

    @Override
    public void removeDisk(String uuid, String vdev) throws BackendException {
        diskOperation(uuid, live -> disks.remove(uuid, vdev, live));
    }

    @Override
    public void plugDisk(String uuid, String vdev) throws BackendException {
        diskOperation(uuid, live -> disks.plug(uuid, vdev, live));
    }

    @Override
    public void unplugDisk(String uuid, String vdev) throws BackendException {
        diskOperation(uuid, live -> disks.unplug(uuid, vdev, live));
    }

    // ---- watching

    /** After an operation on a domain: the watcher reports it at its next look, and no earlier look is reused. */
    private void touched(String uuid) {
        watcher.touched(uuid);
        looks.changed();
    }

    /** Polls {@code xl list} every {@code xl.poll-interval} for changes made behind the Agent's back. */
    @Override
    public void watch(Consumer<String> listener) {
        watcher.start(listener);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
