package org.xenophilia.agent.internal.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.ForwardProtocol;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Lease;
import org.xenophilia.network.definition.Network;
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
 * Turns a network's definition (checked by {@code NetworkDefinitionValidator}) into the {@link NetworkPlan} the host
 * networking applies: every setting has its word in the plan (host networking API 1.2), the {@code uplink} of a nat
 * or routed network as the interface its traffic leaves by, IPv6 {@code addressing} (absent: SLAAC, as
 * {@code docs/networks.md} says) with its DHCPv6 range.
 * <p>
 * A network without {@code dns} hands its guests the gateway (what {@code docs/networks.md} promises), so the plan
 * names it as the DNS server on every kind, not only where the host networking would.
 */
public final class NetworkPlans {

    /** dnsmasq's lease time when a definition does not say: one hour. */
    static final Duration DEFAULT_LEASE = Duration.ofHours(1);

    private NetworkPlans() {
    }

    /**
     * @param n a valid definition
     * @return its plan
     * @throws IllegalArgumentException if the plan refuses it (a rule the definition's validator does not have)
     */
    public static NetworkPlan of(Network n) {
        NetworkKind kind = NetworkKind.valueOf(n.getKind().name());
        NetworkPlan.Builder b = NetworkPlan.builder(n.getName(), BridgeNames.of(n), kind);
        if (n.isSetMtu()) {
            b.mtu(n.getMtu());
        }
        if (kind == NetworkKind.BRIDGED) {
            b.uplink(n.getUplink(), n.isSetVlan() ? n.getVlan() : null);
        } else if (kind != NetworkKind.PRIVATE && n.getUplink() != null) {
            b.uplink(n.getUplink(), null);
        }
        Ipv4 v4 = n.getIpv4();
        Ipv4Interface host = null;
        if (v4 != null && v4.getGateway() != null && kind != NetworkKind.BRIDGED) {
            int length = Integer.parseInt(v4.getSubnet().substring(v4.getSubnet().indexOf('/') + 1));
            host = new Ipv4Interface(Ipv4Address.parse(v4.getGateway()), length);
            b.ipv4(host);
            if (v4.getDhcp() != null) {
                b.dhcp(dhcp(v4, host));
            }
        }
        Ipv6 v6 = n.getIpv6();
        if (v6 != null && v6.getGateway() != null && kind != NetworkKind.BRIDGED) {
            String prefix = v6.getPrefix();
            b.ipv6(new Ipv6Interface(v6.getGateway(), Integer.parseInt(prefix.substring(prefix.indexOf('/') + 1))));
            b.ipv6Addressing(addressing(v6));
        }
        if (kind == NetworkKind.NAT) {
            for (Forward f : n.getForwards()) {
                b.forward(forward(f));
            }
        }
        return b.build();
    }

    /** @return SLAAC when the definition does not say, none for static */
    private static Ipv6Addressing addressing(Ipv6 v6) {
        if (!v6.isSetAddressing()) {
            return Ipv6Addressing.slaac();
        }
        return switch (v6.getAddressing()) {
            case STATIC -> null;
            case SLAAC -> Ipv6Addressing.slaac();
            case DHCPV6 -> Ipv6Addressing.dhcpv6(v6.getDhcp().getStart(), v6.getDhcp().getEnd());
        };
    }

    private static Dhcp dhcp(Ipv4 v4, Ipv4Interface host) {
        Dhcp4 d = v4.getDhcp();
        List<StaticLease> fixed = new ArrayList<>();
        for (Lease l : d.getLeases()) {
            fixed.add(new StaticLease(l.getMac().toLowerCase(java.util.Locale.ROOT), Ipv4Address.parse(l.getAddress()),
                    l.getHostname()));
        }
        List<Ipv4Address> dns = new ArrayList<>();
        for (String s : v4.getDnsServers()) {
            dns.add(Ipv4Address.parse(s));
        }
        if (dns.isEmpty()) {
            dns.add(host.address());
        }
        Duration lease = d.isSetLeaseSeconds() ? Duration.ofSeconds(d.getLeaseSeconds()) : DEFAULT_LEASE;
        return new Dhcp(Ipv4Address.parse(d.getStart()), Ipv4Address.parse(d.getEnd()), lease, fixed, dns);
    }

    private static PortForward forward(Forward f) {
        PortForward.Protocol protocol = f.getProtocol() == ForwardProtocol.UDP ? PortForward.Protocol.UDP
                : PortForward.Protocol.TCP;
        Ipv4Address guest = Ipv4Address.parse(f.getGuestAddress());
        if (f.isSetHostPortEnd() && f.getHostPortEnd() != f.getHostPort()) {
            // a range keeps its ports' numbers
            return new PortForward(protocol, f.getHostPort(), f.getHostPortEnd(), guest, f.getHostPort());
        }
        return PortForward.of(protocol, f.getHostPort(), guest, f.isSetGuestPort() ? f.getGuestPort()
                : f.getHostPort());
    }
}
