package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainNames;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorClassifier;
import org.xenophilia.xl.output.XlErrorKind;
import org.xenophilia.xl.output.XlInfo;
import org.xenophilia.xl.output.XlListEntry;
import org.xenophilia.xl.output.XlListOutput;
import org.xenophilia.xl.output.XlOutputFormatException;
import org.xenophilia.xl.output.XlUptimeOutput;

/**
 * The {@code xl} backend: the real Xen toolstack, driven through {@link XlCommandRunner} (no shell, a timeout per
 * command, bounded output). Definitions live in {@link DefinitionStore}; for {@code xl create} a definition becomes
 * {@code xl/<uuid>.cfg} in the state directory ({@link XlDomainCodec#encode}, written atomically). Domains are
 * addressed by their name, which is checked with {@link DomainNames} before it is put on a command line.
 * <p>
 * The live state comes from one command, {@code xl list -v}: each domain's uuid (which ties it to a definition),
 * domid, state flags, current memory and vCPUs. ({@code xl list -l} reads every domain's whole configuration, has no
 * run state and cannot read a domain that is being built, so it is not used.) A domain of the host without a
 * definition here is not shown; dom0 is not shown. A domain that has shut down but is still listed ({@code --ps--})
 * is Halted; one this backend is still building is Halted until {@code xl create} returns, as in xapi.
 * <p>
 * An operation looks at the list once before its command (to refuse a bad power state as xl would: {@code xl pause}
 * of a paused domain is not refused by xl, it pauses it twice) and once after it, for what is published; the look
 * of the read that precedes an operation in the same API call is reused ({@link LookHandoff}).
 * <p>
 * Operations report their {@linkplain OperationProgress.Step steps} to the task running them and can be cancelled
 * until their command starts; {@code xl create} can be cancelled while it builds (it is killed and what it built is
 * destroyed), and a clean shutdown while it waits for the guest (the guest was asked and may still act on it).
 * <p>
 * Errors are classified with {@link XlErrorClassifier}: not enough memory, unknown domains (the domain went away:
 * a bad power state, as xapi says), {@code xl unpause} of a running domain (exit 0 but an error on stderr: a bad
 * power state), a duplicate name (another domain on the host has it), configuration errors and everything else (a
 * clear message). A failed {@code xl create} leaves no domain behind (a half-built one is destroyed) and the
 * definition unchanged.
 * <p>
 * A running domain redefined keeps running with its definition; the new one waits for its next boot
 * ({@link XlNextBoot}) and is handed to xl with {@code xl config-update <domid> <state>/xl/<uuid>.next.cfg}, so that
 * libxl builds the domain from it on any reboot, one the guest asks for included. A hard reboot (destroy, create)
 * and a start take it directly.
 */
public final class XlBackend implements HypervisorBackend {

    private static final System.Logger LOG = System.getLogger(XlBackend.class.getName());
    private static final long MIB = 1L << 20;
    /** dom0's vCPUs as the last look at {@code xl list -v} listed them; 0 before the first look. */
    private volatile int dom0Vcpus;
    private static final Duration SHUTDOWN_POLL = Duration.ofMillis(100);
    /**
     * {@code xl vcpu-set} refusing to bring more vCPUs online than the host has CPUs (without {@code --ignore-host};
     * the text of tools/xl/xl_vcpu.c in Xen 4.17, its spelling included): exit 1.
     */
    private static final java.util.regex.Pattern VCPU_OVERCOMMIT = java.util.regex.Pattern.compile(
            "You are overcomm+itting! You have (\\d+) physical CPUs and want (\\d+) vCPUs");

    /**
     * How the backend runs xl.
     *
     * @param xl the {@code xl} executable
     * @param commandTimeout how long one command may take
     * @param shutdownTimeout how long a clean shutdown may take
     * @param pollInterval how often {@code xl list} is polled for changes made behind the Agent's back
     */
    public record Settings(Path xl, Duration commandTimeout, Duration shutdownTimeout, Duration pollInterval) {
        /** Checks the values. */
        public Settings {
            Objects.requireNonNull(xl, "xl");
            if (commandTimeout.isNegative() || commandTimeout.isZero() || shutdownTimeout.isNegative()
                    || shutdownTimeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("timeouts and the poll interval must be positive");
            }
        }
    }

    /** One domain as xl shows it. */
    private record Live(int domid, String name, VmPowerState state, long memoryBytes, int vcpus, Instant started) {
    }

    private final Settings settings;
    private final XlCommandRunner xl;
    private final DefinitionStore store;
    private final Path cfgDir;
    private final Map<String, Domain> definitions = new LinkedHashMap<>();
    private final XlNextBoot nextBoot;
    private final Object operations = new Object();
    private Thread watcher;
    /** What the watcher saw at its last look, by uuid; an operation removes its domain so the next look reports it. */
    private final Map<String, DomainState> seen = new java.util.concurrent.ConcurrentHashMap<>();
    /** Counts the Agent's operations, so the watcher can tell that one ran while it was looking. */
    private final java.util.concurrent.atomic.AtomicLong operationsDone = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closed;
    /**
     * When each domain was created, by domid, from {@code xl uptime} the first time the domid is listed: asked once
     * per new domain (not per listing), and stable, so that the watcher's comparisons and VM_metrics.start_time do
     * not jitter with the clock.
     */
    private final Map<Integer, Instant> startedByDomid = new HashMap<>();
    private long uptimeFailedAt;
    /** One look at {@code xl list} shared by the calls of one API call (see {@link LookHandoff}). */
    private final LookHandoff<Map<String, Live>> looks = new LookHandoff<>();
    /** Domains whose {@code xl create} runs: Halted to readers until it returns, as xapi shows a start. */
    private final java.util.Set<String> creating = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private XlBackend(Settings settings, DefinitionStore store, Path cfgDir, XlNextBoot nextBoot) {
        this.settings = settings;
        this.xl = new XlCommandRunner(settings.xl(), settings.commandTimeout());
        this.store = store;
        this.cfgDir = cfgDir;
        this.nextBoot = nextBoot;
    }

    /**
     * Opens the backend with the definitions kept in {@code stateDir}. No xl command is run yet.
     *
     * @param settings how to run xl
     * @param stateDir the state directory
     * @return the backend
     * @throws IOException if the definitions cannot be read, or xl is not an executable file
     */
    public static XlBackend open(Settings settings, Path stateDir) throws IOException {
        if (!Files.isExecutable(settings.xl()) || Files.isDirectory(settings.xl())) {
            throw new IOException("the xl backend needs the xl toolstack: " + settings.xl()
                    + " is not an executable file (set xl.path, or use --backend simulated)");
        }
        XlBackend b = new XlBackend(settings, DefinitionStore.open(stateDir),
                AtomicFiles.createDirectory(stateDir.resolve("xl"), AtomicFiles.OWNER_ONLY_DIR),
                XlNextBoot.open(stateDir));
        for (Domain d : b.store.loadAll()) {
            b.definitions.put(d.getUuid(), d);
        }
        return b;
    }

    @Override
    public String name() {
        return "xl";
    }

    @Override
    public HostInfo hostInfo() throws BackendException {
        XlInfo info = info();
        int cpus = info.nrCpus();
        int perSocket = info.coresPerSocket().orElse(cpus) * info.threadsPerCore().orElse(1);
        int sockets = perSocket > 0 ? Math.max(1, cpus / perSocket) : 1;
        return new HostInfo(info.host().orElse(""), info.totalMemoryMiB() * MIB, info.freeMemoryMiB() * MIB, cpus,
                sockets, "", "", Math.round(info.cpuMhz().orElse(0)), info.xenVersion().orElse(""), dom0Vcpus);
    }

    private XlInfo info() throws BackendException {
        XlCommandRunner.Result r = succeeded(xl.run("info"));
        try {
            return XlInfo.parse(r.stdout());
        } catch (XlOutputFormatException e) {
            throw failed("cannot read the output of xl info: " + e.getMessage());
        }
    }

    // ---- definitions

    private synchronized Domain definitionOf(String uuid) throws BackendException {
        Domain d = definitions.get(uuid);
        if (d == null) {
            throw BackendException.noSuchDomain(uuid);
        }
        return d;
    }

    private synchronized List<Domain> allDefinitions() {
        return new ArrayList<>(definitions.values());
    }

    @Override
    public DomainState define(Domain definition) throws BackendException {
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        synchronized (this) {
            if (definitions.containsKey(spec.uuid())) {
                throw BackendException.invalidValue("uuid", spec.uuid());
            }
            checkNameFree(spec);
            save(def);
            definitions.put(spec.uuid(), def);
        }
        return state(def, Optional.empty());
    }

    @Override
    public DomainState redefine(Domain definition) throws BackendException {
        Domain def = EcoreUtil.copy(definition);
        DomainSpec spec = DomainSpec.checked(def);
        synchronized (operations) {
            Domain old = definitionOf(spec.uuid());
            Optional<Live> live = Optional.ofNullable(live().get(spec.uuid()));
            VmPowerState now = live.map(Live::state).orElse(VmPowerState.HALTED);
            if (now != VmPowerState.HALTED && !old.getName().equals(spec.name())) {
                throw BackendException.badPowerState(spec.uuid(), VmPowerState.HALTED, now);
            }
            settle(spec.uuid(), live);
            if (now != VmPowerState.HALTED) {
                return redefineRunning(def, live.get());
            }
            synchronized (this) {
                checkNameFree(spec);
                save(def);
                definitions.put(spec.uuid(), def);
                deleteNextBoot(spec.uuid());
            }
            return state(def, live);
        }
    }

    /**
     * A running or paused domain: its description and tags change at once, the rest waits for its next boot. The
     * next-boot definition is stored first, then given to xl ({@code xl config-update}); if xl refuses it, the
     * previous one is put back.
     */
    private DomainState redefineRunning(Domain def, Live live) throws BackendException {
        String uuid = def.getUuid();
        Domain old = definitionOf(uuid);
        Domain running = DefinitionChanges.withLiveFields(old, def);
        boolean changesAtBoot = !DefinitionChanges.nextBootFields(old, def).isEmpty();
        Domain before = nextBoot.any(uuid).orElse(null);
        if (changesAtBoot || before != null) {
            try {
                if (changesAtBoot) {
                    nextBoot.save(def, live.domid());
                } else {
                    nextBoot.delete(uuid);
                }
            } catch (IOException e) {
                throw failed("cannot save the next-boot definition of " + def.getName() + ": " + e.getMessage());
            }
            try {
                // without a change at boot, xl gets the running definition back in place of the earlier one
                configUpdate(live, changesAtBoot ? def : running);
            } catch (BackendException e) {
                try {
                    nextBoot.restore(uuid, before, live.domid());
                } catch (IOException f) {
                    LOG.log(System.Logger.Level.WARNING, "cannot restore the next-boot definition of " + uuid
                            + ": " + f.getMessage());
                }
                throw e;
            }
        }
        synchronized (this) {
            save(running);
            definitions.put(uuid, running);
        }
        return state(running, Optional.of(live));
    }

    /** {@code xl config-update <domid> <cfg>}: the configuration libxl uses when it builds the domain again. */
    private void configUpdate(Live live, Domain next) throws BackendException {
        Path cfg = writeCfg(next, cfgDir.resolve(next.getUuid() + ".next.cfg"));
        XlCommandRunner.Result r = xl.run("config-update", Integer.toString(live.domid()), cfg.toString());
        Optional<XlError> error = XlErrorClassifier.classify(r.exitCode(), r.stderr());
        if (error.isPresent()) {
            if (error.get().kind() == XlErrorKind.NO_SUCH_DOMAIN) {
                throw BackendException.badPowerState(next.getUuid(), live.state(), VmPowerState.HALTED);
            }
            throw failed("xl config-update " + next.getName() + " failed: " + error.get().message());
        }
    }

    /**
     * Once a domain has halted or been built again, its next-boot definition is its definition: moved on disk here,
     * under the operations lock (until then {@link #state} already shows it so).
     */
    private void settle(String uuid, Optional<Live> live) throws BackendException {
        long domid = live.filter(l -> l.state() != VmPowerState.HALTED).map(l -> (long) l.domid()).orElse(-1L);
        Optional<Domain> taken = nextBoot.taken(uuid, domid);
        if (taken.isPresent()) {
            takeNextBoot(taken.get());
        }
    }

    /** The next-boot definition becomes the definition: written first, so a crash in between loses nothing. */
    private void takeNextBoot(Domain next) throws BackendException {
        synchronized (this) {
            save(next);
            definitions.put(next.getUuid(), EcoreUtil.copy(next));
            deleteNextBoot(next.getUuid());
        }
    }

    private void deleteNextBoot(String uuid) throws BackendException {
        try {
            nextBoot.delete(uuid);
            Files.deleteIfExists(cfgDir.resolve(uuid + ".next.cfg"));
        } catch (IOException e) {
            throw failed("cannot remove the next-boot definition of " + uuid + ": " + e.getMessage());
        }
    }

    @Override
    public void undefine(String uuid) throws BackendException {
        synchronized (operations) {
            try {
                definitionOf(uuid);
                Live live = live().get(uuid);
                if (live != null && live.state() != VmPowerState.HALTED) {
                    throw BackendException.badPowerState(uuid, VmPowerState.HALTED, live.state());
                }
                synchronized (this) {
                    try {
                        deleteNextBoot(uuid);
                        store.delete(uuid);
                        Files.deleteIfExists(cfgFile(uuid));
                    } catch (IOException e) {
                        throw failed("cannot remove the definition of " + uuid + ": " + e.getMessage());
                    }
                    definitions.remove(uuid);
                }
            } finally {
                touched(uuid);
            }
        }
    }

    private void checkNameFree(DomainSpec spec) throws BackendException {
        for (Domain d : definitions.values()) {
            if (d.getName().equals(spec.name()) && !d.getUuid().equals(spec.uuid())) {
                throw BackendException.invalidValue("name_label", spec.name());
            }
        }
    }

    private void save(Domain def) throws BackendException {
        try {
            store.save(def);
        } catch (IOException e) {
            throw failed("cannot save the definition of " + def.getUuid() + ": " + e.getMessage());
        }
    }

    private Path cfgFile(String uuid) {
        return cfgDir.resolve(uuid + ".cfg");
    }

    // ---- state

    /**
     * One look at {@code xl list -v}: the domains of the host (but dom0) by uuid, whether defined here or not.
     *
     * @return the live domains by uuid
     */
    private Map<String, Live> live() throws BackendException {
        XlCommandRunner.Result list = succeeded(xl.run("list", "-v"));
        Map<String, Live> out = new HashMap<>();
        try {
            for (XlListEntry e : XlListOutput.parse(list.stdout())) {
                if (e.domid() == 0) {
                    dom0Vcpus = e.vcpus();
                    continue;
                }
                if (e.uuid().isEmpty()) {
                    continue;
                }
                String uuid = e.uuid().get().toLowerCase(java.util.Locale.ROOT);
                VmPowerState s = e.state().shutdown() || e.state().dying() ? VmPowerState.HALTED
                        : e.state().paused() ? VmPowerState.PAUSED : VmPowerState.RUNNING;
                out.put(uuid, new Live(e.domid(), e.name(), s, e.memoryMiB() * MIB, e.vcpus(), null));
            }
        } catch (XlOutputFormatException e) {
            throw failed("cannot read the output of xl list: " + e.getMessage());
        }
        Map<Integer, Instant> started = startTimes(out.values().stream().map(Live::domid).toList());
        out.replaceAll((uuid, l) -> new Live(l.domid(), l.name(), l.state(), l.memoryBytes(), l.vcpus(),
                started.get(l.domid())));
        return out;
    }

    /**
     * @param domids the domains listed now
     * @return their creation times, where known: cached, or from one {@code xl uptime} for the new ones. A failing
     *         {@code xl uptime} leaves them unknown (retried a minute later), never fails the listing.
     */
    private Map<Integer, Instant> startTimes(List<Integer> domids) {
        synchronized (startedByDomid) {
            startedByDomid.keySet().retainAll(domids);
            boolean missing = domids.stream().anyMatch(d -> !startedByDomid.containsKey(d));
            if (missing && System.currentTimeMillis() - uptimeFailedAt > 60_000) {
                try {
                    XlCommandRunner.Result r = xl.run("uptime");
                    if (r.exitCode() != 0) {
                        throw new XlOutputFormatException(0, "xl uptime exited with " + r.exitCode() + ": "
                                + r.stderr().strip());
                    }
                    Instant now = Instant.now();
                    for (Map.Entry<Integer, Duration> e : XlUptimeOutput.parse(r.stdout()).entrySet()) {
                        if (domids.contains(e.getKey())) {
                            startedByDomid.putIfAbsent(e.getKey(), now.minus(e.getValue()).truncatedTo(
                                    ChronoUnit.SECONDS));
                        }
                    }
                } catch (BackendException | XlOutputFormatException e) {
                    uptimeFailedAt = System.currentTimeMillis();
                    LOG.log(System.Logger.Level.WARNING, "start times unknown: " + e.getMessage());
                }
            }
            return new HashMap<>(startedByDomid);
        }
    }

    private DomainState state(Domain def, Optional<Live> live) {
        if (live.isEmpty() || live.get().state() == VmPowerState.HALTED) {
            Domain effective = nextBoot.taken(def.getUuid(), -1).orElse(def);
            return new DomainState(EcoreUtil.copy(effective), VmPowerState.HALTED, -1, 0, 0);
        }
        Live l = live.get();
        Domain effective = nextBoot.taken(def.getUuid(), l.domid()).orElse(def);
        Domain waiting = nextBoot.waiting(def.getUuid(), l.domid()).map(EcoreUtil::copy).orElse(null);
        return new DomainState(EcoreUtil.copy(effective), l.state(), l.domid(), l.memoryBytes(), l.vcpus(),
                l.started(), waiting);
    }

    @Override
    public List<DomainState> domains() throws BackendException {
        Map<String, Live> live = looks.take(LookHandoff.To.READ).orElse(null);
        if (live == null) {
            live = live();
        }
        List<DomainState> out = new ArrayList<>();
        for (Domain d : allDefinitions()) {
            out.add(state(d, shown(live, d.getUuid())));
        }
        return out;
    }

    /** @return what readers are shown of a domain: nothing while this backend is still creating it */
    private Optional<Live> shown(Map<String, Live> live, String uuid) {
        return creating.contains(uuid) ? Optional.empty() : Optional.ofNullable(live.get(uuid));
    }

    @Override
    public Optional<DomainState> domain(String uuid) throws BackendException {
        Domain d;
        synchronized (this) {
            d = definitions.get(uuid);
        }
        if (d == null) {
            return Optional.empty();
        }
        Map<String, Live> live = looks.take(LookHandoff.To.READ).orElse(null);
        if (live == null) {
            live = live();
            // an operation on this domain usually follows in the same API call (VM.pause reads the VM first)
            looks.give(live, LookHandoff.To.OPERATION);
        }
        return Optional.of(state(d, shown(live, uuid)));
    }

    /** The definition and live state of a domain, for an operation. */
    private record Target(Domain definition, DomainSpec spec, VmPowerState state, Live live) {
    }

    private Target target(String uuid) throws BackendException {
        Map<String, Live> look = looks.take(LookHandoff.To.OPERATION).orElse(null);
        Live live = (look != null ? look : live()).get(uuid);
        settle(uuid, Optional.ofNullable(live));
        Domain def = definitionOf(uuid);
        VmPowerState s = live == null ? VmPowerState.HALTED : live.state();
        DomainSpec spec = DomainSpec.of(def);
        DomainNames.check(spec.name());
        return new Target(def, spec, s, live);
    }

    // ---- lifecycle

    @Override
    public void start(String uuid, boolean paused) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        synchronized (operations) {
            try {
                Target t = target(uuid);
                if (t.state() != VmPowerState.HALTED) {
                    throw BackendException.badPowerState(uuid, VmPowerState.HALTED, t.state());
                }
                progress.report(OperationProgress.Step.CHECKED);
                OperationProgress.checkCancelled();
                create(t, paused, progress, true);
            } finally {
                touched(uuid);
            }
        }
        progress.report(OperationProgress.Step.DONE);
    }

    /**
     * {@code xl create}. If the task is cancelled while xl builds the domain ({@code cancellable}), xl is killed and
     * what it built is destroyed, so the host is as it was; from the moment xl returns the start runs to its end.
     */
    private void create(Target t, boolean paused, OperationProgress progress, boolean cancellable)
            throws BackendException {
        String uuid = t.spec().uuid();
        Path cfg = writeCfg(t.definition());
        progress.report(OperationProgress.Step.STARTED);
        creating.add(uuid);
        try {
            XlCommandRunner.Result r;
            try {
                String[] args = paused ? new String[] {"create", "-p", cfg.toString()}
                        : new String[] {"create", cfg.toString()};
                r = xl.run(settings.commandTimeout(), cancellable ? progress::cancelled : () -> false, args);
            } catch (CancellationException | BackendException e) {
                // killed while building (cancelled, or too slow): whatever it built goes
                progress.cancellable(false);
                removeHalfBuilt(uuid);
                throw e;
            }
            progress.cancellable(false);
            if (cancellable && progress.cancelled()) {
                // cancelled while xl was finishing: the cancel was accepted, so the host goes back as it was
                removeHalfBuilt(uuid);
                throw new CancellationException();
            }
            Optional<XlError> error = XlErrorClassifier.classify(r.exitCode(), r.stderr());
            if (error.isEmpty()) {
                return;
            }
            removeHalfBuilt(uuid);
            XlError e = error.get();
            switch (e.kind()) {
                case NOT_ENOUGH_MEMORY -> {
                    long free;
                    try {
                        free = info().freeMemoryMiB() * MIB;
                    } catch (BackendException f) {
                        free = 0;
                    }
                    throw BackendException.notEnoughMemory(t.spec().memory(), free);
                }
                // the other domain has no definition here (names of definitions are unique), so it is not ours
                case DUPLICATE_NAME -> throw BackendException.nameInUse(uuid, t.spec().name());
                case CONFIG_SYNTAX_ERROR -> throw failed("xl rejected the configuration " + cfg
                        + (e.configLine().isPresent() ? " at line " + e.configLine().getAsInt() : "") + ": "
                        + e.message());
                default -> throw failed("xl create " + t.spec().name() + " failed: " + e.message());
            }
        } finally {
            creating.remove(uuid);
        }
    }

    /**
     * A failed or killed create may leave a domain behind (libxl usually destroys it itself): make sure none is
     * left. Only a domain with this definition's uuid is destroyed, never another one of the same name.
     */
    private void removeHalfBuilt(String uuid) {
        try {
            Live l = live().get(uuid);
            if (l != null) {
                LOG.log(System.Logger.Level.WARNING, "destroying domain " + l.domid()
                        + " left by a failed or cancelled create");
                xl.run("destroy", Integer.toString(l.domid()));
            }
        } catch (BackendException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot check for a half-built domain: " + e.getMessage());
        }
    }

    private Path writeCfg(Domain def) throws BackendException {
        return writeCfg(def, cfgFile(def.getUuid()));
    }

    private Path writeCfg(Domain def, Path cfg) throws BackendException {
        for (Disk d : def.getDisks()) {
            if (d.getTarget() == null && d.getVolume() != null) {
                throw failed("cannot start " + def.getName() + ": disk " + d.getVdev() + " names storage volume "
                        + d.getVolume() + ", which the xl backend cannot resolve to a target yet");
            }
        }
        for (Vif v : def.getVifs()) {
            if (v.getNetwork() != null && v.getBridge() == null) {
                throw failed("cannot start " + def.getName() + ": a vif names network " + v.getNetwork()
                        + ", which the xl backend cannot resolve to a bridge yet");
            }
        }
        try {
            AtomicFiles.write(cfg, XlDomainCodec.encode(def).getBytes(StandardCharsets.UTF_8),
                    AtomicFiles.OWNER_ONLY);
            return cfg;
        } catch (XlEncodeException e) {
            throw failed("cannot write " + def.getName() + " as xl.cfg: " + e.getMessage());
        } catch (IOException e) {
            throw failed("cannot write the xl.cfg of " + def.getName() + ": " + e.getMessage());
        }
    }

    @Override
    public void shutdown(String uuid, boolean hard) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        Map<String, Live> gone = null;
        synchronized (operations) {
            try {
                Target t = target(uuid);
                if (!(t.state() == VmPowerState.RUNNING || hard && t.state() == VmPowerState.PAUSED)) {
                    throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, t.state());
                }
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
    private Map<String, Live> cleanShutdown(Target t, OperationProgress progress) throws BackendException {
        progress.report(OperationProgress.Step.CHECKED);
        OperationProgress.checkCancelled();
        progress.report(OperationProgress.Step.STARTED);
        long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
        try {
            run(t, VmPowerState.RUNNING, settings.shutdownTimeout(), progress::cancelled, "shutdown", "-w",
                    t.spec().name());
        } finally {
            progress.cancellable(false);
        }
        progress.report(OperationProgress.Step.WAITING_FOR_STATE);
        // xl shutdown -w can return while the domain is still listed (--ps--): wait until it is gone
        while (true) {
            Map<String, Live> look = live();
            if (!look.containsKey(t.spec().uuid())) {
                return look;
            }
            if (System.nanoTime() > deadline) {
                throw failed(t.spec().name() + " has shut down but is still listed by xl after "
                        + settings.shutdownTimeout().toSeconds() + " s");
            }
            sleep(SHUTDOWN_POLL);
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
                Target t = target(uuid);
                if (!(t.state() == VmPowerState.RUNNING || hard && t.state() == VmPowerState.PAUSED)) {
                    throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, t.state());
                }
                commandStarts(progress);
                if (hard) {
                    // a reset: the domain is destroyed and built again from its definition, as xapi's hard_reboot,
                    // the next-boot one if it was changed while it ran (not cancellable: stopping between the two
                    // would leave it halted, not as it was)
                    run(t, VmPowerState.RUNNING, "destroy", t.spec().name());
                    Optional<Domain> next = nextBoot.any(uuid);
                    if (next.isPresent()) {
                        takeNextBoot(next.get());
                        t = new Target(next.get(), DomainSpec.of(next.get()), VmPowerState.HALTED, null);
                    }
                    create(t, false, progress, false);
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
        runInState(uuid, VmPowerState.RUNNING, "pause");
    }

    @Override
    public void unpause(String uuid) throws BackendException {
        runInState(uuid, VmPowerState.PAUSED, "unpause");
    }

    /** Runs an xl command on the domain's name that needs the domain in one power state (pause, unpause). */
    private void runInState(String uuid, VmPowerState expected, String command) throws BackendException {
        OperationProgress progress = OperationProgress.current();
        synchronized (operations) {
            try {
                Target t = target(uuid);
                if (t.state() != expected) {
                    throw BackendException.badPowerState(uuid, expected, t.state());
                }
                commandStarts(progress);
                run(t, expected, command, t.spec().name());
            } finally {
                touched(uuid);
            }
        }
        progress.report(OperationProgress.Step.DONE);
    }

    @Override
    public void setMemory(String uuid, long bytes) throws BackendException {
        synchronized (operations) {
            try {
                Target t = target(uuid);
                requireExists(t);
                if (bytes < (16L << 20) || bytes > t.spec().maxMemory()) {
                    throw BackendException.invalidValue("memory", Long.toString(bytes));
                }
                commandStarts(OperationProgress.current());
                run(t, VmPowerState.RUNNING, "mem-set", t.spec().name(), (bytes / 1024) + "k");
            } finally {
                touched(uuid);
            }
        }
        OperationProgress.current().report(OperationProgress.Step.DONE);
    }

    @Override
    public void setVcpus(String uuid, int vcpus) throws BackendException {
        synchronized (operations) {
            try {
                Target t = target(uuid);
                requireExists(t);
                if (vcpus < 1 || vcpus > t.spec().maxVcpus()) {
                    throw BackendException.invalidValue("VCPUs_number", Integer.toString(vcpus));
                }
                commandStarts(OperationProgress.current());
                run(t, VmPowerState.RUNNING, "vcpu-set", t.spec().name(), Integer.toString(vcpus));
            } finally {
                touched(uuid);
            }
        }
        OperationProgress.current().report(OperationProgress.Step.DONE);
    }

    private static void requireExists(Target t) throws BackendException {
        if (t.state() == VmPowerState.HALTED || t.state() == VmPowerState.SUSPENDED) {
            throw BackendException.badPowerState(t.spec().uuid(), VmPowerState.RUNNING, t.state());
        }
    }

    private void run(Target t, VmPowerState expected, String... args) throws BackendException {
        run(t, expected, settings.commandTimeout(), () -> false, args);
    }

    /**
     * Runs a command on an existing domain and maps xl's errors to what xapi would answer.
     *
     * @param cancelled whether to kill the command while it runs ({@link CancellationException})
     */
    private void run(Target t, VmPowerState expected, Duration limit, java.util.function.BooleanSupplier cancelled,
            String... args) throws BackendException {
        XlCommandRunner.Result r = xl.run(limit, cancelled, args);
        Optional<XlError> error = XlErrorClassifier.classify(r.exitCode(), r.stderr());
        if (error.isEmpty()) {
            return;
        }
        XlError e = error.get();
        String uuid = t.spec().uuid();
        switch (e.kind()) {
            // the domain went away between our look and the command: it is halted now
            case NO_SUCH_DOMAIN -> throw BackendException.badPowerState(uuid, expected, VmPowerState.HALTED);
            case NOT_PAUSED -> throw BackendException.badPowerState(uuid, VmPowerState.PAUSED, VmPowerState.RUNNING);
            case MEMORY_ABOVE_MAXMEM -> throw BackendException.invalidValue("memory", args[args.length - 1]);
            case NOT_ENOUGH_MEMORY -> throw BackendException.notEnoughMemory(0, 0);
            default -> {
                java.util.regex.Matcher m = VCPU_OVERCOMMIT.matcher(e.stderr());
                if (m.find()) {
                    throw BackendException.notEnoughPcpus(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
                throw failed("xl " + args[0] + " " + t.spec().name() + " failed: " + e.message());
            }
        }
    }

    /** @return the result if xl reported no error */
    private static XlCommandRunner.Result succeeded(XlCommandRunner.Result r) throws BackendException {
        Optional<XlError> error = XlErrorClassifier.classify(r.exitCode(), r.stderr());
        if (error.isPresent()) {
            throw failed("xl " + String.join(" ", r.argv().subList(1, r.argv().size())) + " failed: "
                    + error.get().message());
        }
        return r;
    }

    private static BackendException failed(String message) {
        return new BackendException(BackendException.Kind.FAILED, message, List.of(message));
    }

    private static void sleep(Duration d) throws BackendException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted");
        }
    }

    // ---- watching

    /** After an operation on a domain: the watcher reports it at its next look, whatever it saw before. */
    private void touched(String uuid) {
        seen.remove(uuid);
        operationsDone.incrementAndGet();
        looks.changed();
    }

    /**
     * Polls {@code xl list} every {@link Settings#pollInterval()} on a daemon thread and reports each defined domain
     * whose power state, domid, memory or vCPUs changed since the last poll, and each domain an operation of the
     * Agent has touched since (so a change the Agent made and one made behind its back before the next poll, which
     * together look like no change, still end in an event with the current state).
     */
    @Override
    public synchronized void watch(Consumer<String> listener) {
        if (watcher != null) {
            throw new IllegalStateException("already watched");
        }
        watcher = new Thread(() -> {
            boolean primed = false;
            while (!closed) {
                try {
                    long before = operationsDone.get();
                    Map<String, DomainState> now = new HashMap<>();
                    for (DomainState s : domains()) {
                        now.put(s.uuid(), new DomainState(null, s.powerState(), s.domid(), s.memoryActual(),
                                s.vcpusOnline()));
                    }
                    for (Map.Entry<String, DomainState> e : now.entrySet()) {
                        DomainState previous = seen.put(e.getKey(), e.getValue());
                        if (primed && !e.getValue().equals(previous)) {
                            listener.accept(e.getKey());
                        }
                    }
                    seen.keySet().retainAll(now.keySet());
                    if (operationsDone.get() != before) {
                        // an operation ran while we looked: what we saw may predate it, so report all next time
                        seen.clear();
                    }
                    primed = true;
                } catch (BackendException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "polling xl list failed: " + e.getMessage());
                }
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "xl-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void close() {
        closed = true;
        Thread w;
        synchronized (this) {
            w = watcher;
        }
        if (w != null) {
            w.interrupt();
        }
    }
}
