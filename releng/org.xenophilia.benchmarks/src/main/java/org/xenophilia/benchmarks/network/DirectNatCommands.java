package org.xenophilia.benchmarks.network;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One NAT network made and removed as a script would: the {@code ip}, {@code sysctl}, {@code nft -f -} and
 * {@code dnsmasq} commands one after the other, nothing read back, in a network namespace (through
 * {@code ip netns exec}). What the host networking or the Agent is compared with: the table and dnsmasq's
 * configuration are what they wrote for the same network, so both make the same.
 */
final class DirectNatCommands {

    private final List<String> prefix;
    private final String table;
    private final Path dir;

    /**
     * @param namespace the namespace playing the node
     * @param listedTable {@code nft list table inet xenophilia} of the network as made by the implementation
     * @param dir where dnsmasq's configuration is (its pid file goes there too)
     */
    DirectNatCommands(String namespace, String listedTable, Path dir) {
        this.prefix = List.of("/usr/sbin/ip", "netns", "exec", namespace);
        this.table = "table inet xenophilia\ndelete table inet xenophilia\n" + listedTable;
        this.dir = dir;
    }

    /**
     * Copies the implementation's dnsmasq configuration, pointing at {@code dir} instead of its directory.
     *
     * @param conf the implementation's {@code dnsmasq.conf}
     * @param dir where the copy goes
     */
    static void copyDnsmasqConf(Path conf, Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dnsmasq.conf"), Files.readString(conf).replace(conf.getParent().toString(),
                dir.toString()));
    }

    /** Makes the network: bridge xnat0 marked as lan's, its address, up, forwarding, the table, dnsmasq. */
    void apply() throws Exception {
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

    /**
     * Removes it: dnsmasq (waited for until it is a zombie or gone, as the Agent waits: its sockets are closed then;
     * its parent is init, which reaps it when it will), the table, the bridge, forwarding off.
     */
    void remove() throws Exception {
        long pid = Long.parseLong(Files.readString(dir.resolve("dnsmasq.pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String s;
            try {
                s = Files.readString(stat);
            } catch (java.io.IOException gone) {
                break;
            }
            char state = s.charAt(s.lastIndexOf(')') + 2);
            if (state == 'Z' || state == 'X') {
                break;
            }
            Thread.sleep(1);
        }
        Files.delete(dir.resolve("dnsmasq.pid"));
        exec(true, ns("/usr/sbin/nft", "delete", "table", "inet", "xenophilia"));
        exec(true, ns("/usr/sbin/ip", "link", "del", "dev", "xnat0"));
        exec(true, ns("/usr/sbin/sysctl", "-q", "-w", "net.ipv4.ip_forward=0"));
    }

    private List<String> ns(String... argv) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(argv));
        return all;
    }

    /**
     * Runs a command, its input {@code /dev/null}.
     *
     * @param mustSucceed whether an exit status other than 0 fails
     * @return what it printed (both streams)
     */
    static String exec(boolean mustSucceed, List<String> argv) throws Exception {
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
}
