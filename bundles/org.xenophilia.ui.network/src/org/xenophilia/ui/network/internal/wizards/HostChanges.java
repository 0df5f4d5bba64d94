package org.xenophilia.ui.network.internal.wizards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.IpPrefix;
import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Dhcp6;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Ipv6Addressing;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;
import org.xenophilia.ui.network.internal.Messages;

/**
 * What a definition makes on the host, in sentences, as the Agent's host networking makes it (docs/networks.md): the
 * bridge, the VLAN interface and uplink in it, dom0's addresses, the nftables rules of its kind (masquerading, routing,
 * isolation) and forwards, IP forwarding, the dnsmasq that serves DHCP and DNS, and how guests get IPv6 addresses
 * (said to be kept in the definition only, as the host networking does not serve it yet). For an edit, the difference
 * between what is there and what will be: what goes, what comes; the rest stays.
 */
final class HostChanges {

    /**
     * What changes.
     *
     * @param added what will be made (everything, for a new network)
     * @param removed what will be taken away
     * @param kept how many things stay as they are
     */
    record Difference(List<String> added, List<String> removed, int kept) {
    }

    private HostChanges() {
    }

    /**
     * @param now the definition to apply
     * @param before the definition there now, or null for a new network
     * @return what changes on the host
     */
    static Difference between(Network now, Network before) {
        Set<String> after = new LinkedHashSet<>(of(now));
        Set<String> there = before == null ? Set.of() : new LinkedHashSet<>(of(before));
        List<String> added = after.stream().filter(s -> !there.contains(s)).toList();
        List<String> removed = there.stream().filter(s -> !after.contains(s)).toList();
        return new Difference(added, removed, (int) after.stream().filter(there::contains).count());
    }

    /** The IPv4 subnet and the IPv6 prefix a network routes or masquerades, those it has. */
    private static List<String> addresses(String subnet, Ipv6 ip6) {
        List<String> out = new ArrayList<>(2);
        if (subnet != null) {
            out.add(subnet);
        }
        if (ip6 != null && ip6.getPrefix() != null) {
            out.add(ip6.getPrefix());
        }
        return out;
    }

    /**
     * @param n a definition
     * @return what exists on the host while it is applied
     */
    static List<String> of(Network n) {
        List<String> out = new ArrayList<>();
        String bridge = bridge(n);
        out.add(NLS.bind(Messages.Host_bridge, bridge, n.isSetMtu() ? Integer.toString(n.getMtu())
                : Messages.Host_defaultMtu));
        NetworkKind kind = n.getKind() == null ? NetworkKind.PRIVATE : n.getKind();
        String uplink = n.getUplink();
        if (kind == NetworkKind.BRIDGED && uplink != null) {
            if (n.isSetVlan()) {
                out.add(NLS.bind(Messages.Host_vlan, new Object[] {uplink + "." + n.getVlan(), uplink, n.getVlan()}));
                out.add(NLS.bind(Messages.Host_enslave, uplink + "." + n.getVlan(), bridge));
            } else {
                out.add(NLS.bind(Messages.Host_enslave, uplink, bridge));
            }
            return out;
        }
        Ipv4 ip = n.getIpv4();
        String subnet = ip == null ? null : ip.getSubnet();
        if (ip != null && ip.getGateway() != null && subnet != null) {
            out.add(NLS.bind(Messages.Host_address, new Object[] {ip.getGateway() + "/" + length(subnet), bridge}));
        }
        Ipv6 ip6 = n.getIpv6();
        if (ip6 != null && ip6.getGateway() != null && ip6.getPrefix() != null) {
            out.add(NLS.bind(Messages.Host_address, new Object[] {ip6.getGateway() + "/" + length(ip6.getPrefix()),
                bridge}));
        }
        if (ip6 != null) {
            out.add(NLS.bind(Messages.Host_ipv6Addressing, ipv6Addressing(ip6)));
        }
        String out0 = uplink == null ? Messages.Host_defaultUplink : uplink;
        switch (kind) {
            case NAT -> {
                // both families leave masqueraded (NAT66 for IPv6)
                addresses(subnet, ip6).forEach(a -> out.add(NLS.bind(Messages.Host_masquerade, a, out0)));
                out.add(Messages.Host_forwarding);
            }
            case ROUTED -> {
                addresses(subnet, ip6).forEach(a -> out.add(NLS.bind(Messages.Host_route, a, out0)));
                out.add(Messages.Host_forwarding);
            }
            default -> out.add(NLS.bind(Messages.Host_isolate, bridge));
        }
        for (Forward f : n.getForwards()) {
            out.add(NLS.bind(Messages.Host_portForward, new Object[] {f.getProtocol() == null ? "" : f.getProtocol()
                    .getLiteral(), f.getHostPort() + (f.isSetHostPortEnd() ? "-" + f.getHostPortEnd() : ""), f
                            .getGuestAddress() + (f.isSetGuestPort() ? ":" + f.getGuestPort() : "")}));
        }
        Dhcp4 d = ip == null ? null : ip.getDhcp();
        if (d != null) {
            out.add(NLS.bind(Messages.Host_dhcp, new Object[] {bridge, d.getStart(), d.getEnd(), d
                    .isSetLeaseSeconds() ? d.getLeaseSeconds() + " s" : Messages.Host_defaultLease}));
            d.getLeases().forEach(l -> out.add(NLS.bind(Messages.Host_fixedLease, l.getMac(), l.getAddress())));
            if (!ip.getDnsServers().isEmpty()) {
                out.add(NLS.bind(Messages.Host_dns, String.join(", ", ip.getDnsServers())));
            }
        }
        return out;
    }

    private static String ipv6Addressing(Ipv6 ip6) {
        Ipv6Addressing how = ip6.isSetAddressing() ? ip6.getAddressing() : Ipv6Addressing.SLAAC;
        Dhcp6 d = ip6.getDhcp();
        return switch (how) {
            case DHCPV6 -> NLS.bind(Messages.Host_ipv6Dhcp, d == null ? "?" : d.getStart(), d == null ? "?" : d
                    .getEnd());
            case STATIC -> Messages.Host_ipv6Static;
            default -> Messages.Host_ipv6Slaac;
        };
    }

    private static String bridge(Network n) {
        try {
            return BridgeNames.of(n);
        } catch (RuntimeException e) {
            return n.getBridge() == null ? "?" : n.getBridge();
        }
    }

    private static String length(String prefix) {
        try {
            return Integer.toString(IpPrefix.parse(prefix).length());
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
