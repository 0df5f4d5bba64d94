package org.xenophilia.benchmarks.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xenophilia.benchmarks.agent.AgentChild;
import org.xenophilia.benchmarks.agent.AgentRssBenchmark;
import org.xenophilia.benchmarks.agent.BenchHome;
import org.xenophilia.benchmarks.agent.Latencies;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The node's networks through the Agent, as the .deb runs it (a real {@code xenophiliad} with the launcher's JVM
 * flags, {@code networking = linux}) in a network namespace playing the node ({@link BenchNamespace}), as root:
 * <ul>
 * <li>the apply time of one NAT network through the API ({@code Xenophilia.network.create_from_xml}, then
 * {@code network.destroy}) against the same {@code ip}/{@code sysctl}/{@code nft -f -}/{@code dnsmasq} commands run
 * directly ({@link DirectNatCommands}, as {@link NetworkApplyBenchmark} has them), alternately;</li>
 * <li>the start of the Agent, from its process to its serving, with no network and with {@code networks} NAT networks
 * with DHCP (each re-checked against the host at start), and once every network's dnsmasq was killed (each repaired at
 * start);</li>
 * <li>the Agent's idle RSS with no network and with {@code networks}.</li>
 * </ul>
 * Everything it made goes with the namespace, the benchmark passed or not. Usage:
 * {@code NetworkAgentBenchmark [networks=50] [rounds=20] [settle-seconds=20]}.
 */
public final class NetworkAgentBenchmark {

    private static final String NS = "xnb-agent";
    /** The network of {@link NetworkApplyBenchmark#plan()}, as a definition. */
    static final String LAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>lan</name>
              <kind>nat</kind>
              <description>the benchmark's NAT network</description>
              <bridge>xnat0</bridge>
              <ipv4 gateway="10.77.0.1" subnet="10.77.0.0/24">
                <dhcp end="10.77.0.199" leaseSeconds="3600" start="10.77.0.100">
                  <lease address="10.77.0.50" hostname="web" mac="52:54:00:12:34:56"/>
                </dhcp>
              </ipv4>
              <forward guestAddress="10.77.0.50" guestPort="80" hostPort="8080" protocol="tcp"/>
            </network>
            """;
    private static final int STARTS = 3;

    private final int networks;
    private final int rounds;
    private final int settleSeconds;
    private final List<String> report = new ArrayList<>();
    private int dnsmasqAfterStart = -1;
    private int dnsmasqAfterRepair = -1;
    private int listed = -1;
    private boolean leftNothing;

    NetworkAgentBenchmark(int networks, int rounds, int settleSeconds) {
        this.networks = networks;
        this.rounds = rounds;
        this.settleSeconds = settleSeconds;
    }

    public static void main(String[] args) throws Exception {
        NetworkAgentBenchmark b = new NetworkAgentBenchmark(args.length > 0 ? Integer.parseInt(args[0]) : 50,
                args.length > 1 ? Integer.parseInt(args[1]) : 20, args.length > 2 ? Integer.parseInt(args[2]) : 20);
        try {
            b.run();
        } finally {
            System.out.print(b.report());
        }
    }

    void run() throws Exception {
        Path home;
        try (BenchHome h = new BenchHome(); BenchNamespace node = BenchNamespace.open(NS)) {
            home = h.configDir();
            Files.writeString(h.config(), "networking = linux\n");
            try (AgentChild first = start(h, node)) {
                // the first start makes the Agent's TLS identity: not what is compared
                first.awaitServing(180);
            }
            applyTimes(h, node);
            Latencies empty = new Latencies();
            long emptyRss = starts(h, node, empty);
            makeNetworks(h, node);
            Latencies full = new Latencies();
            long fullRss = starts(h, node, full);
            dnsmasqAfterStart = node.processes("dnsmasq").size();
            for (long pid : node.processes("dnsmasq")) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            Latencies repaired = new Latencies();
            long t0 = System.nanoTime();
            try (AgentChild agent = start(h, node)) {
                agent.awaitServing(600);
                repaired.record(System.nanoTime() - t0);
                dnsmasqAfterRepair = node.processes("dnsmasq").size();
            }
            report.add(String.format(Locale.ROOT, "start to serving, no network: p50 %.0f ms (%d starts)",
                    empty.percentileMillis(50), empty.count()));
            report.add(String.format(Locale.ROOT, "start to serving, %d networks re-checked: p50 %.0f ms (%d starts);"
                    + " ratio %.2f", networks, full.percentileMillis(50), full.count(), full.percentileMillis(50)
                            / empty.percentileMillis(50)));
            report.add(String.format(Locale.ROOT, "start to serving, %d dnsmasq killed and repaired: %.0f ms",
                    networks, repaired.percentileMillis(50)));
            report.add(kib("idle RSS, no network:     ", emptyRss));
            report.add(kib("idle RSS, " + networks + " networks:", fullRss) + String.format(Locale.ROOT,
                    "; %+.1f MB", (fullRss - emptyRss) * 1024 / 1e6));
            leftNothing = true;
        }
        leftNothing &= !BenchNamespace.exists(NS) && !Files.exists(home);
    }

    private static AgentChild start(BenchHome h, BenchNamespace node) throws Exception {
        return AgentChild.xenophiliadIn(node.prefix(), h.serveOn(BenchNamespace.THERE + ":0"));
    }

    /** Times the API's create and destroy of one NAT network against the same commands run directly. */
    private void applyTimes(BenchHome h, BenchNamespace node) throws Exception {
        Latencies creates = new Latencies();
        Latencies destroys = new Latencies();
        Latencies applies = new Latencies();
        Latencies removes = new Latencies();
        try (AgentChild agent = start(h, node)) {
            String[] at = agent.awaitServing(180);
            try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(120))) {
                // what the Agent writes, for the direct run to load and start the same
                String lan = (String) c.callWithSession("Xenophilia.network.create_from_xml", LAN);
                Path direct = h.stateDir().resolveSibling("direct");
                DirectNatCommands.copyDnsmasqConf(h.stateDir().resolve("network/lan/dnsmasq.conf"), direct);
                DirectNatCommands commands = new DirectNatCommands(NS, node.in("/usr/sbin/nft", "list", "table",
                        "inet", "xenophilia"), direct);
                c.callWithSession("network.destroy", lan);
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    lan = (String) c.callWithSession("Xenophilia.network.create_from_xml", LAN);
                    creates.record(System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    c.callWithSession("network.destroy", lan);
                    destroys.record(System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    commands.apply();
                    applies.record(System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    commands.remove();
                    removes.record(System.nanoTime() - t0);
                }
            }
        }
        report.add(String.format(Locale.ROOT, "create_from_xml of a NAT network: p50 %.1f ms (min %.1f, max %.1f);"
                + " the same commands directly: p50 %.1f ms (min %.1f, max %.1f); ratio of p50s %.2f (%d rounds)",
                creates.percentileMillis(50), creates.percentileMillis(0), creates.percentileMillis(100),
                applies.percentileMillis(50), applies.percentileMillis(0), applies.percentileMillis(100),
                creates.percentileMillis(50) / applies.percentileMillis(50), rounds));
        report.add(String.format(Locale.ROOT, "network.destroy: p50 %.1f ms; the same commands directly: p50 %.1f ms;"
                + " ratio of p50s %.2f", destroys.percentileMillis(50), removes.percentileMillis(50),
                destroys.percentileMillis(50) / removes.percentileMillis(50)));
    }

    /** Starts the Agent {@value #STARTS} times, timing each to its serving. @return the idle RSS of the last */
    private long starts(BenchHome h, BenchNamespace node, Latencies times) throws Exception {
        long rss = 0;
        for (int i = 0; i < STARTS; i++) {
            long t0 = System.nanoTime();
            try (AgentChild agent = start(h, node)) {
                String[] at = agent.awaitServing(600);
                times.record(System.nanoTime() - t0);
                if (i == STARTS - 1) {
                    rss = AgentRssBenchmark.settle(agent, settleSeconds);
                    try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(120))) {
                        listed = (int) WireValues.asMap(c.callWithSession("network.get_all_records")).values()
                                .stream().filter(r -> Boolean.TRUE.equals(WireValues.asMap(r).get("managed")))
                                .count();
                    }
                }
            }
        }
        return rss;
    }

    /** Makes the networks, NAT with DHCP each (so a dnsmasq each), through the API. */
    private void makeNetworks(BenchHome h, BenchNamespace node) throws Exception {
        try (AgentChild agent = start(h, node)) {
            String[] at = agent.awaitServing(180);
            try (XenApiClient c = BenchHome.login(at[0], at[1], Duration.ofSeconds(120))) {
                for (int i = 0; i < networks; i++) {
                    c.callWithSession("Xenophilia.network.create_from_xml", nat(i));
                }
            }
        }
    }

    /** @return the definition of the i-th network: {@code bench<i>}, NAT on {@code 10.100.<i>.0/24} with DHCP */
    static String nat(int i) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <network xmlns="http://xenophilia.org/schema/network/1.0">
                  <name>bench%1$d</name>
                  <kind>nat</kind>
                  <ipv4 gateway="10.100.%1$d.1" subnet="10.100.%1$d.0/24">
                    <dhcp end="10.100.%1$d.199" start="10.100.%1$d.100"/>
                  </ipv4>
                </network>
                """.formatted(i);
    }

    private static String kib(String what, long kib) {
        return String.format(Locale.ROOT, "%s %6.1f MB (%d KiB)", what, kib * 1024 / 1e6, kib);
    }

    /** @return how many dnsmasq ran after a start with the networks; -1 before */
    int dnsmasqAfterStart() {
        return dnsmasqAfterStart;
    }

    /** @return how many dnsmasq ran after the start that found them all killed; -1 before */
    int dnsmasqAfterRepair() {
        return dnsmasqAfterRepair;
    }

    /** @return how many networks of the node's the Agent listed after its start with them */
    int listed() {
        return listed;
    }

    /** @return whether the namespace and the Agent's directories are gone */
    boolean leftNothing() {
        return leftNothing;
    }

    String report() {
        StringBuilder sb = new StringBuilder("The node's networks through the Agent (linux host networking, "
                + networks + " networks, in namespace " + NS + ")\n");
        for (String line : report) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }
}
