package org.xenophilia.network.linux.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkException.Kind;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.StaticLease;
import org.xenophilia.network.linux.internal.Tools.Result;
import org.xenophilia.network.linux.internal.Tools.Tool;

/**
 * The DHCP and DNS server of one network: a dnsmasq of its own, daemonised (so it outlives the Agent), with its
 * configuration, pid and lease files in the network's directory, bound to the network's bridge only. It is ours when
 * its pid file names a live process that is a dnsmasq started with our configuration file: a pid file left by a
 * stopped dnsmasq whose number the kernel gave to another process is not ours, and that process is never signalled.
 */
final class Dnsmasq {

    static final String CONF = "dnsmasq.conf";
    static final String PID = "dnsmasq.pid";
    static final String LEASES = "dnsmasq.leases";

    private static final long WAIT_MILLIS = 5000;

    private final Tools tools;
    private final Path dir;

    /** @param dir the network's directory */
    Dnsmasq(Tools tools, Path dir) {
        this.tools = tools;
        this.dir = dir;
    }

    /** @return whether the network has a dnsmasq: DHCP, router advertisements or DHCPv6, DNS on a NAT network */
    static boolean needed(NetworkPlan p) {
        return p.dhcp() != null || p.ipv6Addressing() != null || p.kind() == NetworkKind.NAT;
    }

    /** @return the configuration file of the plan */
    String configuration(NetworkPlan p) {
        StringBuilder b = new StringBuilder("# dnsmasq of network ").append(p.name())
                .append(" (written by xenophiliad; replaced whole on every change)\n");
        b.append("pid-file=").append(dir.resolve(PID)).append('\n');
        b.append("dhcp-leasefile=").append(dir.resolve(LEASES)).append('\n');
        b.append("interface=").append(p.bridge()).append('\n');
        b.append("except-interface=lo\nbind-interfaces\nno-hosts\n");
        // DNS on the gateway address for NAT networks (upstream: the host's resolvers); none elsewhere
        b.append(p.kind() == NetworkKind.NAT ? "" : "port=0\n");
        Dhcp d = p.dhcp();
        if (d != null) {
            b.append("dhcp-authoritative\n");
            b.append("dhcp-range=").append(d.rangeStart()).append(',').append(d.rangeEnd()).append(',')
                    .append(p.ipv4().netmask()).append(',').append(d.leaseTime().toSeconds()).append('\n');
            for (StaticLease l : d.staticLeases()) {
                b.append("dhcp-host=").append(l.mac()).append(',').append(l.address())
                        .append(l.hostname() == null ? "" : "," + l.hostname()).append('\n');
            }
            // a router only where the host routes; an empty option sends none
            b.append("dhcp-option=option:router").append(p.forwarding() ? "," + p.ipv4().address() : "")
                    .append('\n');
            if (!d.dnsServers().isEmpty()) {
                b.append("dhcp-option=option:dns-server,").append(String.join(",",
                        d.dnsServers().stream().map(Ipv4Address::toString).toList())).append('\n');
            } else if (p.kind() != NetworkKind.NAT) {
                b.append("dhcp-option=option:dns-server\n");
            }
        }
        if (p.ipv6Addressing() != null) {
            ipv6(b, p, p.ipv6Addressing());
        }
        return b.toString();
    }

    /**
     * Router advertisements of the prefix from the host's address on the bridge and, for DHCPv6, the stateful range
     * (the advertisements then tell guests to ask for an address instead of making one). Only where the host routes
     * does it advertise itself as the default router: a private network's advertisements carry a router lifetime of
     * zero, as its DHCP carries no router. DNS is advertised where dnsmasq answers it, on a NAT network.
     */
    private static void ipv6(StringBuilder b, NetworkPlan p, Ipv6Addressing a) {
        b.append("enable-ra\n");
        if (a.mode() == Ipv6Addressing.Mode.SLAAC) {
            b.append("dhcp-range=").append(p.ipv6().subnet().replace("/64", "")).append(",ra-only,64\n");
        } else {
            b.append("dhcp-range=").append(a.rangeStart()).append(',').append(a.rangeEnd()).append(',')
                    .append(p.ipv6().prefix()).append('\n');
        }
        if (!p.forwarding()) {
            b.append("ra-param=").append(p.bridge()).append(",0,0\n");
        }
        if (p.kind() != NetworkKind.NAT) {
            b.append("dhcp-option=option6:dns-server\n");
        }
    }

    /** @return the configuration file as it is, or empty */
    Optional<String> writtenConfiguration() throws IOException {
        try {
            return Optional.of(Files.readString(dir.resolve(CONF)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** @return the process of ours, if it runs */
    Optional<ProcessHandle> running() {
        String pid;
        try {
            pid = Files.readString(dir.resolve(PID)).strip();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!pid.matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).filter(this::isOurs);
    }

    private boolean isOurs(ProcessHandle h) {
        // /proc/PID/cmdline, not ProcessHandle.info(): its arguments are NUL-separated, exactly as given
        try {
            String[] argv = new String(Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            return argv.length > 1 && Path.of(argv[0]).getFileName().toString().equals("dnsmasq")
                    && List.of(argv).contains("--conf-file=" + dir.resolve(CONF));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Starts it on the configuration file as written; it daemonises and writes its pid file. */
    void start() throws NetworkException {
        Result r = tools.run(Tool.DNSMASQ, null, List.of("--conf-file=" + dir.resolve(CONF)));
        if (!r.ok()) {
            String said = r.stderr().isBlank() ? r.stdout() : r.stderr();
            Kind kind = said.contains("Address already in use") ? Kind.CONFLICT : Kind.FAILED;
            throw new NetworkException(kind, "dnsmasq of " + dir.getFileName() + " did not start (exit "
                    + r.exitCode() + "): " + said.strip(), said, null);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (running().isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new NetworkException(Kind.FAILED, "dnsmasq of " + dir.getFileName()
                        + " started but wrote no pid file of a running dnsmasq within " + WAIT_MILLIS + " ms");
            }
            sleep(20);
        }
    }

    /**
     * Stops it if it runs (TERM, then KILL after a wait), and removes its pid file. It counts as stopped once it is
     * gone or a zombie: the daemon's parent is init, which reaps it when it will.
     */
    void stop() throws NetworkException {
        Optional<ProcessHandle> p = running();
        if (p.isPresent()) {
            ProcessHandle h = p.get();
            h.destroy();
            if (!gone(h)) {
                h.destroyForcibly();
                if (!gone(h)) {
                    throw new NetworkException(Kind.FAILED, "dnsmasq " + h.pid() + " of " + dir.getFileName()
                            + " did not stop");
                }
            }
        }
        try {
            Files.deleteIfExists(dir.resolve(PID));
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot remove " + dir.resolve(PID) + ": " + e.getMessage());
        }
    }

    private static boolean gone(ProcessHandle h) throws NetworkException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (h.isAlive() && !zombie(h)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            sleep(10);
        }
        return true;
    }

    /**
     * A zombie has closed its sockets, so a new dnsmasq can bind the address. Its command line is no sign: it is
     * empty as soon as an exiting process lets go of its memory, which the kernel does before it closes its files
     * (a dnsmasq started then found the address in use).
     *
     * @return whether the process has exited and waits to be reaped (its state in {@code /proc/PID/stat} is Z or X)
     */
    private static boolean zombie(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            // PID (COMMAND) STATE ...: the command may hold spaces and parentheses, the state follows the last ')'
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state == 'Z' || state == 'X';
        } catch (IOException e) {
            return true; // gone
        }
    }

    /** @return the leases its lease file holds (lines it cannot read, such as DHCPv6 ones, left out) */
    List<Lease> leases() throws NetworkException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(LEASES));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot read " + dir.resolve(LEASES) + ": " + e.getMessage());
        }
        List<Lease> leases = new ArrayList<>();
        for (String line : lines) {
            // EXPIRY MAC IP HOSTNAME CLIENT-ID; expiry 0 is a lease without end, hostname * is none
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || !f[0].matches("[0-9]{1,19}")) {
                continue;
            }
            try {
                long expiry = Long.parseLong(f[0]);
                leases.add(new Lease(f[1], Ipv4Address.parse(f[2]), f[3].equals("*") ? null : f[3],
                        expiry == 0 ? null : Instant.ofEpochSecond(expiry)));
            } catch (IllegalArgumentException e) {
                // not an IPv4 lease of a MAC address
            }
        }
        return leases;
    }

    private static void sleep(long millis) throws NetworkException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException(Kind.FAILED, "interrupted");
        }
    }
}
