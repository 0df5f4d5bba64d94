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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.xenapi.SecureXml;


/**
 * The Agent's calls over TLS with keep-alive from concurrent clients, in both wire encodings, against an echo method on
 * the same server stack in the same run (see {@link EchoAgentServer}, a separate JVM with the .deb launcher's flags).
 * Each client is one keep-alive connection ({@link KeepAliveRpcClient}) calling back to back. After a warm-up of
 * each, the phases alternate (echo, get_record, get_all_records, first over XML-RPC then over JSON-RPC, and again) so
 * that drift on a shared machine hits all alike. Reported: throughput (median over rounds), p50/p99 latency (all
 * rounds), get_record throughput as a share of echo's (target: at least 80 %), JSON-RPC's throughput as a share of
 * XML-RPC's for each call, and what each encoding costs a client to decode (the Workbench's client: the XML-RPC fork's
 * parser behind {@link SecureXml}, as {@code XenApiClient} uses it; Gson for JSON) on the same get_all_records answer.
 * <p>
 * Usage: {@code RpcThroughputBenchmark [clients=8] [seconds-per-phase=5] [rounds=3] [domains=100]}: {@code domains}
 * VMs are defined first, so that get_all_records has a fleet's answer.
 */
public final class RpcThroughputBenchmark {

    /** The target: get_record throughput as a share of echo's. */
    public static final double TARGET_RATIO = 0.80;

    private static final Pattern READY = Pattern.compile("^READY (\\S+) (\\S+) (\\S+)$");

    private final int clients;
    private final Duration phase;
    private final int rounds;
    private final int domains;
    private final Map<String, List<Double>> throughputs = new LinkedHashMap<>();
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private final Map<String, Integer> responseBytes = new LinkedHashMap<>();
    private final Map<Wire, Double> decodeMicros = new LinkedHashMap<>();

    RpcThroughputBenchmark(int clients, Duration phase, int rounds, int domains) {
        this.clients = clients;
        this.phase = phase;
        this.rounds = Math.max(1, rounds);
        this.domains = domains;
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int domains = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        RpcThroughputBenchmark b = new RpcThroughputBenchmark(clients, Duration.ofSeconds(seconds), rounds, domains);
        b.run();
        System.out.print(b.report());
    }

    /** One measured call: its name in the report, the wire, the server (Agent or echo) and the body. */
    private record Call(String name, Wire wire, boolean echo, byte[] body) {
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
                for (int i = 0; i < domains; i++) {
                    String xml = BenchDomains.xml("bench-" + i, UUID.randomUUID().toString(), "a benchmark domain",
                            256, 256);
                    checked(Wire.XML_RPC, c.call(KeepAliveRpcClient.body("Xenophilia.VM.create_from_xml", session,
                            xml)));
                }
                vm = firstRef(c.call(KeepAliveRpcClient.body("VM.get_all", session)));
            }
            List<Call> calls = new ArrayList<>();
            for (Wire w : Wire.values()) {
                calls.add(new Call("echo " + w.label, w, true, w.body("Benchmark.echo", session, vm)));
                calls.add(new Call("VM.get_record " + w.label, w, false, w.body("VM.get_record", session, vm)));
                calls.add(new Call("VM.get_all_records " + w.label, w, false, w.body("VM.get_all_records",
                        session)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                for (Call call : calls) {
                    try (KeepAliveRpcClient c = new KeepAliveRpcClient(call.echo() ? echoUri : agentUri,
                            fingerprint, call.wire())) {
                        byte[] answer = checked(call.wire(), c.call(call.body()));
                        responseBytes.put(call.name(), answer.length);
                        if (call.name().startsWith("VM.get_all_records")) {
                            decodeMicros.put(call.wire(), decodeMicros(call.wire(), answer));
                        }
                    }
                }
                Duration warmUp = phase.compareTo(Duration.ofSeconds(3)) < 0 ? phase : Duration.ofSeconds(3);
                for (Call call : calls) {
                    measure(pool, call.echo() ? echoUri : agentUri, fingerprint, call, warmUp);
                }
                for (int r = 0; r < rounds; r++) {
                    for (Call call : calls) {
                        record(call.name(), measure(pool, call.echo() ? echoUri : agentUri, fingerprint, call,
                                phase));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static final Pattern REF = Pattern.compile("<value>(OpaqueRef:[0-9a-f-]+)</value>");

    /** @return the first reference in a successful XML-RPC response */
    private static String firstRef(byte[] response) {
        Matcher m = REF.matcher(new String(checked(Wire.XML_RPC, response), StandardCharsets.UTF_8));
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

    private static byte[] checked(Wire wire, byte[] response) {
        if (indexOf(response, wire.success) < 0) {
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

    /**
     * Opens one keep-alive connection per client (a connection the server has not been sent a request on yet holds
     * one of its threads: they are opened per phase, not all at once), has each call once, then all call back to
     * back for the duration; returns calls per second and latencies.
     */
    private Phase measure(ExecutorService pool, URI uri, String fingerprint, Call call, Duration duration)
            throws Exception {
        List<KeepAliveRpcClient> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                KeepAliveRpcClient c = new KeepAliveRpcClient(uri, fingerprint, call.wire());
                connections.add(c);
                checked(call.wire(), c.call(call.body()));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Latencies>> results = new ArrayList<>();
            long[] window = new long[2];
            for (KeepAliveRpcClient c : connections) {
                results.add(pool.submit(() -> {
                    Latencies l = new Latencies();
                    start.await();
                    long end = System.nanoTime() + duration.toNanos();
                    for (long t0 = System.nanoTime(); t0 < end;) {
                        byte[] response = c.call(call.body());
                        long t1 = System.nanoTime();
                        checked(call.wire(), response); // Status comes first: a short search
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
        } finally {
            for (KeepAliveRpcClient c : connections) {
                c.close();
            }
        }
    }

    /**
     * @return microseconds a client spends decoding one answer into values, as the Workbench's client would: the
     *         XML-RPC fork's response parser (strings, maps, arrays) or Gson's tree
     */
    private static double decodeMicros(Wire wire, byte[] answer) {
        Runnable decode = () -> {
            if (wire == Wire.XML_RPC) {
                RpcAnswers.parseXml(answer);
            } else {
                RpcAnswers.parseJson(answer);
            }
        };
        long deadline = System.nanoTime() + 2_000_000_000L; // warm up
        while (System.nanoTime() < deadline) {
            decode.run();
        }
        int n = 0;
        long t0 = System.nanoTime();
        for (long now = t0; now - t0 < 2_000_000_000L; now = System.nanoTime()) {
            decode.run();
            n++;
        }
        return (System.nanoTime() - t0) / 1e3 / n;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private double throughput(String name) {
        return median(throughputs.get(name));
    }

    /** @return XML-RPC get_record throughput / echo throughput, from the medians */
    double ratio() {
        return throughput("VM.get_record XML-RPC") / throughput("echo XML-RPC");
    }

    /** @return JSON-RPC throughput of a call / XML-RPC's, from the medians */
    double jsonShare(String call) {
        return throughput(call + " JSON-RPC") / throughput(call + " XML-RPC");
    }

    /** @return the measured phase names */
    List<String> phases() {
        return List.copyOf(throughputs.keySet());
    }

    String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Agent RPC throughput over TLS, keep-alive,"
                + " %d clients, %d rounds of %d s per phase, %d domains defined (server JVM: %s)%n", clients, rounds,
                phase.toSeconds(), domains, String.join(" ", launcherFlags())));
        for (String name : throughputs.keySet()) {
            List<Double> t = throughputs.get(name);
            sb.append(String.format(Locale.ROOT, "  %-28s %7.0f calls/s (rounds: %s), %s, response %d bytes%n",
                    name, throughput(name), t.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList(),
                    latencies.get(name).summary(), responseBytes.get(name)));
        }
        double ratio = ratio();
        sb.append(String.format(Locale.ROOT, "  VM.get_record / echo (XML-RPC): %.1f %% (target >= %.0f %%: %s)%n",
                ratio * 100, TARGET_RATIO * 100, ratio >= TARGET_RATIO ? "met" : "MISSED"));
        sb.append(String.format(Locale.ROOT, "  VM.get_record / echo (JSON-RPC): %.1f %%%n",
                throughput("VM.get_record JSON-RPC") / throughput("echo JSON-RPC") * 100));
        for (String call : List.of("echo", "VM.get_record", "VM.get_all_records")) {
            sb.append(String.format(Locale.ROOT, "  JSON-RPC / XML-RPC, %s: %.1f %% of the throughput, "
                    + "p99 %.2f vs %.2f ms%n", call, jsonShare(call) * 100,
                    latencies.get(call + " JSON-RPC").percentileMillis(99),
                    latencies.get(call + " XML-RPC").percentileMillis(99)));
        }
        if (decodeMicros.size() == 2) {
            double xml = decodeMicros.get(Wire.XML_RPC);
            double json = decodeMicros.get(Wire.JSON_RPC);
            sb.append(String.format(Locale.ROOT, "  client decode of one VM.get_all_records answer: XML-RPC %.0f us,"
                    + " JSON-RPC %.0f us (JSON-RPC / XML-RPC: %.1f %%)%n", xml, json, json / xml * 100));
        }
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
