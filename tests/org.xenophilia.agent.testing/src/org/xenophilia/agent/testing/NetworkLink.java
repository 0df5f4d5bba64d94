package org.xenophilia.agent.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network namespace for an Agent and the link that joins it to this JVM's namespace, with the faults of a real
 * network put on the link: loss, delay with jitter, a partition. Real: the namespace, the addresses and routes, the
 * two kernels' TCP (and the TLS above it). The faults come from {@code network/netem-double} of this bundle, a
 * boundary double for the kernel's netem qdisc, which the kernels of the build and CI machines lack
 * ({@code CONFIG_NET_SCH_NETEM} is not set): it is the wire, two TUN devices, one in each namespace, and it forwards
 * each packet under the conditions in force, as netem would.
 * <p>
 * Needs root, {@code ip} (iproute2), {@code /dev/net/tun} and {@code python3}; without them {@link #open} fails and
 * says which is missing. The namespace and the devices go with {@link #close()}.
 */
public final class NetworkLink implements AutoCloseable {

    private static final AtomicInteger LINKS = new AtomicInteger();

    private final String namespace;
    private final String agentAddress;
    private final Process wire;
    private final Writer commands;
    private final BufferedReader answers;

    private NetworkLink(String namespace, String agentAddress, Process wire) {
        this.namespace = namespace;
        this.agentAddress = agentAddress;
        this.wire = wire;
        this.commands = new java.io.OutputStreamWriter(wire.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(wire.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Makes a namespace and the link to it, without faults yet.
     *
     * @return the link
     * @throws AssertionError if this machine cannot (no root, no ip, no TUN, no python3), saying why
     */
    public static NetworkLink open() throws Exception {
        Path script = Path.of(System.getProperty("xenophilia.repo", "."), "tests/org.xenophilia.agent.testing/network"
                + "/netem-double");
        require(System.getProperty("user.name").equals("root"), "root (namespaces and TUN devices need it)");
        require(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")),
                "ip (iproute2)");
        require(Files.exists(Path.of("/dev/net/tun")), "/dev/net/tun");
        require(Files.isRegularFile(script), script + " (set -Dxenophilia.repo to the repository)");
        // unique on this machine: tests of other work trees may run at the same time
        long pid = ProcessHandle.current().pid();
        int n = LINKS.incrementAndGet();
        String id = Long.toString(pid % 100_000) + "x" + n;
        String namespace = "xenophilia-" + id;
        String near = "xfw" + id;
        String far = "xfa" + id;
        String subnet = "10." + (100 + pid % 100) + "." + (n * 4 % 256) + ".";
        Process wire = new ProcessBuilder("python3", script.toString(), near, far).redirectError(
                ProcessBuilder.Redirect.INHERIT).start();
        NetworkLink link = new NetworkLink(namespace, subnet + "2", wire);
        String ready = link.answers.readLine();
        require("ready".equals(ready), "python3 and a TUN device (the wire said: " + ready + ")");
        ip("netns", "add", namespace);
        ip("link", "set", far, "netns", namespace);
        ip("addr", "add", subnet + "1", "peer", subnet + "2", "dev", near);
        ip("link", "set", near, "up");
        ip("-n", namespace, "addr", "add", subnet + "2", "peer", subnet + "1", "dev", far);
        ip("-n", namespace, "link", "set", far, "up");
        ip("-n", namespace, "link", "set", "lo", "up");
        return link;
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new AssertionError("the network fault tests need " + what + "; this machine has not");
        }
    }

    private static void ip(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** @return the namespace's name, for {@code ip netns exec} */
    public String namespace() {
        return namespace;
    }

    /** @return the Agent's address in its namespace, reached from here through the link */
    public String agentAddress() {
        return agentAddress;
    }

    /**
     * @param command a command line
     * @return it, to be run in the namespace
     */
    public List<String> inNamespace(List<String> command) {
        List<String> out = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        out.addAll(command);
        return out;
    }

    /** Each packet, either way, is lost with this probability. */
    public void loss(int percent) throws IOException {
        tell("loss " + percent);
    }

    /** Each packet, either way, waits {@code millis} plus or minus {@code jitterMillis}. */
    public void delay(int millis, int jitterMillis) throws IOException {
        tell("delay " + millis + " " + jitterMillis);
    }

    /** No packet gets through, either way, until {@link #heal()}: 100 % loss. */
    public void partition() throws IOException {
        tell("partition");
    }

    /** No loss, no delay, no partition. */
    public void heal() throws IOException {
        tell("clear");
    }

    /** @return what the wire has forwarded and dropped so far */
    public String stats() throws IOException {
        return tell("stats");
    }

    /** Gives the wire a command and waits until it is in force. */
    private synchronized String tell(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
        String answer = answers.readLine();
        if (answer == null || !answer.startsWith("ok")) {
            throw new IOException("the wire refused '" + command + "': " + answer);
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            commands.close(); // the wire ends with its input, and its devices with it
            if (!wire.waitFor(10, TimeUnit.SECONDS)) {
                wire.destroyForcibly();
            }
            ip("netns", "del", namespace);
        } catch (Exception e) {
            wire.destroyForcibly();
        }
    }
}
