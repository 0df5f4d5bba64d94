package org.xenophilia.network.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostNetworkingContext;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.linux.internal.LinuxNetworkingType;

/**
 * A small world of network namespaces on this machine, all named {@code xnt-*}: {@code xnt-node} plays the node (the
 * implementation's tools run inside it through the context's prefix {@code ip netns exec xnt-node}), {@code xnt-up}
 * its upstream network (198.51.100.2, the node being 198.51.100.1 on {@code up0}), and guests whose {@code eth0} is
 * one end of a veth pair whose other end, in the node, is enslaved to a bridge as a domain's vif is. Every command is
 * an argument list; nothing runs in the machine's own namespace but {@code ip netns} itself.
 * <p>
 * {@link #close()} kills every process in the namespaces (dnsmasq, httpd, ...), deletes them (and so their veths) and
 * the state directory, whether the test passed or not; the constructor does the same first for what a killed run
 * left.
 */
final class Lab implements AutoCloseable {

    static final String NODE = "xnt-node";
    static final String UPSTREAM = "xnt-up";
    static final String NODE_UPSTREAM_ADDRESS = "198.51.100.1";
    static final String UPSTREAM_ADDRESS = "198.51.100.2";
    static final String NODE_UPSTREAM_ADDRESS6 = "2001:db8:ff::1";
    static final String UPSTREAM_ADDRESS6 = "2001:db8:ff::2";
    static final Path STATE_ROOT = Path.of("/tmp/xenophilia-network-tests");

    private static final Pattern LEASE = Pattern.compile("lease of ([0-9.]+) obtained");

    /**
     * Namespace names are the machine's, not the test run's: two runs of these tests at once (two checkouts built on
     * one machine) would delete each other's namespaces as leftovers. A run waits for the other's lab to close; the
     * lock goes with a killed run's process, whose leftovers the next lab then clears.
     */
    private static final Path LOCK = Path.of("/tmp/xenophilia-network-lab.lock");

    private final FileLock machineLock;
    final Path stateDir;
    private final List<Process> spawned = new ArrayList<>();
    private final List<String> namespaces = new ArrayList<>();

    Lab() throws Exception {
        machineLock = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE).lock();
        try {
            clearLeftovers();
            stateDir = Files.createDirectories(STATE_ROOT.resolve("state"));
            namespace(NODE);
            namespace(UPSTREAM);
            veth(NODE, "up0", UPSTREAM, "eth0");
            ns(NODE, "ip", "addr", "add", NODE_UPSTREAM_ADDRESS + "/24", "dev", "up0");
            ns(UPSTREAM, "ip", "addr", "add", UPSTREAM_ADDRESS + "/24", "dev", "eth0");
            ns(NODE, "ip", "addr", "add", NODE_UPSTREAM_ADDRESS6 + "/64", "dev", "up0", "nodad");
            ns(UPSTREAM, "ip", "addr", "add", UPSTREAM_ADDRESS6 + "/64", "dev", "eth0", "nodad");
        } catch (Exception | Error e) {
            machineLock.channel().close(); // the next test's lab clears what this one made
            throw e;
        }
    }

    /** @return the networking of the node, run inside its namespace */
    HostNetworking networking() throws NetworkException {
        return new LinuxNetworkingType().open(new HostNetworkingContext(stateDir, Map.of(),
                List.of("/usr/sbin/ip", "netns", "exec", NODE)));
    }

    void namespace(String name) throws Exception {
        run("ip", "netns", "add", name);
        namespaces.add(name);
        ns(name, "ip", "link", "set", "lo", "up");
        // no duplicate address detection: link-local addresses are final at once, so snapshots compare equal
        ns(name, "sysctl", "-q", "-w", "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0");
    }

    /** A veth pair from one namespace to another, both ends up. */
    void veth(String ns1, String name1, String ns2, String name2) throws Exception {
        run("ip", "link", "add", name1, "netns", ns1, "type", "veth", "peer", "name", name2, "netns", ns2);
        ns(ns1, "ip", "link", "set", name1, "up");
        ns(ns2, "ip", "link", "set", name2, "up");
    }

    /**
     * A guest: a namespace whose {@code eth0} (with the given MAC address) is plugged into a bridge of the node.
     *
     * @param guest the namespace, {@code xnt-g1}
     * @param vif the node's end, {@code vif1}
     * @param bridge the bridge in the node
     * @param mac its MAC address
     */
    void guest(String guest, String vif, String bridge, String mac) throws Exception {
        namespace(guest);
        run("ip", "link", "add", vif, "netns", NODE, "type", "veth", "peer", "name", "eth0", "netns", guest);
        ns(guest, "ip", "link", "set", "eth0", "address", mac);
        ns(guest, "ip", "link", "set", "eth0", "up");
        ns(NODE, "ip", "link", "set", vif, "master", bridge, "up");
    }

    /** Unplugs guests from the node, as their domains' vifs go when they stop: their ends in the node deleted. */
    void unplug(String... vifs) throws Exception {
        for (String vif : vifs) {
            ns(NODE, "ip", "link", "del", vif);
        }
    }

    /** A guest's fixed address and, if given, its default route. */
    void address(String guest, String cidr, String gateway) throws Exception {
        ns(guest, "ip", "addr", "add", cidr, "dev", "eth0");
        if (gateway != null) {
            ns(guest, "ip", "route", "add", "default", "via", gateway);
        }
    }

    /**
     * Asks for a lease with busybox's udhcpc (its script {@code /bin/true}: the address is set here, from what it
     * printed), then sets the address and the default route.
     *
     * @return the address leased
     */
    String dhcp(String guest, String hostname, int prefix, String gateway) throws Exception {
        Result r = exec(List.of("ip", "netns", "exec", guest, "busybox", "udhcpc", "-i", "eth0", "-n", "-q", "-f",
                "-t", "10", "-T", "1", "-s", "/bin/true", "-x", "hostname:" + hostname), 60);
        Matcher m = LEASE.matcher(r.out + r.err);
        if (r.code != 0 || !m.find()) {
            fail("no lease for " + guest + ": " + r);
        }
        address(guest, m.group(1) + "/" + prefix, gateway);
        return m.group(1);
    }

    /**
     * Waits for the guest's kernel to make an address of the prefix from the node's router advertisements (SLAAC:
     * a guest namespace does not forward, so it takes them).
     *
     * @param prefix the first groups of the prefix, {@code fd00:77:}
     * @return the address made
     */
    String slaac(String guest, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Matcher m = Pattern.compile("inet6 (" + Pattern.quote(prefix) + "[0-9a-f:]*)/64").matcher(ns(guest, "ip",
                    "-6", "-o", "addr", "show", "dev", "eth0", "scope", "global"));
            if (m.find()) {
                return m.group(1);
            }
            if (System.nanoTime() > deadline) {
                fail(guest + " made no address in " + prefix + " within 30 s from router advertisements");
            }
            Thread.sleep(200);
        }
    }

    /** The DHCPv6 client of this machine, if it has one: ISC's dhclient (package isc-dhcp-client). */
    static final Path DHCLIENT = Path.of("/sbin/dhclient");

    /**
     * Asks for an address with {@code dhclient -6} (its script {@code /bin/true}: nothing configured, the address
     * is read from its lease file).
     *
     * @return the address leased
     */
    String dhcpv6(String guest) throws Exception {
        Path dir = Files.createDirectories(STATE_ROOT.resolve("dhclient-" + guest));
        Result r = exec(List.of("ip", "netns", "exec", guest, DHCLIENT.toString(), "-6", "-1", "-sf", "/bin/true",
                "-lf", dir.resolve("leases").toString(), "-pf", dir.resolve("pid").toString(), "eth0"), 60);
        // it stays as a daemon to renew: the namespace's processes are killed when the lab closes
        Matcher m = Pattern.compile("iaaddr ([0-9a-f:]+) ").matcher(Files.exists(dir.resolve("leases"))
                ? Files.readString(dir.resolve("leases")) : "");
        if (r.code != 0 || !m.find()) {
            fail("no DHCPv6 lease for " + guest + ": " + r);
        }
        return m.group(1);
    }

    /** @return whether one ping from the namespace to the address is answered within two seconds */
    boolean pings(String ns, String address) throws Exception {
        return exec(List.of("ip", "netns", "exec", ns, "busybox", "ping", "-c", "1", "-W", "2", address), 30)
                .code == 0;
    }

    /**
     * Serves a directory with busybox's httpd in a namespace, logging each request's peer to a file.
     *
     * @return the log (its requests, {@code [::ffff:ADDRESS]:PORT: url:/path})
     */
    Path serve(String ns, int port, String file, String content) throws Exception {
        Path root = Files.createDirectories(STATE_ROOT.resolve("www-" + ns + "-" + port));
        Files.writeString(root.resolve(file), content);
        Path log = STATE_ROOT.resolve("httpd-" + ns + "-" + port + ".log");
        ProcessBuilder pb = new ProcessBuilder("ip", "netns", "exec", ns, "busybox", "httpd", "-f", "-vv", "-p",
                Integer.toString(port), "-h", root.toString());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        spawned.add(pb.start());
        return log;
    }

    /**
     * @return what {@code curl} fetched from the URL in the namespace, or {@code null} if it failed (busybox's wget is
     *         not used: with a time limit it crashes on this machine)
     */
    String fetch(String ns, String url) throws Exception {
        // a server started a moment ago may not listen yet: a refused connection is tried again, within the limit
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Result r;
        do {
            r = exec(List.of("ip", "netns", "exec", ns, "curl", "-sS", "-m", "3", url), 30);
            if (r.code == 0) {
                return r.out;
            }
        } while (r.err.contains("refused") && System.nanoTime() < deadline);
        return null;
    }

    /** Runs a command inside a namespace; it must succeed. @return its output */
    String ns(String ns, String... argv) throws Exception {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(argv));
        Result r = exec(all, 30);
        assertEquals(0, r.code, r.toString());
        return r.out;
    }

    /** Runs a command that must succeed. */
    static String run(String... argv) throws Exception {
        Result r = exec(List.of(argv), 30);
        assertEquals(0, r.code, r.toString());
        return r.out;
    }

    record Result(List<String> argv, int code, String out, String err) {
    }

    static Result exec(List<String> argv, int seconds) throws Exception {
        Path out = Files.createTempFile("xnt", ".out");
        Path err = Files.createTempFile("xnt", ".err");
        try {
            Process p = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(argv, -1, Files.readString(out), "killed after " + seconds + " s");
            }
            return new Result(argv, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The pids of the processes in a namespace. */
    static List<Long> pids(String ns) throws Exception {
        Result r = exec(List.of("ip", "netns", "pids", ns), 30);
        return r.out.lines().filter(l -> l.matches("[0-9]+")).map(Long::valueOf).toList();
    }

    @Override
    public void close() throws Exception {
        for (Process p : spawned) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (String ns : namespaces) {
            deleteNamespace(ns);
        }
        deleteTree(STATE_ROOT);
        machineLock.channel().close();
    }

    private static void clearLeftovers() throws Exception {
        for (String line : run("ip", "netns", "list").lines().toList()) {
            String ns = line.split(" ")[0];
            if (ns.startsWith("xnt-")) {
                deleteNamespace(ns);
            }
        }
        deleteTree(STATE_ROOT);
    }

    private static void deleteNamespace(String ns) throws Exception {
        // only the processes inside this test's namespace, by their ids
        for (long pid : pids(ns)) {
            ProcessHandle.of(pid).ifPresent(h -> {
                h.destroyForcibly();
                h.onExit().join();
            });
        }
        exec(List.of("ip", "netns", "del", ns), 30);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
