package org.xenophilia.benchmarks.network;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
            String table = "table inet xenophilia\ndelete table inet xenophilia\n"
                    + exec(true, ns("/usr/sbin/nft", "list", "table", "inet", "xenophilia"));
            Path directDir = Files.createDirectories(state.resolve("direct"));
            String conf = Files.readString(state.resolve("lan/dnsmasq.conf")).replace(state.resolve("lan")
                    .toString(), directDir.toString());
            Files.writeString(directDir.resolve("dnsmasq.conf"), conf);
            net.remove("lan");

            long[] ours = new long[rounds];
            long[] direct = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                net.apply(plan);
                ours[i] = System.nanoTime() - t0;
                net.remove("lan");

                t0 = System.nanoTime();
                applyDirectly(table, directDir);
                direct[i] = System.nanoTime() - t0;
                removeDirectly(directDir);
            }
            double o = median(ours);
            double d = median(direct);
            System.out.printf("NAT network apply (bridge, address, forwarding, nft table, dnsmasq), %d rounds:%n",
                    rounds);
            System.out.printf("  through HostNetworking.apply: median %.1f ms (min %.1f, max %.1f)%n", o,
                    min(ours), max(ours));
            System.out.printf("  the same commands directly:   median %.1f ms (min %.1f, max %.1f)%n", d,
                    min(direct), max(direct));
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

    private static void applyDirectly(String table, Path dir) throws Exception {
        exec(true, ns("/usr/sbin/ip", "link", "add", "name", "xnat0", "mtu", "1500", "type", "bridge"));
        exec(true, ns("/usr/sbin/ip", "link", "set", "dev", "xnat0", "alias", "xenophilia:lan"));
        exec(true, ns("/usr/sbin/ip", "addr", "add", "10.77.0.1/24", "dev", "xnat0"));
        exec(true, ns("/usr/sbin/ip", "link", "set", "dev", "xnat0", "up"));
        exec(true, ns("/usr/sbin/sysctl", "-q", "-w", "net.ipv4.ip_forward=1"));
        execWithInput(table, ns("/usr/sbin/nft", "-f", "-"));
        exec(true, ns("/usr/sbin/dnsmasq", "--conf-file=" + dir.resolve("dnsmasq.conf")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(dir.resolve("dnsmasq.pid")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static void removeDirectly(Path dir) throws Exception {
        long pid = Long.parseLong(Files.readString(dir.resolve("dnsmasq.pid")).strip());
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroy();
            h.onExit().join();
        });
        Files.delete(dir.resolve("dnsmasq.pid"));
        exec(true, ns("/usr/sbin/nft", "delete", "table", "inet", "xenophilia"));
        exec(true, ns("/usr/sbin/ip", "link", "del", "dev", "xnat0"));
        exec(true, ns("/usr/sbin/sysctl", "-q", "-w", "net.ipv4.ip_forward=0"));
    }

    private static List<String> ns(String... argv) {
        List<String> all = new ArrayList<>(PREFIX);
        all.addAll(List.of(argv));
        return all;
    }

    private static String exec(boolean mustSucceed, List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && mustSucceed) {
            throw new IllegalStateException(argv + " failed: " + out);
        }
        return out;
    }

    private static void execWithInput(String input, List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(argv + " failed: " + out);
        }
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
