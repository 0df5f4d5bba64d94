package org.xenophilia.benchmarks.network;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostNetworkingContext;
import org.xenophilia.network.host.HostNetworkingType;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;
import org.xenophilia.network.host.StaticLease;

/**
 * The apply time of one NAT network (bridge, address, IP forwarding, the nftables table, dnsmasq) through the Linux
 * host networking, against the same {@code ip}/{@code sysctl}/{@code nft -f -}/{@code dnsmasq} commands run directly
 * one after the other, as a script would, without reading anything back. Both run in a network namespace of their
 * own ({@code xnb-node}, through {@code ip netns exec}, so both pay the same prefix), alternately, and the network is
 * removed after each run. As root. Prints the median of each and their ratio (within this one run).
 *
 * <pre>run.sh network-apply [rounds=20]</pre>
 */
public final class NetworkApplyBenchmark {

    private static final String NS = "xnb-node";
    private static final List<String> PREFIX = List.of("/usr/sbin/ip", "netns", "exec", NS);

    private NetworkApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path state = Files.createTempDirectory("xnb-state");
        exec(false, List.of("ip", "netns", "del", NS));
        exec(true, List.of("ip", "netns", "add", NS));
        try {
            HostNetworkingType type = java.util.ServiceLoader.load(HostNetworkingType.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no host networking type on the class path"));
            HostNetworking net = type.open(new HostNetworkingContext(state, Map.of(), PREFIX));
            NetworkPlan plan = plan();
            // what the implementation writes, for the direct run to load and start the same
            net.apply(plan);
            DirectNatCommands direct = directOf(state);
            net.remove("lan");

            long[] ours = new long[rounds];
            long[] directly = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                net.apply(plan);
                ours[i] = System.nanoTime() - t0;
                net.remove("lan");

                t0 = System.nanoTime();
                direct.apply();
                directly[i] = System.nanoTime() - t0;
                direct.remove();
            }
            double o = median(ours);
            double d = median(directly);
            System.out.printf("NAT network apply (bridge, address, forwarding, nft table, dnsmasq), %d rounds:%n",
                    rounds);
            System.out.printf("  through HostNetworking.apply: median %.1f ms (min %.1f, max %.1f)%n", o,
                    min(ours), max(ours));
            System.out.printf("  the same commands directly:   median %.1f ms (min %.1f, max %.1f)%n", d,
                    min(directly), max(directly));
            System.out.printf("  ratio: %.2f%n", o / d);
        } finally {
            exec(false, List.of("ip", "netns", "pids", NS)).lines().filter(l -> l.matches("[0-9]+"))
                    .forEach(p -> ProcessHandle.of(Long.parseLong(p)).ifPresent(ProcessHandle::destroyForcibly));
            exec(false, List.of("ip", "netns", "del", NS));
            try (var s = Files.walk(state)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    public static NetworkPlan plan() {
        return NetworkPlan.builder("lan", "xnat0", NetworkKind.NAT).ipv4(Ipv4Interface.parse("10.77.0.1/24"))
                .forward(PortForward.of(PortForward.Protocol.TCP, 8080, Ipv4Address.parse("10.77.0.50"), 80))
                .dhcp(new Dhcp(Ipv4Address.parse("10.77.0.100"), Ipv4Address.parse("10.77.0.199"),
                        Duration.ofHours(1), List.of(new StaticLease("52:54:00:12:34:56",
                                Ipv4Address.parse("10.77.0.50"), "web")), List.of()))
                .build();
    }

    /** @return the same network made by hand, from the table and dnsmasq configuration the implementation wrote */
    private static DirectNatCommands directOf(Path state) throws Exception {
        String table = exec(true, List.of("/usr/sbin/ip", "netns", "exec", NS, "/usr/sbin/nft", "list", "table",
                "inet", "xenophilia"));
        Path dir = state.resolve("direct");
        DirectNatCommands.copyDnsmasqConf(state.resolve("lan/dnsmasq.conf"), dir);
        return new DirectNatCommands(NS, table, dir);
    }

    private static String exec(boolean mustSucceed, List<String> argv) throws Exception {
        return DirectNatCommands.exec(mustSucceed, argv);
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return (s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0) / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
