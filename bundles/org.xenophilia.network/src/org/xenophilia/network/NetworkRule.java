package org.xenophilia.network;

import org.xenophilia.network.NetworkProblem.Severity;

/**
 * Every check applied to a network definition. The first group makes {@link NetworkDefinitions#load} reject a
 * document (a loaded network never has these problems; a network built in code can still have {@link #INVALID_VALUE}
 * and {@link #REQUIRED}, which {@link NetworkDefinitionValidator} reports). The second group are the rules of one
 * definition alone, the third the cross rules, which need a {@link NetworkContext}.
 */
public enum NetworkRule {

    // ------------------------------------------------------------------------------------------- document level

    /** The text is not well-formed XML (or not readable). */
    XML_SYNTAX("xml-syntax", Severity.ERROR, "The document must be well-formed XML."),

    /** A DOCTYPE (DTD, entity declarations) was found: refused, so no entity expansion or external fetch happens. */
    DOCTYPE("doctype", Severity.ERROR,
            "DTDs are not allowed: a <!DOCTYPE> (and with it any entity, external or recursive) is refused."),

    /** The document is larger than {@link NetworkDefinitions#MAX_DOCUMENT_BYTES}. */
    SIZE_LIMIT("size-limit", Severity.ERROR, "A network definition must not be larger than 1 MiB."),

    /** The root element is not {@code <network>} in the network namespace, or a foreign namespace is used. */
    ROOT_ELEMENT("root-element", Severity.ERROR,
            "The root element must be <network xmlns=\"" + NetworkDefinitions.NAMESPACE + "\">; no other namespace "
                    + "is allowed."),

    /** An element or attribute the schema does not define. */
    UNKNOWN_CONTENT("unknown-content", Severity.ERROR, "Only the elements and attributes of network.xsd are allowed."),

    /** A single-valued setting appears twice. */
    REPEATED_SETTING("repeated-setting", Severity.ERROR, "A single-valued setting must appear at most once."),

    /** A value of the wrong type or outside the schema's facets (range, pattern, enumeration). */
    INVALID_VALUE("invalid-value", Severity.ERROR,
            "Every value must have the schema's type and satisfy its facets (e.g. mtu 68 to 65535, vlan 1 to 4094, "
                    + "names without shell metacharacters, kind one of bridged/nat/routed/private)."),

    /** A required setting (name, kind, a subnet, a lease's MAC ...) is missing. */
    REQUIRED("required", Severity.ERROR,
            "Required settings must be present: name, kind, ipv4 subnet, ipv6 prefix and gateway, dhcp start and "
                    + "end, lease mac and address, forward protocol, hostPort and guestAddress."),

    // ------------------------------------------------------------------------------------------- one definition

    /** An address or prefix that is not a literal of its family. */
    MALFORMED_ADDRESS("malformed-address", Severity.ERROR,
            "Addresses and prefixes must be literal IPv4 (dotted decimal, no leading zeros) or IPv6 (RFC 4291) text "
                    + "of the family the field takes; names are never looked up."),

    /** A subnet or prefix written with host bits set. */
    SUBNET_HOST_BITS("subnet-host-bits", Severity.ERROR,
            "A subnet or prefix is written with its host bits zero (192.168.1.0/24, not 192.168.1.5/24)."),

    /** A subnet too small for dom0's address and a guest. */
    SUBNET_TOO_SMALL("subnet-too-small", Severity.ERROR,
            "An IPv4 subnet must be /30 or larger and an IPv6 prefix /126 or larger, to hold dom0 and a guest."),

    /** A subnet in a range with a special meaning: loopback, link-local, multicast, reserved. */
    SUBNET_RESERVED("subnet-reserved", Severity.ERROR,
            "A subnet must not lie in a range with a special meaning: 0.0.0.0/8, 127.0.0.0/8 (loopback), "
                    + "169.254.0.0/16 (link-local), 224.0.0.0/4 (multicast), 240.0.0.0/4; ::/8 (unspecified, loopback, "
                    + "IPv4-mapped), fe80::/10 (link-local), ff00::/8 (multicast)."),

    /** A kind that needs addresses without them. */
    ADDRESSING_REQUIRED("addressing-required", Severity.ERROR,
            "A nat network needs ipv4; a routed network needs ipv4 or ipv6."),

    /** Addresses on a bridged network. */
    ADDRESSES_ON_BRIDGED("addresses-on-bridged", Severity.ERROR,
            "A bridged network has no ipv4 or ipv6 of its own: its guests are on the uplink's LAN."),

    /** A nat or routed network (or a private one serving DHCP) without dom0's address. */
    GATEWAY_REQUIRED("gateway-required", Severity.ERROR,
            "ipv4 needs a gateway on a nat or routed network, and on a private one that serves DHCP."),

    /** A gateway outside its subnet. */
    GATEWAY_OUTSIDE_SUBNET("gateway-outside-subnet", Severity.ERROR,
            "The gateway must lie inside the subnet (ipv4) or prefix (ipv6)."),

    /** A gateway that is the subnet's network or broadcast address. */
    GATEWAY_RESERVED("gateway-reserved", Severity.ERROR,
            "The gateway must not be the subnet's network address or its broadcast address (IPv6: the all-zero "
                    + "subnet-router address)."),

    /** A DHCP range with an end outside its subnet (or on its network or broadcast address). */
    DHCP_RANGE_OUTSIDE_SUBNET("dhcp-range-outside-subnet", Severity.ERROR,
            "A DHCP range's start and end must be addresses of the subnet, neither its network nor its broadcast "
                    + "address."),

    /** A DHCP range whose end comes before its start. */
    DHCP_RANGE_REVERSED("dhcp-range-reversed", Severity.ERROR, "A DHCP range's start must not come after its end."),

    /** The gateway inside the DHCP range. */
    GATEWAY_IN_DHCP_RANGE("gateway-in-dhcp-range", Severity.ERROR,
            "The gateway must lie outside the DHCP range, or it would be handed to a guest."),

    /** addressing dhcpv6 without a range. */
    DHCP_RANGE_REQUIRED("dhcp-range-required", Severity.ERROR, "ipv6 addressing dhcpv6 needs a dhcp range."),

    /** An IPv6 DHCP range with addressing other than dhcpv6. */
    DHCP_RANGE_UNUSED("dhcp-range-unused", Severity.WARNING,
            "An ipv6 dhcp range is only served with addressing dhcpv6."),

    /** SLAAC on a prefix other than /64. */
    SLAAC_PREFIX_LENGTH("slaac-prefix-length", Severity.ERROR,
            "ipv6 addressing slaac (the default) needs a /64 prefix; use dhcpv6 or static for other lengths."),

    /** An MTU below IPv6's minimum on a network with IPv6. */
    IPV6_MTU("ipv6-mtu", Severity.ERROR, "A network with ipv6 needs an mtu of at least 1280 (IPv6's minimum)."),

    /** A fixed lease outside its subnet (or on its network or broadcast address). */
    LEASE_OUTSIDE_SUBNET("lease-outside-subnet", Severity.ERROR,
            "A fixed lease's address must be an address of the subnet, neither its network nor its broadcast "
                    + "address."),

    /** A fixed lease of the gateway's address. */
    LEASE_IS_GATEWAY("lease-is-gateway", Severity.ERROR, "A fixed lease must not hand out the gateway's address."),

    /** Two fixed leases for one MAC address. */
    DUPLICATE_LEASE_MAC("duplicate-lease-mac", Severity.ERROR,
            "Each MAC address has at most one fixed lease (compared ignoring case)."),

    /** Two fixed leases of one address. */
    DUPLICATE_LEASE_ADDRESS("duplicate-lease-address", Severity.ERROR,
            "Each address is given by at most one fixed lease."),

    /** A multicast MAC address in a lease. */
    MULTICAST_MAC("multicast-mac", Severity.ERROR,
            "A lease's MAC address must be unicast: the least significant bit of the first byte must be 0."),

    /** A port forward on a network that is not nat. */
    FORWARD_NOT_NAT("forward-not-nat", Severity.ERROR, "Port forwards exist on nat networks only."),

    /** A port forward to an address outside the subnet. */
    FORWARD_OUTSIDE_SUBNET("forward-outside-subnet", Severity.ERROR,
            "A forward's guestAddress must be an address of the network's subnet, neither its network nor its "
                    + "broadcast address."),

    /** A port forward to the gateway, which is dom0 itself. */
    FORWARD_TO_GATEWAY("forward-to-gateway", Severity.ERROR,
            "A forward's guestAddress must be a guest's, not the gateway (dom0 itself)."),

    /** A port range ending before it starts, or a range with a guestPort. */
    FORWARD_PORT_RANGE("forward-port-range", Severity.ERROR,
            "A forward's hostPortEnd must not be below hostPort, and a range keeps its port numbers (no guestPort)."),

    /** Two forwards of the network taking one host port. */
    DUPLICATE_FORWARD("duplicate-forward", Severity.ERROR,
            "Two forwards of a network must not take the same host port of one protocol."),

    /** A bridged network without its uplink. */
    UPLINK_REQUIRED("uplink-required", Severity.ERROR, "A bridged network needs an uplink."),

    /** An uplink on a private network. */
    UPLINK_ON_PRIVATE("uplink-on-private", Severity.ERROR, "A private network has no way out, so no uplink."),

    /** A VLAN tag without an uplink to carry it. */
    VLAN_WITHOUT_UPLINK("vlan-without-uplink", Severity.ERROR, "A vlan needs an uplink that carries it."),

    /** A VLAN tag on a network that is not bridged. */
    VLAN_NOT_BRIDGED("vlan-not-bridged", Severity.ERROR, "A vlan applies to a bridged network only."),

    /** A VLAN interface name UPLINK.TAG longer than Linux allows. */
    VLAN_NAME_TOO_LONG("vlan-name-too-long", Severity.ERROR,
            "The VLAN interface UPLINK.TAG must fit Linux's 15 characters."),

    /** The bridge named like the uplink or its VLAN interface. */
    BRIDGE_IS_UPLINK("bridge-is-uplink", Severity.ERROR,
            "The bridge must not have the name of its uplink (or of the uplink's VLAN interface)."),

    // ------------------------------------------------------------------------------------------- cross rules

    /** Another network of the node has the same name. */
    DUPLICATE_NAME("duplicate-name", Severity.ERROR, "Each network of a node has its own name."),

    /** A subnet or prefix that overlaps another network's. */
    SUBNET_OVERLAP("subnet-overlap", Severity.ERROR,
            "A network's subnet and prefix must not overlap those of the node's other networks."),

    /** A subnet or prefix that overlaps a route of the host. */
    ROUTE_OVERLAP("route-overlap", Severity.ERROR,
            "A network's subnet and prefix must not overlap a route of the host (default routes and the network's "
                    + "own routes on its bridge are not counted)."),

    /** An uplink the host does not have. */
    UPLINK_MISSING("uplink-missing", Severity.ERROR, "The uplink must be an interface the host has."),

    /** A bridged network's uplink that is itself a bridge. */
    UPLINK_IS_BRIDGE("uplink-is-bridge", Severity.ERROR,
            "A bridged network's uplink (without vlan) must not be a bridge: Linux cannot put a bridge into a "
                    + "bridge."),

    /** Two bridged networks on the same uplink and VLAN. */
    UPLINK_TAKEN("uplink-taken", Severity.ERROR,
            "Two bridged networks must not share an uplink with the same vlan (or both without one)."),

    /** A bridge name used by an interface that is not ours, or by another network. */
    BRIDGE_TAKEN("bridge-taken", Severity.ERROR,
            "The bridge's name must not be another network's bridge or an interface Xenophilia did not make."),

    /** A forward taking a host port another network's forward takes. */
    FORWARD_PORT_TAKEN("forward-port-taken", Severity.ERROR,
            "Forwards of two networks must not take the same host port of one protocol.");

    private final String id;
    private final Severity severity;
    private final String description;

    NetworkRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /** {@return a stable, human-readable identifier, e.g. "gateway-outside-subnet"} */
    public String id() {
        return id;
    }

    /** {@return the severity of the problems this rule reports} */
    public Severity severity() {
        return severity;
    }

    /** {@return what the rule requires, one sentence} */
    public String description() {
        return description;
    }
}
