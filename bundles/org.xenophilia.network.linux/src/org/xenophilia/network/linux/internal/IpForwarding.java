package org.xenophilia.network.linux.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkException.Kind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.linux.internal.Tools.Tool;

/**
 * The host's IP forwarding, on only while a network needs it (NAT or routed; IPv6 forwarding only for such a network
 * with an IPv6 address, since it changes how the host takes router advertisements). The values the host had before
 * the first such network are remembered in {@code <state>/ip-forward.previous} (written before forwarding is turned
 * on, so a restart of the Agent, or a crash, still knows them) and put back when the last one is removed; the file
 * is then deleted. Read and written with {@code sysctl}, through the tool prefix, so it is the namespace's own.
 */
final class IpForwarding {

    static final String V4 = "net.ipv4.ip_forward";
    static final String V6 = "net.ipv6.conf.all.forwarding";
    static final String FILE = "ip-forward.previous";

    private final Tools tools;
    private final Path remembered;

    IpForwarding(Tools tools, Path stateDir) {
        this.tools = tools;
        this.remembered = stateDir.resolve(FILE);
    }

    String value(String key) throws NetworkException {
        return tools.ok(Tool.SYSCTL, "-n", key).strip();
    }

    void set(String key, String value) throws NetworkException {
        tools.ok(Tool.SYSCTL, "-q", "-w", key + "=" + value);
    }

    /**
     * Turns forwarding on for what the networks need, remembering the values it replaces.
     *
     * @param v4 whether IPv4 forwarding is needed
     * @param v6 whether IPv6 forwarding is needed
     * @param rollback records each change
     */
    void require(boolean v4, boolean v6, Rollback rollback) throws NetworkException {
        if (!v4 && !v6) {
            return;
        }
        String was4 = value(V4);
        String was6 = value(V6);
        if ((!v4 || was4.equals("1")) && (!v6 || was6.equals("1"))) {
            return;
        }
        if (!Files.exists(remembered)) {
            write(remembered, V4 + "=" + was4 + "\n" + V6 + "=" + was6 + "\n");
            rollback.done("remembered IP forwarding as it was", () -> AtomicFiles.delete(remembered));
        }
        if (v4 && !was4.equals("1")) {
            set(V4, "1");
            rollback.done("turned IPv4 forwarding on", () -> set(V4, was4));
        }
        if (v6 && !was6.equals("1")) {
            set(V6, "1");
            rollback.done("turned IPv6 forwarding on", () -> set(V6, was6));
        }
    }

    /**
     * Puts back the value remembered of each family no network needs any more, and forgets them once neither is
     * needed.
     *
     * @param v4 whether IPv4 forwarding is still needed
     * @param v6 whether IPv6 forwarding is still needed
     */
    void release(boolean v4, boolean v6) throws NetworkException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(remembered)));
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot read " + remembered + ": " + e.getMessage());
        }
        for (String key : new String[] { V4, V6 }) {
            String v = p.getProperty(key, "");
            if (v.matches("[01]") && !(key.equals(V4) ? v4 : v6) && !value(key).equals(v)) {
                set(key, v);
            }
        }
        if (v4 || v6) {
            return;
        }
        try {
            AtomicFiles.delete(remembered);
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot remove " + remembered + ": " + e.getMessage());
        }
    }

    /** @return whether a plan needs IPv4 forwarding: NAT or routed with an IPv4 subnet */
    static boolean needsV4(NetworkPlan p) {
        return p.forwarding() && p.ipv4() != null;
    }

    /** @return whether a plan needs IPv6 forwarding: NAT or routed with an IPv6 prefix */
    static boolean needsV6(NetworkPlan p) {
        return p.forwarding() && p.ipv6() != null;
    }

    static void write(Path file, String text) throws NetworkException {
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), AtomicFiles.WORLD_READABLE);
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot write " + file + ": " + e.getMessage(), "", e);
        }
    }
}
