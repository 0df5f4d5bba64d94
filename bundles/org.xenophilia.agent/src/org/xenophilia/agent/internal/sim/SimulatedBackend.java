package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.internal.state.AtomicFiles;
import org.xenophilia.xenapi.VmPowerState;

/**
 * The {@code simulated} backend: the embedded default where there is no Xen. It keeps the same state machine as
 * {@code xl} (see {@link HypervisorBackend}) and accounts host memory: a domain needs its memory free to start, and
 * what running and paused domains hold (plus dom0's share) is not free. Every change is written atomically to
 * {@code simulated.properties} in the state directory before the call returns, so a restart (or {@code kill -9})
 * finds every domain in the state last reported; a change that cannot be written is not made. Operations take no
 * time (configurable durations are a later addition).
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

    private static final class Domain {
        DomainSpec spec;
        VmPowerState state = VmPowerState.HALTED;
        long domid = -1;
        long memoryActual;
        int vcpusOnline;

        DomainState snapshot() {
            return new DomainState(spec, state, domid, memoryActual, vcpusOnline);
        }

        Domain copy() {
            Domain d = new Domain();
            d.spec = spec;
            d.state = state;
            d.domid = domid;
            d.memoryActual = memoryActual;
            d.vcpusOnline = vcpusOnline;
            return d;
        }
    }

    private final Machine machine;
    private final Path stateFile;
    private final Map<String, Domain> domains = new LinkedHashMap<>();
    private long nextDomid = 1;

    private SimulatedBackend(Machine machine, Path stateFile) {
        this.machine = machine;
        this.stateFile = stateFile;
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
        SimulatedBackend b = new SimulatedBackend(machine, stateDir.resolve(STATE_FILE));
        b.load();
        return b;
    }

    @Override
    public String name() {
        return "simulated";
    }

    /**
     * Defines a new (halted) domain.
     *
     * @param spec its definition
     * @throws BackendException {@code INVALID_VALUE} if the uuid or name is taken
     */
    public synchronized void define(DomainSpec spec) throws BackendException {
        if (domains.containsKey(spec.uuid())) {
            throw BackendException.invalidValue("uuid", spec.uuid());
        }
        for (Domain d : domains.values()) {
            if (d.spec.name().equals(spec.name())) {
                throw BackendException.invalidValue("name_label", spec.name());
            }
        }
        Domain d = new Domain();
        d.spec = spec;
        commit(d, nextDomid);
    }

    /** Defines three small demo domains if no domain is defined yet. */
    public synchronized void seedDemoDomains() throws BackendException {
        if (!domains.isEmpty()) {
            return;
        }
        define(new DomainSpec(UUID.randomUUID().toString(), "demo-web", "demo: a small PV web server", 512L << 20,
                1L << 30, 1, 2));
        define(new DomainSpec(UUID.randomUUID().toString(), "demo-db", "demo: a database", 2L << 30, 4L << 30, 2,
                4));
        define(new DomainSpec(UUID.randomUUID().toString(), "demo-build", "demo: a build machine", 4L << 30,
                4L << 30, 4, 4));
    }

    @Override
    public synchronized HostInfo hostInfo() {
        return new HostInfo(machine.hostName(), machine.memoryTotal(), free(), machine.cpus(), 1, "GenuineIntel",
                "Simulated CPU", 2400, "simulated (Xen 4.17 semantics)");
    }

    private long free() {
        long used = machine.dom0Memory();
        for (Domain d : domains.values()) {
            used += d.memoryActual;
        }
        return Math.max(0, machine.memoryTotal() - used);
    }

    @Override
    public synchronized List<DomainState> domains() {
        List<DomainState> out = new ArrayList<>(domains.size());
        for (Domain d : domains.values()) {
            out.add(d.snapshot());
        }
        return out;
    }

    @Override
    public synchronized Optional<DomainState> domain(String uuid) {
        Domain d = domains.get(uuid);
        return d == null ? Optional.empty() : Optional.of(d.snapshot());
    }

    /** @return a copy of the domain to change and then {@link #commit} */
    private Domain get(String uuid) throws BackendException {
        Domain d = domains.get(uuid);
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
    private void commit(Domain changed, long domid) throws BackendException {
        Map<String, Domain> next = new LinkedHashMap<>(domains);
        next.put(changed.spec.uuid(), changed);
        try {
            save(next, domid);
        } catch (IOException e) {
            throw new BackendException(BackendException.Kind.FAILED, "cannot save " + stateFile + ": "
                    + e.getMessage(), List.of(String.valueOf(e.getMessage())));
        }
        domains.put(changed.spec.uuid(), changed);
        nextDomid = domid;
    }

    private static void require(Domain d, VmPowerState expected) throws BackendException {
        if (d.state != expected) {
            throw BackendException.badPowerState(d.spec.uuid(), expected, d.state);
        }
    }

    @Override
    public synchronized void start(String uuid, boolean paused) throws BackendException {
        Domain d = get(uuid);
        require(d, VmPowerState.HALTED);
        long free = free();
        if (d.spec.memory() > free) {
            throw BackendException.notEnoughMemory(d.spec.memory(), free);
        }
        d.state = paused ? VmPowerState.PAUSED : VmPowerState.RUNNING;
        d.domid = nextDomid;
        d.memoryActual = d.spec.memory();
        d.vcpusOnline = d.spec.vcpus();
        commit(d, nextDomid + 1);
    }

    @Override
    public synchronized void shutdown(String uuid, boolean hard) throws BackendException {
        Domain d = get(uuid);
        if (!(d.state == VmPowerState.RUNNING || hard && d.state == VmPowerState.PAUSED)) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        d.state = VmPowerState.HALTED;
        d.domid = -1;
        d.memoryActual = 0;
        d.vcpusOnline = 0;
        commit(d, nextDomid);
    }

    @Override
    public synchronized void reboot(String uuid, boolean hard) throws BackendException {
        Domain d = get(uuid);
        if (!(d.state == VmPowerState.RUNNING || hard && d.state == VmPowerState.PAUSED)) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        // A reboot is a new domain with the defined memory and vCPUs, as with xl.
        long free = free() + d.memoryActual;
        if (d.spec.memory() > free) {
            throw BackendException.notEnoughMemory(d.spec.memory(), free);
        }
        d.state = VmPowerState.RUNNING;
        d.domid = nextDomid;
        d.memoryActual = d.spec.memory();
        d.vcpusOnline = d.spec.vcpus();
        commit(d, nextDomid + 1);
    }

    @Override
    public synchronized void pause(String uuid) throws BackendException {
        Domain d = get(uuid);
        require(d, VmPowerState.RUNNING);
        d.state = VmPowerState.PAUSED;
        commit(d, nextDomid);
    }

    @Override
    public synchronized void unpause(String uuid) throws BackendException {
        Domain d = get(uuid);
        require(d, VmPowerState.PAUSED);
        d.state = VmPowerState.RUNNING;
        commit(d, nextDomid);
    }

    @Override
    public synchronized void setMemory(String uuid, long bytes) throws BackendException {
        Domain d = get(uuid);
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
        Domain d = get(uuid);
        if (d.state == VmPowerState.HALTED || d.state == VmPowerState.SUSPENDED) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, d.state);
        }
        if (vcpus < 1 || vcpus > d.spec.maxVcpus()) {
            throw BackendException.invalidValue("VCPUs_number", Integer.toString(vcpus));
        }
        d.vcpusOnline = vcpus;
        commit(d, nextDomid);
    }

    @Override
    public void close() {
        // state is saved after every change
    }

    private void save(Map<String, Domain> all, long domid) throws IOException {
        Properties p = new Properties();
        p.setProperty("next-domid", Long.toString(domid));
        int i = 0;
        for (Domain d : all.values()) {
            String k = "domain." + i++ + ".";
            p.setProperty(k + "uuid", d.spec.uuid());
            p.setProperty(k + "name", d.spec.name());
            p.setProperty(k + "description", d.spec.description());
            p.setProperty(k + "memory", Long.toString(d.spec.memory()));
            p.setProperty(k + "max-memory", Long.toString(d.spec.maxMemory()));
            p.setProperty(k + "vcpus", Integer.toString(d.spec.vcpus()));
            p.setProperty(k + "max-vcpus", Integer.toString(d.spec.maxVcpus()));
            p.setProperty(k + "state", d.state.wireName());
            p.setProperty(k + "domid", Long.toString(d.domid));
            p.setProperty(k + "memory-actual", Long.toString(d.memoryActual));
            p.setProperty(k + "vcpus-online", Integer.toString(d.vcpusOnline));
        }
        StringWriter w = new StringWriter();
        p.store(w, "xenophiliad simulated backend state");
        AtomicFiles.write(stateFile, w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
    }

    private void load() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return;
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(stateFile, StandardCharsets.UTF_8)));
        try {
            nextDomid = Long.parseLong(p.getProperty("next-domid", "1"));
            TreeSet<Integer> indexes = new TreeSet<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("domain.")) {
                    indexes.add(Integer.parseInt(k.substring(7, k.indexOf('.', 7))));
                }
            }
            for (int i : indexes) {
                String k = "domain." + i + ".";
                Domain d = new Domain();
                d.spec = new DomainSpec(p.getProperty(k + "uuid"), p.getProperty(k + "name"),
                        p.getProperty(k + "description", ""), Long.parseLong(p.getProperty(k + "memory")),
                        Long.parseLong(p.getProperty(k + "max-memory")), Integer.parseInt(p.getProperty(k + "vcpus")),
                        Integer.parseInt(p.getProperty(k + "max-vcpus")));
                String state = p.getProperty(k + "state", "Halted");
                for (VmPowerState s : VmPowerState.values()) {
                    if (s.wireName().equals(state)) {
                        d.state = s;
                    }
                }
                d.domid = Long.parseLong(p.getProperty(k + "domid", "-1"));
                d.memoryActual = Long.parseLong(p.getProperty(k + "memory-actual", "0"));
                d.vcpusOnline = Integer.parseInt(p.getProperty(k + "vcpus-online", "0"));
                domains.put(d.spec.uuid(), d);
            }
        } catch (RuntimeException e) {
            throw new IOException(stateFile + " is damaged: " + e.getMessage(), e);
        }
    }
}
