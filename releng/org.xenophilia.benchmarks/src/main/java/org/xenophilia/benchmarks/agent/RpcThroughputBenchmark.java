package org.xenophilia.benchmarks.agent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * {@code VM.get_record} over TLS with keep-alive from concurrent clients, against an echo method on the same server
 * stack in the same run (see {@link EchoAgentServer}, a separate JVM with the .deb launcher's flags). Each client is
 * one keep-alive connection ({@link KeepAliveRpcClient}) calling back to back. After a warm-up of both, the phases
 * alternate (echo, get_record, echo, ...) so that drift on a shared machine hits both alike. Reported: throughput
 * (median over rounds), p50/p99 latency (all rounds), and get_record throughput as a share of echo's. Target: at
 * least 80 %.
 * <p>
 * Usage: {@code RpcThroughputBenchmark [clients=8] [seconds-per-phase=5] [rounds=3]}.
 */
public final class RpcThroughputBenchmark {

    /** The target: get_record throughput as a share of echo's. */
    public static final double TARGET_RATIO = 0.80;

    private static final Pattern READY = Pattern.compile("^READY (\\S+) (\\S+) (\\S+)$");
    private static final byte[] SUCCESS = "<name>Status</name><value>Success</value>".getBytes(
            StandardCharsets.US_ASCII);

    private final int clients;
    private final Duration phase;
    private final int rounds;
    private final Map<String, List<Double>> throughputs = new LinkedHashMap<>();
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private int recordBytes;
    private int echoBytes;

    RpcThroughputBenchmark(int clients, Duration phase, int rounds) {
        this.clients = clients;
        this.phase = phase;
        this.rounds = Math.max(1, rounds);
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        RpcThroughputBenchmark b = new RpcThroughputBenchmark(clients, Duration.ofSeconds(seconds), rounds);
        b.run();
        System.out.print(b.report());
    }

    void run() throws Exception {
        try (BenchHome home = new BenchHome();
                AgentChild server = AgentChild.start(EchoAgentServer.class.getName(), home.config().toString(),
                        home.stateDir().toString())) {
            Matcher ready = server.await(READY, 180);
            URI agentUri = URI.create(ready.group(1));
            URI echoUri = URI.create(ready.group(2));
            String fingerprint = ready.group(3);
            String session;
            String vm;
            try (KeepAliveRpcClient c = new KeepAliveRpcClient(agentUri, fingerprint)) {
                session = firstRef(c.call(KeepAliveRpcClient.body("session.login_with_password", BenchHome.USER,
                        BenchHome.PASSWORD)));
                vm = firstRef(c.call(KeepAliveRpcClient.body("VM.get_all", session)));
            }
            byte[] getRecord = KeepAliveRpcClient.body("VM.get_record", session, vm);
            byte[] echo = KeepAliveRpcClient.body("Benchmark.echo", session, vm);
            List<KeepAliveRpcClient> agentConnections = new ArrayList<>();
            List<KeepAliveRpcClient> echoConnections = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                for (int i = 0; i < clients; i++) {
                    agentConnections.add(new KeepAliveRpcClient(agentUri, fingerprint));
                    echoConnections.add(new KeepAliveRpcClient(echoUri, fingerprint));
                }
                recordBytes = checked(agentConnections.get(0).call(getRecord)).length;
                echoBytes = checked(echoConnections.get(0).call(echo)).length;
                Duration warmUp = phase.compareTo(Duration.ofSeconds(3)) < 0 ? phase : Duration.ofSeconds(3);
                measure(pool, echoConnections, echo, warmUp);
                measure(pool, agentConnections, getRecord, warmUp);
                for (int r = 0; r < rounds; r++) {
                    record("echo", measure(pool, echoConnections, echo, phase));
                    record("VM.get_record", measure(pool, agentConnections, getRecord, phase));
                }
            } finally {
                pool.shutdownNow();
                for (KeepAliveRpcClient c : agentConnections) {
                    c.close();
                }
                for (KeepAliveRpcClient c : echoConnections) {
                    c.close();
                }
            }
        }
    }

    private static final Pattern REF = Pattern.compile("<value>(OpaqueRef:[0-9a-f-]+)</value>");

    /** @return the first reference in a successful response */
    private static String firstRef(byte[] response) {
        Matcher m = REF.matcher(new String(checked(response), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no reference in " + new String(response, StandardCharsets.UTF_8));
        }
        return m.group(1);
    }

    private record Phase(double callsPerSecond, Latencies latencies) {
    }

    private void record(String name, Phase p) {
        throughputs.computeIfAbsent(name, k -> new ArrayList<>()).add(p.callsPerSecond);
        latencies.computeIfAbsent(name, k -> new Latencies()).add(p.latencies);
    }

    private static byte[] checked(byte[] response) {
        if (indexOf(response, SUCCESS) < 0) {
            throw new IllegalStateException("not a success: " + new String(response, StandardCharsets.UTF_8));
        }
        return response;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every connection calls back to back for the duration; returns calls per second and latencies. */
    private static Phase measure(ExecutorService pool, List<KeepAliveRpcClient> connections, byte[] body,
            Duration duration) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Latencies>> results = new ArrayList<>();
        long[] window = new long[2];
        for (KeepAliveRpcClient c : connections) {
            results.add(pool.submit(() -> {
                Latencies l = new Latencies();
                start.await();
                long end = System.nanoTime() + duration.toNanos();
                for (long t0 = System.nanoTime(); t0 < end;) {
                    byte[] response = c.call(body);
                    long t1 = System.nanoTime();
                    checked(response); // Status comes first: a short search
                    l.record(t1 - t0);
                    t0 = t1;
                }
                return l;
            }));
        }
        window[0] = System.nanoTime();
        start.countDown();
        Latencies all = new Latencies();
        for (Future<Latencies> f : results) {
            all.add(f.get(duration.toSeconds() + 120, TimeUnit.SECONDS));
        }
        window[1] = System.nanoTime();
        return new Phase(all.count() / ((window[1] - window[0]) / 1e9), all);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** @return get_record throughput / echo throughput, from the medians */
    double ratio() {
        return median(throughputs.get("VM.get_record")) / median(throughputs.get("echo"));
    }

    /** @return the measured phase names */
    List<String> phases() {
        return List.copyOf(throughputs.keySet());
    }

    String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Agent RPC throughput over TLS, keep-alive,"
                + " %d clients, %d rounds of %d s per phase (server JVM: %s)%n", clients, rounds, phase.toSeconds(),
                String.join(" ", launcherFlags())));
        for (String name : throughputs.keySet()) {
            List<Double> t = throughputs.get(name);
            sb.append(String.format(Locale.ROOT, "  %-14s %7.0f calls/s (rounds: %s), %s, response %d bytes%n",
                    name, median(t), t.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList(),
                    latencies.get(name).summary(), name.equals("echo") ? echoBytes : recordBytes));
        }
        double ratio = ratio();
        sb.append(String.format(Locale.ROOT, "  VM.get_record / echo: %.1f %% (target >= %.0f %%: %s)%n",
                ratio * 100, TARGET_RATIO * 100, ratio >= TARGET_RATIO ? "met" : "MISSED"));
        return sb.toString();
    }

    static List<String> launcherFlags() {
        try {
            List<String> flags = new ArrayList<>(AgentChild.launcherJvmFlags());
            flags.addAll(AgentChild.extraJvmFlags());
            return flags;
        } catch (java.io.IOException e) {
            return List.of("?");
        }
    }
}
