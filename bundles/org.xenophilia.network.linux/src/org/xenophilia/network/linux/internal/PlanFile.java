package org.xenophilia.network.linux.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.Ipv6Interface;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;
import org.xenophilia.network.host.StaticLease;

/**
 * The plan a network was last applied with, recorded in {@code <state>/<name>/plan.properties}: the whole nftables
 * table is made from the recorded plans of all networks (one is applied, the others' rules stay), and a network
 * whose definition the Agent lost is still removed whole. One key per line, in a fixed order, so equal plans are
 * equal files.
 */
final class PlanFile {

    static final String NAME = "plan.properties";

    private PlanFile() {
    }

    static String write(NetworkPlan p) {
        StringBuilder b = new StringBuilder("# the plan network ").append(p.name())
                .append(" was last applied with (written by xenophiliad)\n");
        line(b, "name", p.name());
        line(b, "bridge", p.bridge());
        line(b, "kind", p.kind().name().toLowerCase(Locale.ROOT));
        line(b, "mtu", Integer.toString(p.mtu()));
        if (p.uplink() != null) {
            line(b, "uplink", p.uplink());
        }
        if (p.vlan() != null) {
            line(b, "vlan", p.vlan().toString());
        }
        if (p.ipv4() != null) {
            line(b, "ipv4", p.ipv4().toString());
        }
        if (p.ipv6() != null) {
            line(b, "ipv6", p.ipv6().toString());
        }
        if (p.ipv6Addressing() != null) {
            Ipv6Addressing a = p.ipv6Addressing();
            line(b, "ipv6.addressing", a.mode().name().toLowerCase(Locale.ROOT)
                    + (a.rangeStart() == null ? "" : " " + a.rangeStart() + " " + a.rangeEnd()));
        }
        for (int i = 0; i < p.forwards().size(); i++) {
            PortForward f = p.forwards().get(i);
            line(b, "forward." + i, f.protocol().word() + " " + f.firstPort() + " " + f.lastPort() + " " + f.guest()
                    + " " + f.guestPort());
        }
        if (p.dhcp() != null) {
            Dhcp d = p.dhcp();
            line(b, "dhcp.range", d.rangeStart() + " " + d.rangeEnd());
            line(b, "dhcp.lease-seconds", Long.toString(d.leaseTime().toSeconds()));
            for (int i = 0; i < d.staticLeases().size(); i++) {
                StaticLease l = d.staticLeases().get(i);
                line(b, "dhcp.static." + i, l.mac() + " " + l.address() + (l.hostname() == null ? ""
                        : " " + l.hostname()));
            }
            if (!d.dnsServers().isEmpty()) {
                line(b, "dhcp.dns", String.join(" ", d.dnsServers().stream().map(Object::toString).toList()));
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append('=').append(value).append('\n');
    }

    /**
     * @param text a file {@link #write} made
     * @return the plan
     * @throws IllegalArgumentException if it is not one (a plan that breaks a rule, a missing key)
     */
    static NetworkPlan read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a plan file: " + e.getMessage(), e);
        }
        NetworkKind kind = NetworkKind.valueOf(required(p, "kind").toUpperCase(Locale.ROOT));
        NetworkPlan.Builder b = NetworkPlan.builder(required(p, "name"), required(p, "bridge"), kind)
                .mtu(Integer.parseInt(required(p, "mtu")));
        if (p.getProperty("uplink") != null) {
            b.uplink(p.getProperty("uplink"), p.getProperty("vlan") == null ? null
                    : Integer.valueOf(p.getProperty("vlan")));
        }
        if (p.getProperty("ipv4") != null) {
            b.ipv4(Ipv4Interface.parse(p.getProperty("ipv4")));
        }
        if (p.getProperty("ipv6") != null) {
            b.ipv6(Ipv6Interface.parse(p.getProperty("ipv6")));
        }
        if (p.getProperty("ipv6.addressing") != null) {
            String[] a = p.getProperty("ipv6.addressing").split(" ");
            Ipv6Addressing.Mode mode = Ipv6Addressing.Mode.valueOf(a[0].toUpperCase(Locale.ROOT));
            b.ipv6Addressing(new Ipv6Addressing(mode, a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null));
        }
        for (int i = 0; p.getProperty("forward." + i) != null; i++) {
            String[] f = p.getProperty("forward." + i).split(" ");
            b.forward(new PortForward(PortForward.Protocol.valueOf(f[0].toUpperCase(Locale.ROOT)),
                    Integer.parseInt(f[1]), Integer.parseInt(f[2]), Ipv4Address.parse(f[3]), Integer.parseInt(f[4])));
        }
        if (p.getProperty("dhcp.range") != null) {
            String[] range = p.getProperty("dhcp.range").split(" ");
            List<StaticLease> statics = new ArrayList<>();
            for (int i = 0; p.getProperty("dhcp.static." + i) != null; i++) {
                String[] s = p.getProperty("dhcp.static." + i).split(" ");
                statics.add(new StaticLease(s[0], Ipv4Address.parse(s[1]), s.length > 2 ? s[2] : null));
            }
            List<Ipv4Address> dns = new ArrayList<>();
            for (String d : p.getProperty("dhcp.dns", "").split(" ")) {
                if (!d.isEmpty()) {
                    dns.add(Ipv4Address.parse(d));
                }
            }
            b.dhcp(new Dhcp(Ipv4Address.parse(range[0]), Ipv4Address.parse(range[1]),
                    Duration.ofSeconds(Long.parseLong(required(p, "dhcp.lease-seconds"))), statics, dns));
        }
        return b.build();
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("a plan file without " + key);
        }
        return v;
    }
}
