package org.xenophilia.benchmarks.agent;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Answer;
import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.benchmarks.workbench.WorkbenchModelBenchmark;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xl.codec.XlDomainCodec;

/**
 * The Agent against the number of its domains: for each count, a real {@code xenophiliad} process with the .deb
 * launcher's JVM flags (its 64 MB heap) on the simulated backend, whose state directory holds that many definitions
 * ({@code domains/<uuid>.xml}, written before it starts, as {@link #xlCfg(int) admins' PV guests} with a disk and a
 * vif each). Reported per count: the time until it serves, its idle RSS once settled, then for each call the time, the
 * answer's size, the RSS once settled after it and the peak (VmHWM): {@code VM.get_all_records} over XML-RPC and over JSON-RPC,
 * {@code event.from} with token {@code ""} for every class ({@code *}), and the Workbench's resync (a
 * {@link NodeConnection} in this JVM until its model holds every VM: {@code event.from} of host, vm, vif and vbd and
 * {@code VM_metrics.get_all_records}). Every call is made {@code rounds} times (the first on a cold JIT). The answers
 * are read as they come and counted, not kept, so the figures are the Agent's. An Agent that dies (the launcher's
 * {@code -XX:+ExitOnOutOfMemoryError}) is reported with its last words, and the next count runs.
 * <p>
 * Usage: {@code AgentScaleBenchmark [counts=100,1000,10000] [rounds=2]}.
 */
public final class AgentScaleBenchmark {

    private static final Pattern SESSION = Pattern.compile("OpaqueRef:[0-9a-f-]{36}");

    /** How long RSS may take to settle after a call (the Agent collects once 2 s pass without a request). */
    private static final int SETTLE_SECONDS = 10;

    private final List<Integer> counts;
    private final int rounds;
    private final List<String> report = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    AgentScaleBenchmark(List<Integer> counts, int rounds) {
        this.counts = counts;
        this.rounds = Math.max(1, rounds);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = Arrays.stream((args.length > 0 ? args[0] : "100,1000,10000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        AgentScaleBenchmark b = new AgentScaleBenchmark(counts, args.length > 1 ? Integer.parseInt(args[1]) : 2);
        b.run();
        System.out.print(b.report());
        System.exit(0); // the Workbench's connection threads
    }

    /** Generated xl.cfg of domain {@code i}: a PV guest with a disk and a vif, as admins write them. */
    static String xlCfg(int i) {
        return AgentRssBenchmark.xlCfg(i);
    }

    /**
     * Writes {@code count} definitions into a state directory, as an administrator restoring one would (the Agent
     * reads them when it starts).
     */
    public static void seed(Path stateDir, int count) throws Exception {
        Path domains = stateDir.resolve("domains");
        Files.createDirectories(domains, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                "rwx------")));
        for (int i = 0; i < count; i++) {
            Domain d = XlDomainCodec.decode(xlCfg(i), "bench-" + i + ".cfg").domain();
            String uuid = UUID.nameUUIDFromBytes(("bench/" + i).getBytes(StandardCharsets.UTF_8)).toString();
            d.setUuid(uuid);
            DomainDefinitions.save(d, domains.resolve(uuid + ".xml"));
        }
    }

    void run() throws Exception {
        report.add("JVM flags (from " + AgentChild.LAUNCHER + "): " + String.join(" ", AgentChild.launcherJvmFlags())
                + (AgentChild.extraJvmFlags().isEmpty() ? ""
                        : " + XENOPHILIAD_JAVA_OPTS: " + String.join(" ", AgentChild.extraJvmFlags())));
        for (int count : counts) {
            try (BenchHome home = new BenchHome()) {
                long t0 = System.nanoTime();
                seed(home.stateDir(), count);
                report.add(String.format(Locale.ROOT, "%,d domains (definitions written in %.1f s)", count,
                        (System.nanoTime() - t0) / 1e9));
                measure(home, count);
            }
        }
    }

    private void measure(BenchHome home, int count) throws Exception {
        try (AgentChild agent = AgentChild.xenophiliad(home.serve())) {
            long t0 = System.nanoTime();
            String[] at;
            try {
                at = agent.awaitServing(600);
            } catch (IOException e) {
                failures.add(count + " domains: did not start");
                report.add("  FAILED to start; its last words: " + lastWords(agent.output()));
                return;
            }
            double startup = (System.nanoTime() - t0) / 1e9;
            report.add(String.format(Locale.ROOT, "  serving after %.1f s; idle RSS %.1f MB", startup,
                    AgentRssBenchmark.settle(agent, SETTLE_SECONDS) * 1024 / 1e6));
            report.add(String.format(Locale.ROOT, "  %-34s %9s %10s %10s %10s %9s", "call", "time", "answer",
                    "RSS after", "peak RSS", "records"));
            URI uri = URI.create(at[0]);
            String session;
            try (KeepAliveRpcClient c = new KeepAliveRpcClient(uri, at[1])) {
                Matcher m = SESSION.matcher(new String(c.call(KeepAliveRpcClient.body("session.login_with_password",
                        BenchHome.USER, BenchHome.PASSWORD)), StandardCharsets.UTF_8));
                if (!m.find()) {
                    throw new IOException("login failed");
                }
                session = m.group();
            }
            try {
                for (int r = 0; r < rounds; r++) {
                    call(agent, uri, at[1], Wire.XML_RPC, "VM.get_all_records XML-RPC", count + 1L,
                            "<name>is_control_domain</name>", "VM.get_all_records", session);
                    call(agent, uri, at[1], Wire.JSON_RPC, "VM.get_all_records JSON-RPC", count + 1L,
                            "\"is_control_domain\":", "VM.get_all_records", session);
                    call(agent, uri, at[1], Wire.XML_RPC, "event.from \"\" (*) XML-RPC", -1,
                            "<name>operation</name>", "event.from", session, List.of("*"), "", 0.0);
                    resync(agent, at, count);
                }
                try (KeepAliveRpcClient c = new KeepAliveRpcClient(uri, at[1])) {
                    c.call(Wire.XML_RPC.body("host.get_all", session)); // still answering
                }
                report.add("  alive and answering after the calls: yes");
            } catch (IOException | IllegalStateException e) {
                failures.add(count + " domains: " + e.getMessage());
                report.add("  FAILED: " + e.getMessage());
                report.add("  alive: " + (agent.process().isAlive() ? "yes" : "no, exited "
                        + agent.process().waitFor()) + "; its last words: " + lastWords(agent.output()));
            }
        }
    }

    /** Makes one call on a fresh connection, reading the answer as it comes; one line of the report. */
    private void call(AgentChild agent, URI uri, String fingerprint, Wire wire, String name, long expected,
            String marker, String method, Object... params) throws Exception {
        try (KeepAliveRpcClient c = new KeepAliveRpcClient(uri, fingerprint, wire)) {
            long t0 = System.nanoTime();
            Answer a = c.stream(wire.body(method, params), marker.getBytes(StandardCharsets.UTF_8));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!a.head().contains(new String(wire.success, StandardCharsets.US_ASCII))
                    || expected >= 0 && a.markers() != expected) {
                throw new IllegalStateException(name + " answered " + a.markers() + " records, not " + expected
                        + ": " + a.head() + " ... " + a.tail());
            }
            line(agent, name, seconds, a.bytes(), a.markers());
        } catch (IOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    /** The Workbench's resync: a connection in this JVM until its model holds every VM. */
    private void resync(AgentChild agent, String[] at, int count) throws Exception {
        try (WorkbenchModelBenchmark.Workbench wb = new WorkbenchModelBenchmark.Workbench()) {
            NodeConnection c = wb.add("scale", URI.create(at[0]).getPort(), at[1]);
            long t0 = System.nanoTime();
            c.connect();
            WorkbenchModelBenchmark.awaitAll(List.of(c), count, Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - t0) / 1e9;
            line(agent, "resync (Workbench NodeConnection)", seconds, -1, c.model().vms().size());
        }
    }

    private void line(AgentChild agent, String name, double seconds, long bytes, long records) throws Exception {
        report.add(String.format(Locale.ROOT, "  %-34s %7.2f s %10s %7.1f MB %7.1f MB %9d", name, seconds,
                bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6),
                AgentRssBenchmark.settle(agent, SETTLE_SECONDS) * 1024 / 1e6, rssMb(agent, "VmHWM"), records));
    }

    private static double rssMb(AgentChild agent, String field) throws IOException {
        return agent.procStatusKib(field) * 1024 / 1e6;
    }

    private static String lastWords(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    /** @return what failed, one line per count; empty when every Agent answered every call */
    List<String> failures() {
        return failures;
    }

    String report() {
        StringBuilder sb = new StringBuilder("Agent at scale (simulated backend, every answer read as it comes)\n");
        report.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
