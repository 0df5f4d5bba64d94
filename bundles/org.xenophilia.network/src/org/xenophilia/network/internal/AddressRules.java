package org.xenophilia.network.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.xenophilia.model.internal.xml.ModelText;
import org.xenophilia.network.IpAddress;
import org.xenophilia.network.IpAddress.Family;
import org.xenophilia.network.IpPrefix;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Dhcp6;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Ipv6Addressing;
import org.xenophilia.network.definition.Lease;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;

/**
 * The rules of a network's addresses: every address and prefix parsed literally, then the gateway, the DHCP ranges,
 * the fixed leases and the port forwards checked against the subnet or prefix they belong to.
 */
final class AddressRules {

    private static final int IPV4_SMALLEST = 30;
    private static final int IPV6_SMALLEST = 126;
    private static final int SLAAC_LENGTH = 64;

    private AddressRules() {
    }

    static void check(Network network, Problems problems) {
        NetworkKind kind = network.isSetKind() ? network.getKind() : null;
        Ipv4 ipv4 = network.getIpv4();
        IpPrefix subnet = null;
        IpAddress gateway = null;
        if (ipv4 != null) {
            subnet = prefix(ipv4, Fields.IPV4_SUBNET, Family.IPV4, problems);
            gateway = address(ipv4, Fields.IPV4_GATEWAY, -1, Family.IPV4, problems);
            checkIpv4(ipv4, kind, subnet, gateway, problems);
        }
        if (network.getIpv6() != null) {
            checkIpv6(network.getIpv6(), problems);
        }
        if (kind == NetworkKind.NAT) {
            checkForwards(network.getForwards(), subnet, gateway, problems);
        }
    }

    // ------------------------------------------------------------------------------------------- IPv4

    private static void checkIpv4(Ipv4 ipv4, NetworkKind kind, IpPrefix subnet, IpAddress gateway,
            Problems problems) {
        Dhcp4 dhcp = ipv4.getDhcp();
        if (ipv4.getGateway() == null && (kind == NetworkKind.NAT || kind == NetworkKind.ROUTED
                || (kind == NetworkKind.PRIVATE && dhcp != null))) {
            problems.add(NetworkRule.GATEWAY_REQUIRED, ipv4, Fields.IPV4_GATEWAY, -1, null, "ipv4.gateway is "
                    + "missing: " + (kind == NetworkKind.PRIVATE ? "DHCP on a private network answers at dom0's "
                            + "address on the bridge" : "the guests of a " + kind.getLiteral() + " network need "
                                    + "dom0's address on the bridge as their gateway")
                    + (subnet == null ? "" : " (e.g. " + subnet.first().plus(1) + ")"));
        }
        if (subnet != null && gateway != null) {
            checkGateway(ipv4, Fields.IPV4_GATEWAY, subnet, gateway, problems);
        }
        for (int i = 0; i < ipv4.getDnsServers().size(); i++) {
            address(ipv4, Fields.IPV4_DNS, i, Family.IPV4, problems);
        }
        if (dhcp != null) {
            checkRange(dhcp, Fields.DHCP4_START, Fields.DHCP4_END, Family.IPV4, subnet, ipv4, Fields.IPV4_GATEWAY,
                    gateway, problems);
            checkLeases(dhcp.getLeases(), subnet, gateway, problems);
        }
    }

    private static void checkLeases(List<Lease> leases, IpPrefix subnet, IpAddress gateway, Problems problems) {
        Map<String, Integer> macs = new HashMap<>();
        Map<IpAddress, Integer> addresses = new HashMap<>();
        for (int i = 0; i < leases.size(); i++) {
            Lease lease = leases.get(i);
            String at = "ipv4.dhcp.leases[" + i + "]";
            String mac = lease.getMac();
            if (mac != null && !problems.isInvalid(lease, Fields.LEASE_MAC, -1)) {
                Integer first = macs.putIfAbsent(mac.toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    problems.add(NetworkRule.DUPLICATE_LEASE_MAC, lease, Fields.LEASE_MAC, -1, mac, at + ".mac " + mac
                            + " already has a lease, ipv4.dhcp.leases[" + first + "]");
                }
                if ((Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
                    problems.add(NetworkRule.MULTICAST_MAC, lease, Fields.LEASE_MAC, -1, mac, at + ".mac " + mac
                            + " is a multicast address, which no guest NIC has (its first byte must be even, e.g. "
                            + "00:16:3e:xx:xx:xx)");
                }
            }
            IpAddress address = address(lease, Fields.LEASE_ADDRESS, -1, Family.IPV4, problems);
            if (address == null) {
                continue;
            }
            Integer first = addresses.putIfAbsent(address, i);
            if (first != null) {
                problems.add(NetworkRule.DUPLICATE_LEASE_ADDRESS, lease, Fields.LEASE_ADDRESS, -1, address, at
                        + ".address " + address + " is already given by ipv4.dhcp.leases[" + first + "]");
            }
            if (subnet != null && !isHostAddress(subnet, address)) {
                problems.add(NetworkRule.LEASE_OUTSIDE_SUBNET, lease, Fields.LEASE_ADDRESS, -1, address, at
                        + ".address " + address + whereOutside(subnet, address));
            } else if (address.equals(gateway)) {
                problems.add(NetworkRule.LEASE_IS_GATEWAY, lease, Fields.LEASE_ADDRESS, -1, address, at
                        + ".address " + address + " is the gateway, dom0's own address: give the guest another one");
            }
        }
    }

    // ------------------------------------------------------------------------------------------- IPv6

    private static void checkIpv6(Ipv6 ipv6, Problems problems) {
        IpPrefix prefix = prefix(ipv6, Fields.IPV6_PREFIX, Family.IPV6, problems);
        IpAddress gateway = address(ipv6, Fields.IPV6_GATEWAY, -1, Family.IPV6, problems);
        if (prefix != null && gateway != null) {
            checkGateway(ipv6, Fields.IPV6_GATEWAY, prefix, gateway, problems);
        }
        Ipv6Addressing addressing = ipv6.isSetAddressing() ? ipv6.getAddressing() : Ipv6Addressing.SLAAC;
        String how = ipv6.isSetAddressing() ? "ipv6.addressing " + addressing.getLiteral()
                : "ipv6.addressing slaac (the default)";
        if (addressing == Ipv6Addressing.SLAAC && prefix != null && prefix.length() != SLAAC_LENGTH) {
            problems.add(NetworkRule.SLAAC_PREFIX_LENGTH, ipv6, Fields.IPV6_PREFIX, -1, ipv6.getPrefix(), "ipv6.prefix "
                    + ipv6.getPrefix() + " is a /" + prefix.length() + ", but " + how + " needs a /64; set addressing "
                    + "to dhcpv6 or static for another length");
        }
        Dhcp6 dhcp = ipv6.getDhcp();
        if (addressing == Ipv6Addressing.DHCPV6 && dhcp == null) {
            problems.add(NetworkRule.DHCP_RANGE_REQUIRED, ipv6, Fields.IPV6_DHCP, -1, null, "ipv6.dhcp is missing: "
                    + how + " needs the range of addresses to hand out");
        } else if (dhcp != null && addressing != Ipv6Addressing.DHCPV6) {
            problems.add(NetworkRule.DHCP_RANGE_UNUSED, dhcp, null, -1, null, "ipv6.dhcp is not served with " + how
                    + ": set addressing to dhcpv6 or remove the range");
        }
        if (dhcp != null) {
            checkRange(dhcp, Fields.DHCP6_START, Fields.DHCP6_END, Family.IPV6, prefix, ipv6, Fields.IPV6_GATEWAY,
                    gateway, problems);
        }
    }

    // ------------------------------------------------------------------------------------------- both families

    private static void checkGateway(EObject owner, EAttribute field, IpPrefix subnet, IpAddress gateway,
            Problems problems) {
        String at = ModelText.path(owner, field, -1);
        String subnetAt = ModelText.path(owner, subnetField(field), -1);
        if (!subnet.contains(gateway)) {
            problems.add(NetworkRule.GATEWAY_OUTSIDE_SUBNET, owner, field, -1, gateway, at + " " + gateway
                    + " is outside " + subnetAt + " " + subnet + " (" + subnet.first().plus(1) + " is the usual "
                    + "choice)");
        } else if (!isHostAddress(subnet, gateway)) {
            problems.add(NetworkRule.GATEWAY_RESERVED, owner, field, -1, gateway, at + " " + gateway + " is the "
                    + reservedName(subnet, gateway) + " of " + subnetAt + " " + subnet + ", not an address a host can "
                    + "have (" + subnet.first().plus(1) + " is the usual choice)");
        }
    }

    private static EAttribute subnetField(EAttribute gatewayField) {
        return gatewayField == Fields.IPV4_GATEWAY ? Fields.IPV4_SUBNET : Fields.IPV6_PREFIX;
    }

    private static void checkRange(EObject range, EAttribute startField, EAttribute endField, Family family,
            IpPrefix subnet, EObject gatewayOwner, EAttribute gatewayField, IpAddress gateway, Problems problems) {
        IpAddress start = address(range, startField, -1, family, problems);
        IpAddress end = address(range, endField, -1, family, problems);
        boolean inside = true;
        for (EAttribute field : List.of(startField, endField)) {
            IpAddress address = field == startField ? start : end;
            if (subnet != null && address != null && !isHostAddress(subnet, address)) {
                inside = false;
                problems.add(NetworkRule.DHCP_RANGE_OUTSIDE_SUBNET, range, field, -1, address,
                        ModelText.path(range, field, -1) + " " + address + whereOutside(subnet, address));
            }
        }
        if (start == null || end == null) {
            return;
        }
        String startAt = ModelText.path(range, startField, -1);
        String endAt = ModelText.path(range, endField, -1);
        if (start.compareTo(end) > 0) {
            problems.add(NetworkRule.DHCP_RANGE_REVERSED, range, endField, -1, end, endAt + " " + end + " comes before "
                    + startAt + " " + start + ": swap them");
        } else if (inside && gateway != null && start.compareTo(gateway) <= 0 && gateway.compareTo(end) <= 0) {
            problems.add(NetworkRule.GATEWAY_IN_DHCP_RANGE, gatewayOwner, gatewayField, -1, gateway,
                    ModelText.path(gatewayOwner, gatewayField, -1) + " " + gateway + " lies in the DHCP range "
                            + start + " to " + end + ", so DHCP could hand it to a guest: start the range after it "
                            + "or move the gateway out");
        }
    }

    // ------------------------------------------------------------------------------------------- forwards

    private static void checkForwards(List<Forward> forwards, IpPrefix subnet, IpAddress gateway,
            Problems problems) {
        for (int i = 0; i < forwards.size(); i++) {
            Forward forward = forwards.get(i);
            String at = "forwards[" + i + "]";
            IpAddress guest = address(forward, Fields.FORWARD_GUEST_ADDRESS, -1, Family.IPV4, problems);
            if (guest != null && subnet != null && !isHostAddress(subnet, guest)) {
                problems.add(NetworkRule.FORWARD_OUTSIDE_SUBNET, forward, Fields.FORWARD_GUEST_ADDRESS, -1, guest, at
                        + ".guestAddress " + guest + whereOutside(subnet, guest));
            } else if (guest != null && guest.equals(gateway)) {
                problems.add(NetworkRule.FORWARD_TO_GATEWAY, forward, Fields.FORWARD_GUEST_ADDRESS, -1, guest, at
                        + ".guestAddress " + guest + " is the gateway, dom0 itself: forward to a guest's address");
            }
            if (forward.isSetHostPortEnd() && forward.isSetHostPort()) {
                if (forward.getHostPortEnd() < forward.getHostPort()) {
                    problems.add(NetworkRule.FORWARD_PORT_RANGE, forward, Fields.FORWARD_HOST_PORT_END, -1,
                            forward.getHostPortEnd(), at + ".hostPortEnd " + forward.getHostPortEnd()
                                    + " is below hostPort " + forward.getHostPort());
                } else if (forward.isSetGuestPort() && forward.getHostPortEnd() > forward.getHostPort()) {
                    problems.add(NetworkRule.FORWARD_PORT_RANGE, forward, Fields.FORWARD_GUEST_PORT, -1,
                            forward.getGuestPort(), at + ".guestPort " + forward.getGuestPort() + " with the range "
                                    + PortRange.of(forward) + ": a range keeps its port numbers, remove guestPort");
                }
            }
            for (int j = 0; j < i; j++) {
                if (PortRange.clash(forward, forwards.get(j))) {
                    problems.add(NetworkRule.DUPLICATE_FORWARD, forward, Fields.FORWARD_HOST_PORT, -1,
                            forward.getHostPort(), at + ".hostPort " + PortRange.of(forward) + " ("
                                    + forward.getProtocol().getLiteral() + ") is forwarded by forwards[" + j
                                    + "] already (" + PortRange.of(forwards.get(j)) + ")");
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- parsing

    /**
     * Parses a subnet field and checks it is written as one and usable: host bits zero, room for dom0 and a guest,
     * not in a special range.
     *
     * @return its network (host bits cleared), or null when it is unset, invalid for the schema or malformed
     */
    private static IpPrefix prefix(EObject owner, EAttribute field, Family family, Problems problems) {
        String text = (String) owner.eGet(field);
        if (text == null || problems.isInvalid(owner, field, -1)) {
            return null;
        }
        String at = ModelText.path(owner, field, -1);
        IpPrefix prefix;
        try {
            prefix = IpPrefix.parse(text, family);
        } catch (IllegalArgumentException e) {
            problems.add(NetworkRule.MALFORMED_ADDRESS, owner, field, -1, text, at + " " + ModelText.quote(text)
                    + " is not an " + family + " prefix: " + e.getMessage());
            return null;
        }
        IpPrefix network = prefix.network();
        if (!prefix.isNetworkAddress()) {
            problems.add(NetworkRule.SUBNET_HOST_BITS, owner, field, -1, text, at + " " + text + " has host bits set: "
                    + "write the " + (family == Family.IPV4 ? "subnet" : "prefix") + " as " + network);
        }
        int smallest = family == Family.IPV4 ? IPV4_SMALLEST : IPV6_SMALLEST;
        if (prefix.length() > smallest) {
            problems.add(NetworkRule.SUBNET_TOO_SMALL, owner, field, -1, text, at + " " + text + " holds "
                    + network.size() + " address" + (network.size().intValue() == 1 ? "" : "es") + ", too few for "
                    + "dom0 and a guest: use a /" + smallest + " or larger (" + (family == Family.IPV4
                            ? "a /24 holds 254 hosts)" : "a /64 is the usual size)"));
        }
        SpecialRanges.Range reserved = SpecialRanges.overlapping(network);
        if (reserved != null) {
            problems.add(NetworkRule.SUBNET_RESERVED, owner, field, -1, text, at + " " + text + " lies in "
                    + reserved.prefix() + " (" + reserved.meaning() + "), which guests cannot use: choose a private "
                    + (family == Family.IPV4 ? "subnet such as 192.168.100.0/24" : "prefix such as fd00:100::/64"));
        }
        return network;
    }

    /**
     * Parses an address field.
     *
     * @return the address, or null when it is unset, invalid for the schema or malformed (reported here)
     */
    static IpAddress address(EObject owner, EAttribute field, int index, Family family, Problems problems) {
        Object value = owner.eGet(field);
        String text = index >= 0 ? (String) ((List<?>) value).get(index) : (String) value;
        if (text == null || problems.isInvalid(owner, field, index)) {
            return null;
        }
        try {
            return IpAddress.parse(text, family);
        } catch (IllegalArgumentException e) {
            problems.add(NetworkRule.MALFORMED_ADDRESS, owner, field, index, text, ModelText.path(owner, field, index)
                    + " " + ModelText.quote(text) + " is not an " + family + " address: " + e.getMessage());
            return null;
        }
    }

    /** An address a host can have in the subnet: inside it, not IPv4's network or broadcast address, not IPv6's 0. */
    private static boolean isHostAddress(IpPrefix subnet, IpAddress address) {
        return subnet.contains(address) && !address.equals(subnet.first())
                && (address.family() == Family.IPV6 || !address.equals(subnet.last()));
    }

    private static String reservedName(IpPrefix subnet, IpAddress address) {
        if (address.family() == Family.IPV6) {
            return "subnet-router anycast address";
        }
        return address.equals(subnet.first()) ? "network address" : "broadcast address";
    }

    private static String whereOutside(IpPrefix subnet, IpAddress address) {
        return subnet.contains(address) ? " is the " + reservedName(subnet, address) + " of " + subnet
                + ", not an address a guest can have"
                : " is outside the network's " + (subnet.address().family() == Family.IPV4 ? "subnet " : "prefix ")
                        + subnet;
    }
}
