package org.xenophilia.benchmarks.workbench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.benchmarks.agent.AgentChild;
import org.xenophilia.benchmarks.agent.BenchHome;
import org.xenophilia.benchmarks.agent.Latencies;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.InMemoryCredentialStore;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.core.NodeRegistry;
import org.xenophilia.core.VmInfo;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Workbench's node model at fleet scale: real Agent processes (simulated backend) and the Workbench's own
 * {@link NodeConnection}s (the code the views observe), in this JVM.
 * <ul>
 * <li>{@code events [agents=10] [domains=1000] [changes=1000]}: every Agent has {@code domains} domains and one
 * connection follows each; another client changes a domain's memory ({@code VM.set_memory}) on the Agents in turn,
 * and the time from the call until the connection's model holds the new value is recorded (p50/p99/max). Target p99
 * &le; 50 ms.</li>
 * <li>{@code load [nodes=100] [domains=100] [agents=10]}: {@code nodes} connections are opened at once and the time
 * until all of them are connected with all {@code nodes &times; domains} domains in their models is recorded, then
 * the heap used after a full GC. Each Agent is registered {@code nodes/agents} times, as different nodes, so that 100
 * nodes need not be 100 JVMs: every connection does its own login, initial {@code event.from} and event loop. Target
 * &le; 5 s and heap &le; 512 MB (run with -Xmx512m to prove the bound).</li>
 * </ul>
 */
public final class WorkbenchModelBenchmark {

    /** Target p99 of an event reaching the model, in milliseconds. */
    public static final double TARGET_EVENT_P99_MS = 50;
    /** Target time for the initial load, in seconds. */
    public static final double TARGET_LOAD_SECONDS = 5;
    /** Target heap after the initial load, in MB. */
    public static final double TARGET_HEAP_MB = 512;

    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "events";
        WorkbenchModelBenchmark b = new WorkbenchModelBenchmark();
        switch (mode) {
            case "events" -> b.events(arg(args, 1, 10), arg(args, 2, 1000), arg(args, 3, 1000));
            case "load" -> b.load(arg(args, 1, 100), arg(args, 2, 100), arg(args, 3, 10));
            default -> throw new IllegalArgumentException("unknown mode " + mode + " (events | load)");
        }
        b.report.forEach(System.out::println);
        System.exit(0);
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    /** @return the report lines */
    public List<String> report() {
        return report;
    }

    /** A running Agent with its domains, and what a connection needs to reach it. */
    record Agent(BenchHome home, AgentChild process, String uri, String fingerprint) implements AutoCloseable {
        int port() {
            return java.net.URI.create(uri).getPort();
        }

        @Override
        public void close() throws Exception {
            process.close();
            home.close();
        }
    }

    /** Starts Agents, each with {@code domains} halted domains defined in its state directory before it starts. */
    static List<Agent> startAgents(int count, int domains) throws Exception {
        List<Agent> agents = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            BenchHome home = new BenchHome();
            SimulatedBackend sim = SimulatedBackend.open(SimulatedBackend.Machine.standard("bench-" + a),
                    home.stateDir());
            for (int i = 0; i < domains; i++) {
                sim.define(new DomainSpec(UUID.randomUUID().toString(), String.format(Locale.ROOT, "vm-%02d-%04d", a,
                        i), "benchmark domain", 256L << 20, 1024L << 20, 1, 2));
            }
            sim.close();
            AgentChild child = AgentChild.xenophiliad(home.serve());
            String[] at = child.awaitServing(180);
            agents.add(new Agent(home, child, at[0], at[1]));
        }
        return agents;
    }

    /** The Workbench side: a registry and credentials in a temporary directory, connections to open. */
    public static final class Workbench implements AutoCloseable {
        final Path dir = Files.createTempDirectory("xenophilia-bench-workbench");
        final NodeRegistry registry = NodeRegistry.open(dir);
        final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        final List<NodeConnection> connections = new ArrayList<>();

        /** An empty registry in a temporary directory. */
        public Workbench() throws Exception {
        }

        NodeConnection add(String name, Agent agent) throws Exception {
            return add(name, agent.port(), agent.fingerprint());
        }

        /**
         * Registers a benchmark Agent as a node (its certificate pinned) and makes its connection, not yet connected.
         *
         * @return the connection
         */
        public NodeConnection add(String name, int port, String fingerprint) throws Exception {
            NodeDescriptor node = NodeDescriptor.create(name, "127.0.0.1", port, BenchHome.USER)
                    .withFingerprint(fingerprint);
            registry.put(node);
            credentials.setPassword(node.id(), BenchHome.PASSWORD);
            NodeConnection c = new NodeConnection(registry, node.id(), credentials, (n, fp, cert) -> false);
            connections.add(c);
            return c;
        }

        @Override
        public void close() throws Exception {
            connections.forEach(NodeConnection::close);
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    void events(int agentCount, int domains, int changes) throws Exception {
        List<Agent> agents = startAgents(agentCount, domains);
        try (Workbench wb = new Workbench()) {
            // what each VM's memory must become; the listener counts down when its model has it
            Map<String, Long> expected = new ConcurrentHashMap<>();
            Map<String, CountDownLatch> arrived = new ConcurrentHashMap<>();
            NodeModelListener listener = new NodeModelListener() {
                @Override
                public void modelChanged(NodeConnection node, List<ModelChange> list, boolean resync) {
                    for (ModelChange ch : list) {
                        if (ch.object() instanceof VmInfo vm) {
                            Long want = expected.get(vm.uuid());
                            if (want != null && vm.memoryTarget() == want) {
                                CountDownLatch l = arrived.get(vm.uuid());
                                if (l != null) {
                                    l.countDown();
                                }
                            }
                        }
                    }
                }

                @Override
                public void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
                }
            };
            for (int a = 0; a < agents.size(); a++) {
                NodeConnection c = wb.add("node-" + a, agents.get(a));
                c.addListener(listener);
                c.connect();
            }
            long t0 = System.nanoTime();
            awaitAll(wb.connections, agentCount * domains, Duration.ofMinutes(5));
            double syncSeconds = (System.nanoTime() - t0) / 1e9;

            List<XenApiClient> clients = new ArrayList<>();
            List<List<Map.Entry<String, String>>> vmsOfAgent = new ArrayList<>(); // (ref, uuid) of guest domains
            for (Agent a : agents) {
                XenApiClient client = BenchHome.login(a.uri(), a.fingerprint(), Duration.ofSeconds(60));
                clients.add(client);
                List<Map.Entry<String, String>> vms = new ArrayList<>();
                for (Map.Entry<String, Object> e : WireValues.asMap(client.callWithSession("VM.get_all_records"))
                        .entrySet()) {
                    Map<String, Object> r = WireValues.asMap(e.getValue());
                    if (!WireValues.asBoolean(r.get("is_control_domain"))) {
                        vms.add(Map.entry(e.getKey(), WireValues.asString(r.get("uuid"))));
                    }
                }
                vmsOfAgent.add(vms);
            }
            long cpuBefore = ownCpuNanos();
            Latencies toModel = new Latencies();
            Latencies call = new Latencies();
            Latencies afterReturn = new Latencies();
            for (int i = 0; i < changes; i++) {
                int a = i % agents.size();
                List<Map.Entry<String, String>> vms = vmsOfAgent.get(a);
                Map.Entry<String, String> vm = vms.get((i / agents.size()) % vms.size());
                String ref = vm.getKey();
                String uuid = vm.getValue();
                XenApiClient client = clients.get(a);
                long mib = 128 + (i % 7) * 32;
                expected.put(uuid, mib << 20);
                CountDownLatch latch = new CountDownLatch(1);
                arrived.put(uuid, latch);
                long start = System.nanoTime();
                client.callWithSession("VM.set_memory", ref, Long.toString(mib << 20));
                long returned = System.nanoTime();
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("change " + i + " never reached the model");
                }
                long seen = System.nanoTime();
                call.record(returned - start);
                toModel.record(seen - start);
                afterReturn.record(Math.max(0, seen - returned));
                arrived.remove(uuid);
                expected.remove(uuid);
            }
            double cpuPerChange = (ownCpuNanos() - cpuBefore) / 1e6 / changes;
            clients.forEach(XenApiClient::close);
            report.add(String.format(Locale.ROOT, "%d Agents x %d domains, initial sync of all %d connections: %.2f s",
                    agentCount, domains, agentCount, syncSeconds));
            report.add(String.format(Locale.ROOT, "this JVM's CPU (the Workbench side: the change calls, the event"
                    + " loops, the models) per change: %.2f ms", cpuPerChange));
            report.add("change call (VM.set_memory) alone: " + call.summary());
            report.add("change call -> connection's model holds the new value: " + toModel.summary());
            report.add("of which after the call returned (event delivery and model update): "
                    + afterReturn.summary());
            double p99 = toModel.percentileMillis(99);
            report.add(String.format(Locale.ROOT, "target p99 <= %.0f ms: %s (%.1f ms)", TARGET_EVENT_P99_MS,
                    p99 <= TARGET_EVENT_P99_MS ? "met" : "MISSED", p99));
        } finally {
            for (Agent a : agents) {
                a.close();
            }
        }
    }

    void load(int nodes, int domains, int agentCount) throws Exception {
        List<Agent> agents = startAgents(agentCount, domains);
        try (Workbench warmup = new Workbench()) {
            // Agents on real hosts have been up for a while: one full load first, so that their JIT has compiled
            // the record and XML-RPC paths (this JVM's too); the cold figure is reported as well
            for (int n = 0; n < nodes; n++) {
                warmup.add("warmup-" + n, agents.get(n % agentCount));
            }
            long t0 = System.nanoTime();
            long cpu0 = ownCpuNanos();
            warmup.connections.forEach(NodeConnection::connect);
            awaitAll(warmup.connections, nodes * domains, Duration.ofMinutes(5));
            report.add(String.format(Locale.ROOT, "cold (Agents just started): all %d domains in %.2f s; this JVM's"
                    + " CPU %.2f s", nodes * domains, (System.nanoTime() - t0) / 1e9, (ownCpuNanos() - cpu0) / 1e9));
        }
        try (Workbench wb = new Workbench()) {
            for (int n = 0; n < nodes; n++) {
                wb.add("node-" + n, agents.get(n % agentCount));
            }
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            long cpu0 = ownCpuNanos();
            wb.connections.forEach(NodeConnection::connect);
            awaitAll(wb.connections, nodes * domains, Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (ownCpuNanos() - cpu0) / 1e9;
            System.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            long max = Runtime.getRuntime().maxMemory();
            report.add(String.format(Locale.ROOT, "%d nodes x %d domains (served by %d Agents), all %d domains in the"
                    + " models: %.2f s (warm Agents)", nodes, domains, agentCount, nodes * domains, seconds));
            report.add(String.format(Locale.ROOT, "this JVM's CPU (the Workbench side: logins, event.from answers"
                    + " decoded, models filled) for it: %.2f s", cpuSeconds));
            report.add(String.format(Locale.ROOT, "heap used after a full GC: %.1f MB (before connecting %.1f MB;"
                    + " -Xmx %.0f MB)", after / 1e6, before / 1e6, max / 1e6));
            report.add(String.format(Locale.ROOT, "target <= %.0f s: %s; heap <= %.0f MB: %s", TARGET_LOAD_SECONDS,
                    seconds <= TARGET_LOAD_SECONDS ? "met" : "MISSED", TARGET_HEAP_MB,
                    after / 1e6 <= TARGET_HEAP_MB ? "met" : "MISSED"));
        } finally {
            for (Agent a : agents) {
                a.close();
            }
        }
    }

    /**
     * The CPU time of this JVM alone (the Agents are processes of their own): what the Workbench side costs, which
     * the wall-clock figures do not show on a machine whose cores the Agents share.
     */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Waits until every connection is connected and their models hold {@code domains} VMs in all. */
    public static void awaitAll(List<NodeConnection> connections, int domains, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int connected = 0;
            int listed = 0;
            for (NodeConnection c : connections) {
                if (c.state() == ConnectionState.CONNECTED) {
                    connected++;
                    listed += c.model().vms().size();
                }
            }
            if (connected == connections.size() && listed >= domains) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(connected + " of " + connections.size() + " connected, " + listed
                        + " of " + domains + " domains listed after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(5); // polling the models; connecting happens on the connections' own threads
        }
    }
}
