package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.benchmarks.agent.LoadConnection.Failed;
import org.xenophilia.xenapi.XenApiException;

/**
 * The load suite: an Agent process (simulated backend, the .deb launcher's JVM flags, its default limits) with the
 * demo domains and a VM of its own for each client, and {@code clients} concurrent clients ({@link LoadClient}), each
 * on its own keep-alive connection, its own session, ten to a source address (127.0.0.2 and up, as admins' machines),
 * half over XML-RPC and half over JSON-RPC, each making {@code calls} calls of a realistic mix across the API: record
 * reads, lifecycle operations on its own VM (a third as {@code Async.} with its task polled or followed by events),
 * definition changes, contested operations on the demo domains, logins and logouts, {@code event.from} waits. One client
 * in ten is a Workbench: it also runs the Workbench's event loop ({@code event.from} with a token and a 30-60 s
 * timeout) on a second connection, and waits for each change it makes to show up there.
 * <p>
 * Reported: throughput, p50/p90/p99/max per call kind and wire, the errors (transport failures, unexpected XenAPI
 * errors, {@code INTERNAL_ERROR}, wrong answers, hangs; there must be none), the refusals a concurrent admin also gets
 * ({@code 503}, {@code VM_BAD_POWER_STATE} on a contested VM, an {@code event.from} not allowed to wait), and the
 * Agent's RSS, threads and open files at rest before, at their peak during (sampled every 200 ms) and at rest after.
 * <p>
 * Usage: {@code LoadBenchmark [clients=200] [calls-per-client=10000] [wire=both|xml-rpc|json-rpc]}.
 */
public final class LoadBenchmark {

    /** Clients per source address: well under the Agent's default of 64 connections per source. */
    static final int CLIENTS_PER_SOURCE = 10;
    /** How far above idle the Agent's threads may be once at rest again. */
    static final int THREAD_MARGIN = 2;
    /** How far above idle its open files may be once at rest again. */
    static final int FILE_MARGIN = 4;
    /** The longest the Agent may take to come to rest after the load (its task pool's threads end after 60 s). */
    static final Duration REST = Duration.ofSeconds(120);

    /** Which encodings the clients speak. */
    enum Wires {
        BOTH, XML_RPC, JSON_RPC;

        static Wires parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "both" -> BOTH;
                case "xml", "xml-rpc", "xmlrpc" -> XML_RPC;
                case "json", "json-rpc", "jsonrpc" -> JSON_RPC;
                default -> throw new IllegalArgumentException("wire is both, xml-rpc or json-rpc, not " + s);
            };
        }

        /** @return the encoding of client {@code i}: by turns when both */
        Wire of(int client) {
            return this == XML_RPC || this == BOTH && client % 2 == 0 ? Wire.XML_RPC : Wire.JSON_RPC;
        }
    }

    private final int clients;
    private final long calls;
    private final Wires wires;
    private final boolean progress;
    private final LoadTally tally = new LoadTally();
    private final Map<Wire, Long> callsByWire = new EnumMap<>(Wire.class);
    private final List<String> agentLog = new ArrayList<>();
    private AgentUsage idle;
    private AgentUsage peak;
    private AgentUsage after;
    private long restMillis;
    private boolean atRest;
    private int samples;
    private long wallNanos;
    private long seedMillis;
    private long connectMillis;
    private String loadBefore = "?";
    private String loadAfter = "?";
    private long agentCpuMillis;
    private long clientCpuMillis;
    private int finished;
    private int workbenches;
    private long changesMade;
    private long workbenchChangesMade;
    private long workbenchChangesSeen;

    /**
     * @param clients how many clients
     * @param calls how many calls each makes
     * @param wires which encodings they speak
     * @param progress whether to print a line of progress every minute (for long runs)
     */
    LoadBenchmark(int clients, long calls, Wires wires, boolean progress) {
        this.clients = clients;
        this.calls = calls;
        this.wires = wires;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        LoadBenchmark b = new LoadBenchmark(args.length > 0 ? Integer.parseInt(args[0]) : 200,
                args.length > 1 ? Long.parseLong(args[1]) : 10_000, Wires.parse(args.length > 2 ? args[2] : "both"),
                true);
        b.run();
        System.out.print(b.report());
        System.exit(b.errors() == 0 ? 0 : 1);
    }

    /** @return whether client {@code i} runs the Workbench's event loop: one in ten, of both encodings */
    static boolean isWorkbench(int client) {
        return client / 2 % 10 == 0;
    }

    /** @return the timeout of Workbench client {@code i}'s {@code event.from} calls: 30 to 60 s */
    static Duration eventTimeout(int client) {
        return Duration.ofSeconds(30 + client * 7 % 31);
    }

    void run() throws Exception {
        try (BenchHome home = new BenchHome();
                AgentChild agent = AgentChild.xenophiliad(home.serve("--demo-domains"))) {
            String[] at = agent.awaitServing(180);
            URI uri = URI.create(at[0]);
            long t0 = System.nanoTime();
            LoadFleet fleet = LoadFleet.seed(uri, at[1], clients);
            seedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            long pid = agent.pid();
            idle = rest(pid, null, Duration.ofSeconds(60));
            int logFrom = agent.output().length();
            List<LoadClient> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                InetAddress from = InetAddress.getByName("127.0.0." + (2 + i / CLIENTS_PER_SOURCE));
                all.add(new LoadClient(i, wires.of(i), from, uri, at[1], fleet, calls, isWorkbench(i)
                        ? eventTimeout(i) : null, tally));
            }
            drive(agent, all);
            for (LoadClient c : all) {
                for (LoadConnection conn : c.connections()) {
                    tally.add(conn.latencies());
                    callsByWire.merge(conn.wire(), conn.calls(), Long::sum);
                }
                finished += c.finished() ? 1 : 0;
                changesMade += c.changesMade();
                if (c.followsEvents()) {
                    workbenches++;
                    workbenchChangesMade += c.changesMade();
                    workbenchChangesSeen += c.changesSeen();
                }
            }
            agent.output().substring(logFrom).lines().filter(l -> !l.isBlank()).forEach(agentLog::add);
            if (!agent.process().isAlive()) {
                tally.error(LoadTally.Error.TRANSPORT, "the Agent exited with status " + agent.process().exitValue());
                return;
            }
            after = rest(pid, idle, REST);
        }
    }

    /** Connects every client, then lets them all go at once, and waits for them while sampling the Agent. */
    private void drive(AgentChild agent, List<LoadClient> all) throws Exception {
        long pid = agent.pid();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(all.size(), r -> {
            Thread t = new Thread(r, "load-client-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        CountDownLatch ready = new CountDownLatch(all.size());
        CountDownLatch go = new CountDownLatch(1);
        long connecting = System.nanoTime();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (LoadClient c : all) {
                runs.add(pool.submit(() -> {
                    try {
                        c.connect();
                    } catch (XenApiException e) {
                        tally.error(LoadTally.Error.UNEXPECTED, "connecting: " + e.errorDescription());
                        return null;
                    } catch (Failed e) {
                        return null; // counted
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    c.run();
                    return null;
                }));
            }
            if (!ready.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the clients did not connect within 10 minutes");
            }
            connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connecting);
            if (!agent.process().isAlive()) {
                return; // reported by run()
            }
            UsageSampler sampler = new UsageSampler(pid);
            sampler.start();
            long agentCpu = AgentUsage.cpuMillis(pid);
            long clientCpu = clientCpuMillis();
            loadBefore = loadAverage();
            long t0 = System.nanoTime();
            go.countDown();
            Thread reporter = progress ? progressReporter(pid, all, t0) : null;
            // a hang shows as a call's timeout; this only bounds a client stuck elsewhere (5 s a call is 25 times the
            // slowest mean seen on a shared machine)
            long deadline = t0 + TimeUnit.SECONDS.toNanos(600 + 5 * calls);
            for (int i = 0; i < runs.size(); i++) {
                try {
                    runs.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    tally.error(LoadTally.Error.TRANSPORT, "client " + i + " failed: " + e.getCause());
                } catch (TimeoutException e) {
                    tally.error(LoadTally.Error.HANG, "client " + i + " did not finish");
                }
            }
            wallNanos = System.nanoTime() - t0;
            loadAfter = loadAverage();
            if (reporter != null) {
                reporter.interrupt();
            }
            agentCpuMillis = agent.process().isAlive() ? AgentUsage.cpuMillis(pid) - agentCpu : 0;
            clientCpuMillis = clientCpuMillis() - clientCpu;
            peak = sampler.finish();
            samples = sampler.samples();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Prints every minute the calls made so far, the errors, and the Agent's use: a long run's heartbeat. */
    private Thread progressReporter(long pid, List<LoadClient> all, long t0) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(60_000); // the report's period
                    long made = all.stream().flatMap(c -> c.connections().stream()).mapToLong(LoadConnection::calls)
                            .sum();
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "  ... %.0f s: %d of %d calls (%.0f/s), %d errors; Agent: %s;"
                            + " load average %s%n", s, made, calls * clients, made / s, tally.errors(),
                            AgentUsage.of(pid), loadAverage());
                }
            } catch (InterruptedException | IOException e) {
                // the load is over, or the Agent is gone (reported at the end)
            }
        }, "load-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** @return the machine's load averages over 1, 5 and 15 minutes, as {@code uptime} prints them */
    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long clientCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    /**
     * Waits until the Agent is at rest: its pools' threads have ended and, after the load, its threads and open files
     * are back within a margin of idle; samples every half second, as {@code top} does.
     *
     * @return its use then, or at {@code max}
     */
    private AgentUsage rest(long pid, AgentUsage before, Duration max) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        while (true) {
            AgentUsage u = AgentUsage.of(pid);
            atRest = AgentUsage.poolThreads(pid) == 0 && (before == null
                    || u.threads() <= before.threads() + THREAD_MARGIN && u.files() <= before.files() + FILE_MARGIN);
            restMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (atRest || restMillis > max.toMillis()) {
                return u;
            }
            Thread.sleep(500); // sampling, not a wait for a condition
        }
    }

    /** @return the errors met */
    long errors() {
        return tally.errors();
    }

    /** @return the clients that made all their calls */
    int finished() {
        return finished;
    }

    /** @return the calls made, in all */
    long calls() {
        return callsByWire.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the changes the Workbench clients made to their VMs, and how many of them their event loops showed */
    long[] workbenchChanges() {
        return new long[] {workbenchChangesMade, workbenchChangesSeen};
    }

    /** @return how many clients ran the Workbench's event loop */
    int workbenches() {
        return workbenches;
    }

    AgentUsage idle() {
        return idle;
    }

    AgentUsage peak() {
        return peak;
    }

    AgentUsage after() {
        return after;
    }

    /** @return whether the Agent came to rest after the load within {@link #REST} */
    boolean cameToRest() {
        return atRest;
    }

    /** @return the refusals by kind */
    Map<String, Long> refusals() {
        return tally.refusals();
    }

    String report() {
        double seconds = wallNanos / 1e9;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Load: %d clients x %d calls (%s; %d"
                + " Workbench clients with an event loop; %d source addresses), an Agent process with %d own VMs and"
                + " the demo domains%n  server JVM: %s%n", clients, calls, wires.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), workbenches, (clients + CLIENTS_PER_SOURCE - 1) / CLIENTS_PER_SOURCE,
                clients, String.join(" ", RpcThroughputBenchmark.launcherFlags())));
        sb.append(String.format(Locale.ROOT, "  VMs defined in %.1f s, clients connected (login, their VM's record,"
                + " a Workbench's first event.from) in %.1f s%n", seedMillis / 1000.0, connectMillis / 1000.0));
        sb.append(String.format(Locale.ROOT, "  the machine's load average (1, 5, 15 min): %s when the load began, %s"
                + " when it ended (%d cores)%n", loadBefore, loadAfter, Runtime.getRuntime().availableProcessors()));
        sb.append(String.format(Locale.ROOT, "  %d calls in %.1f s: %.0f calls/s", calls(), seconds,
                calls() / seconds));
        callsByWire.forEach((w, n) -> sb.append(String.format(Locale.ROOT, "; %s %d (%.0f/s)", w.label, n,
                n / seconds)));
        sb.append(String.format(Locale.ROOT, "%n  CPU time meanwhile: the Agent %.1f s (%.2f ms a call), the clients'"
                + " JVM %.1f s, of %.1f s x %d cores", agentCpuMillis / 1000.0, (double) agentCpuMillis / calls(),
                clientCpuMillis / 1000.0, seconds, Runtime.getRuntime().availableProcessors()));
        sb.append(String.format(Locale.ROOT, "%n  clients that made all their calls: %d of %d; changes of their own VMs:"
                + " %d; the Workbench clients' %d changes, shown by their event loops: %d%n", finished, clients,
                changesMade, workbenchChangesMade, workbenchChangesSeen));
        sb.append(String.format(Locale.ROOT, "  %-44s %-8s %9s %8s %9s %9s %9s %10s%n", "call", "wire", "count",
                "per s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        tally.latencies().forEach((key, l) -> {
            String[] kindWire = key.split("\t");
            sb.append(String.format(Locale.ROOT, "  %-44s %-8s %9d %8.1f %9.2f %9.2f %9.2f %10.2f%n", kindWire[0],
                    kindWire[1], l.count(), l.count() / seconds, l.percentileMillis(50), l.percentileMillis(90),
                    l.percentileMillis(99), l.percentileMillis(100)));
        });
        sb.append(String.format(Locale.ROOT, "  errors: %d", tally.errors()));
        tally.errorsByKind().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "; %s %d", k.label, v)));
        sb.append(String.format(Locale.ROOT, "%n"));
        tally.examples().forEach(e -> sb.append("    ").append(e).append(String.format(Locale.ROOT, "%n")));
        sb.append(String.format(Locale.ROOT, "  refusals:%s%n", tally.refusals().isEmpty() ? " none" : ""));
        tally.refusals().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-86s %9d%n", k, v)));
        sb.append(String.format(Locale.ROOT, "  Agent at rest before: %s%n  Agent at its peak:    %s (%d samples)%n"
                + "  Agent at rest after:  %s%n", idle, peak, samples, after == null ? "(it exited)"
                        : String.format(Locale.ROOT, "%s (%s after %.1f s)", after, atRest ? "at rest" : "NOT at rest",
                                restMillis / 1000.0)));
        sb.append(String.format(Locale.ROOT, "  the Agent's log during the load: %d lines%n", agentLog.size()));
        // the first lines, and the last ones (an Agent that exited said why there)
        List<String> shown = agentLog.size() <= 30 ? agentLog : new ArrayList<>(agentLog.subList(0, 20));
        if (agentLog.size() > 30) {
            shown.add("...");
            shown.addAll(agentLog.subList(agentLog.size() - 10, agentLog.size()));
        }
        shown.forEach(l -> sb.append("    ").append(l).append(String.format(Locale.ROOT, "%n")));
        return sb.toString();
    }
}
