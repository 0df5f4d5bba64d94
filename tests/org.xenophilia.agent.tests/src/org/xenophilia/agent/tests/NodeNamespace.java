package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network namespace playing a node whose Agent applies its networks with the real {@code linux} host networking,
 * and guests plugged into its bridges as domains' vifs are. The Agent runs inside it ({@code ip netns exec}), so its
 * bridges, its nftables table and its dnsmasq are the namespace's, never this machine's; a veth pair joins it to this
 * JVM's namespace ({@link #agentAddress()}) for the clients. Names carry this JVM's pid and the number of the node in
 * this JVM ({@code xna<pid>-<number>n}), and each node has a /30 of its own for that link, so tests of other work
 * trees, and the cases of one test that run side by side ({@link NetworkKillTest}), can run at the same time.
 * <p>
 * {@link #close()} kills every process left in the namespaces (the daemonised dnsmasq) by its id and deletes them,
 * with their interfaces, table and routes, whether the test passed or not; {@link #open()} first does the same for
 * what a killed run left (a namespace of this kind whose JVM is gone).
 */
final class NodeNamespace implements AutoCloseable {

    /** A node or guest of a JVM (group 1); without the number, as runs of earlier checkouts named them. */
    private static final Pattern OURS = Pattern.compile("xna([0-9]+)(-[0-9]+)?[ng]");
    /** Nodes opened by this JVM so far: the next one's number. */
    private static final AtomicInteger OPENED = new AtomicInteger();
    private static final Pattern LEASE = Pattern.compile("lease of ([0-9.]+) obtained");

    private final String id;
    private final String node;
    private final String guest;
    /** The first three octets of the link's addresses, and the link's /30 in the fourth. */
    private final String network;
    private final int link;
    private final List<String> namespaces = new ArrayList<>();

    /**
     * @param pid this JVM's
     * @param number the node's number in this JVM (at most 4 digits: an interface's name has at most 15 characters)
     */
    private NodeNamespace(long pid, int number) {
        this.id = pid + "-" + number;
        this.node = "xna" + id + "n";
        this.guest = "xna" + id + "g";
        this.network = "10." + (200 + pid % 50) + "." + (pid / 50 % 64 * 4) + ".";
        this.link = number % 64 * 4;
    }

    /**
     * Makes the node's namespace and its link to this JVM's.
     *
     * @throws AssertionError if this machine cannot (not root, no iproute2, nftables, dnsmasq or busybox), saying why
     */
    static NodeNamespace open() throws Exception {
        require(System.getProperty("user.name").equals("root"), "root");
        for (String tool : List.of("/usr/sbin/ip", "/usr/sbin/nft", "/usr/sbin/dnsmasq", "/usr/bin/busybox")) {
            require(Files.isExecutable(Path.of(tool)), tool);
        }
        clearLeftovers();
        NodeNamespace n = new NodeNamespace(ProcessHandle.current().pid(), OPENED.getAndIncrement());
        try {
            n.namespace(n.node);
            String near = "xna" + n.id;
            run("ip", "link", "add", near, "type", "veth", "peer", "name", "up0", "netns", n.node);
            run("ip", "addr", "add", n.network + (n.link + 1) + "/30", "dev", near);
            run("ip", "link", "set", near, "up");
            n.node("ip", "addr", "add", n.agentAddress() + "/30", "dev", "up0");
            n.node("ip", "link", "set", "up0", "up");
        } catch (Exception | AssertionError e) {
            n.close();
            throw e;
        }
        return n;
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new AssertionError("the tests of the linux host networking need " + what + "; this machine has"
                    + " not");
        }
    }

    /** @return the namespace playing the node, for {@code ip netns exec} */
    String node() {
        return node;
    }

    /** @return the node's address, reached from this JVM */
    String agentAddress() {
        return network + (link + 2);
    }

    /**
     * Starts {@code xenophiliad serve} in the node's namespace on the simulated hypervisor backend with the
     * {@code linux} host networking (its jar, as the build made it, on the class path as the .deb's lib/ has it).
     *
     * @param conf its configuration file, which must say {@code networking = linux}
     * @param state its state directory
     * @param jvmOptions options for its JVM (the halt seam's property)
     */
    AgentProcess startAgent(Path conf, Path state, List<String> jvmOptions) throws Exception {
        return AgentProcess.startInNamespace(node, jvmOptions, List.of(linuxNetworkingJar()), "serve", "--backend",
                "simulated", "--config", conf.toString(), "--state-dir", state.toString(), "--listen",
                agentAddress() + ":0");
    }

    /** The linux host networking as the build made it: build {@code bundles/org.xenophilia.network.linux} first. */
    static Path linuxNetworkingJar() throws IOException {
        Path target = Path.of(System.getProperty("xenophilia.repo", "../.."), "bundles",
                "org.xenophilia.network.linux", "target");
        try (var s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("org\\.xenophilia\\.network\\.linux-.*\\.jar")
                    && !p.toString().endsWith("-sources.jar")).findFirst().orElseThrow(() -> new IOException(
                            "build the linux host networking first: no jar in " + target.toAbsolutePath()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("build the linux host networking first: no " + target.toAbsolutePath(), e);
        }
    }

    private void namespace(String name) throws Exception {
        run("ip", "netns", "add", name);
        namespaces.add(name);
        in(name, "ip", "link", "set", "lo", "up");
    }

    /**
     * A guest: a namespace whose {@code eth0} (with the given MAC address) is plugged into a bridge of the node, as a
     * domain's vif is.
     */
    void guest(String bridge, String mac) throws Exception {
        namespace(guest);
        String vif = "vxa" + id;
        run("ip", "link", "add", vif, "netns", node, "type", "veth", "peer", "name", "eth0", "netns", guest);
        in(guest, "ip", "link", "set", "eth0", "address", mac);
        in(guest, "ip", "link", "set", "eth0", "up");
        node("ip", "link", "set", vif, "master", bridge, "up");
    }

    /**
     * Asks for a lease in the guest with busybox's {@code udhcpc} (its script {@code /bin/true}: nothing is set).
     *
     * @return the address leased
     */
    String dhcp(String hostname) throws Exception {
        Result r = exec(List.of("ip", "netns", "exec", guest, "busybox", "udhcpc", "-i", "eth0", "-n", "-q", "-f", "-t",
                "10", "-T", "1", "-s", "/bin/true", "-x", "hostname:" + hostname), 60);
        Matcher m = LEASE.matcher(r.out + r.err);
        if (r.code != 0 || !m.find()) {
            fail("no lease: " + r);
        }
        return m.group(1);
    }

    /** Runs a command in the node's namespace; it must succeed. @return its output */
    String node(String... argv) throws Exception {
        return in(node, argv);
    }

    /** @return the ids of the processes in the node's namespace whose command is {@code name} */
    List<Long> processes(String name) throws Exception {
        List<Long> out = new ArrayList<>();
        for (long pid : pids(node)) {
            Optional<String> cmd = ProcessHandle.of(pid).flatMap(h -> h.info().command());
            if (cmd.isPresent() && Path.of(cmd.get()).getFileName().toString().equals(name)) {
                out.add(pid);
            }
        }
        return out;
    }

    /**
     * Kills a process of the node ({@code kill -9}) and waits until it has exited: gone or a zombie, its sockets
     * closed (a daemon's parent is init, which reaps it when it will).
     */
    static void kill(long pid) throws Exception {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        Await.until("process " + pid + " exited", Duration.ofSeconds(10), () -> {
            try {
                String s = Files.readString(stat);
                return s.charAt(s.lastIndexOf(')') + 2) == 'Z';
            } catch (IOException e) {
                return true;
            }
        }, exited -> exited);
    }

    private static String in(String ns, String... argv) throws Exception {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(argv));
        Result r = exec(all, 30);
        assertEquals(0, r.code, r.toString());
        return r.out;
    }

    private static String run(String... argv) throws Exception {
        Result r = exec(List.of(argv), 30);
        assertEquals(0, r.code, r.toString());
        return r.out;
    }

    private record Result(List<String> argv, int code, String out, String err) {
    }

    private static Result exec(List<String> argv, int seconds) throws Exception {
        Path out = Files.createTempFile("xna", ".out");
        Path err = Files.createTempFile("xna", ".err");
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

    private static List<Long> pids(String ns) throws Exception {
        return exec(List.of("ip", "netns", "pids", ns), 30).out.lines().filter(l -> l.matches("[0-9]+"))
                .map(Long::valueOf).toList();
    }

    @Override
    public void close() {
        try {
            // the pair goes with either end at once; with the namespace, when the kernel gets round to it
            exec(List.of("ip", "link", "del", "xna" + id), 30);
        } catch (Exception e) {
            System.err.println("could not delete xna" + id + ": " + e);
        }
        for (String ns : namespaces) {
            try {
                delete(ns);
            } catch (Exception e) {
                System.err.println("could not delete namespace " + ns + ": " + e);
            }
        }
    }

    /**
     * Deletes the namespaces of this kind whose JVM is gone: what a killed run left. One caller at a time in this JVM
     * (the kill tests open nodes concurrently), and a leftover that another JVM deleted first is gone all the same.
     */
    private static synchronized void clearLeftovers() throws Exception {
        for (String line : run("ip", "netns", "list").lines().toList()) {
            String ns = line.split(" ")[0];
            Matcher m = OURS.matcher(ns);
            if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                try {
                    delete(ns);
                } catch (IOException e) {
                    if (Files.exists(Path.of("/run/netns", ns))) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void delete(String ns) throws Exception {
        // only the processes inside the namespace, by their ids
        for (long pid : pids(ns)) {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isPresent()) {
                h.get().destroyForcibly();
                try {
                    h.get().onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // a daemon is reaped by init when it will; killed is enough for the namespace to go
                }
            }
        }
        Result r = exec(List.of("ip", "netns", "del", ns), 30);
        if (r.code != 0) {
            throw new IOException(r.toString());
        }
    }
}
