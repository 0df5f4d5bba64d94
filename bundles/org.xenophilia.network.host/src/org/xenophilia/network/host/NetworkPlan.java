package org.xenophilia.network.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One network as the host must have it: what {@link HostNetworking#apply} makes real and
 * {@link HostNetworking#inspect} compares with the host. The Agent makes it from a network's definition; every rule
 * below is checked here, before any tool runs (the package documentation lists them).
 *
 * @param name the network's name ({@link HostNames#NETWORK}); also its directory in the state directory
 * @param bridge the bridge's name ({@link HostNames#INTERFACE})
 * @param kind bridged, NAT, routed or private
 * @param mtu the bridge's MTU, 68-65535
 * @param uplink bridged (and required there): the host's interface enslaved to the bridge; since 1.2 also NAT and
 *            routed, optional: the only interface the network's traffic leaves by and, routed, comes in by (NAT
 *            masquerades there); never private; or {@code null} (NAT and routed: wherever the host's routes lead)
 * @param vlan bridged only, optional: the VLAN id 1-4094 on the uplink; the VLAN interface
 *            ({@link #uplinkDevice()}, {@code UPLINK.VLAN}) is enslaved instead of the uplink; or {@code null}
 * @param ipv4 the host's address on the network and the subnet's prefix: required for NAT (and, before 1.2, for
 *            routed, which since needs it or {@code ipv6}), optional for private and bridged; or {@code null}
 * @param ipv6 the host's IPv6 address on the network and its prefix; a NAT network's guests leave masqueraded behind
 *            the host's address (NAT66, since 1.2; before, routed), a routed network's at their own; or {@code null}
 * @param forwards NAT only: ports of the host forwarded to guests; no two take the same port of a protocol, each to
 *            an address of the subnet other than the host's
 * @param dhcp NAT, routed, private with an IPv4 address: the DHCP service, its range and static leases inside the
 *            subnet and without the host's address; or {@code null} for none
 * @param ipv6Addressing with {@code ipv6} only: router advertisements for SLAAC (a /64 prefix) or a DHCPv6 range
 *            inside the prefix without the host's address; or {@code null}: static, no advertisements (since 1.2)
 */
public record NetworkPlan(String name, String bridge, NetworkKind kind, int mtu, String uplink, Integer vlan,
        Ipv4Interface ipv4, Ipv6Interface ipv6, List<PortForward> forwards, Dhcp dhcp, Ipv6Addressing ipv6Addressing) {

    /** The MTU of a plan that does not say. */
    public static final int DEFAULT_MTU = 1500;

    /** Checks every rule. */
    public NetworkPlan {
        HostNames.network(name);
        HostNames.networkInterface("bridge", bridge);
        Objects.requireNonNull(kind, "kind");
        forwards = List.copyOf(forwards);
        if (mtu < 68 || mtu > 65535) {
            throw new IllegalArgumentException("network " + name + ": an MTU is 68-65535: " + mtu);
        }
        checkUplink(name, kind, bridge, uplink, vlan);
        if (kind == NetworkKind.NAT && ipv4 == null) {
            throw new IllegalArgumentException("network " + name + ": a nat network needs the host's IPv4 address"
                    + " and prefix (its gateway)");
        }
        if (kind == NetworkKind.ROUTED && ipv4 == null && ipv6 == null) {
            throw new IllegalArgumentException("network " + name + ": a routed network needs the host's IPv4 or IPv6"
                    + " address and prefix (its gateway)");
        }
        if (ipv6Addressing != null) {
            checkIpv6Addressing(name, ipv6, ipv6Addressing);
        }
        if (!forwards.isEmpty() && kind != NetworkKind.NAT) {
            throw new IllegalArgumentException("network " + name + ": port forwards are for NAT networks only");
        }
        checkForwards(name, ipv4, forwards);
        if (dhcp != null) {
            checkDhcp(name, kind, ipv4, dhcp);
        }
    }

    /**
     * The plan of API 1.1, without IPv6 addressing (static).
     *
     * @deprecated since 1.2: use the canonical constructor or {@link #builder}
     */
    @Deprecated(since = "1.2")
    public NetworkPlan(String name, String bridge, NetworkKind kind, int mtu, String uplink, Integer vlan,
            Ipv4Interface ipv4, Ipv6Interface ipv6, List<PortForward> forwards, Dhcp dhcp) {
        this(name, bridge, kind, mtu, uplink, vlan, ipv4, ipv6, forwards, dhcp, null);
    }

    private static void checkUplink(String name, NetworkKind kind, String bridge, String uplink, Integer vlan) {
        if (kind != NetworkKind.BRIDGED && vlan != null) {
            throw new IllegalArgumentException("network " + name + ": only a bridged network has a VLAN");
        }
        if (kind == NetworkKind.PRIVATE && uplink != null) {
            throw new IllegalArgumentException("network " + name + ": a private network has no way out, no uplink");
        }
        if (uplink == null) {
            if (kind == NetworkKind.BRIDGED) {
                throw new IllegalArgumentException("network " + name + ": a bridged network needs its uplink");
            }
            return;
        }
        HostNames.networkInterface("uplink", uplink);
        if (uplink.equals(bridge)) {
            throw new IllegalArgumentException("network " + name + ": the uplink cannot be the bridge itself");
        }
        if (vlan != null) {
            if (vlan < 1 || vlan > 4094) {
                throw new IllegalArgumentException("network " + name + ": a VLAN id is 1-4094: " + vlan);
            }
            String device = uplink + "." + vlan;
            if (device.length() > 15) {
                throw new IllegalArgumentException("network " + name + ": the VLAN interface " + device
                        + " would be longer than Linux's 15 characters; use an uplink with a shorter name");
            }
        }
    }

    private static void checkForwards(String name, Ipv4Interface ipv4, List<PortForward> forwards) {
        for (int i = 0; i < forwards.size(); i++) {
            PortForward f = forwards.get(i);
            if (!ipv4.holds(f.guest()) || f.guest().equals(ipv4.address())) {
                throw new IllegalArgumentException("network " + name + ": forward " + f + " goes to an address"
                        + " outside " + ipv4.subnet() + " or to the host's own");
            }
            for (int j = 0; j < i; j++) {
                if (forwards.get(j).overlaps(f)) {
                    throw new IllegalArgumentException("network " + name + ": forwards " + forwards.get(j) + " and "
                            + f + " take the same port");
                }
            }
        }
    }

    private static void checkIpv6Addressing(String name, Ipv6Interface ipv6, Ipv6Addressing a) {
        if (ipv6 == null) {
            throw new IllegalArgumentException("network " + name + ": IPv6 addressing needs the host's IPv6 address"
                    + " on the network (dnsmasq advertises and answers from it)");
        }
        if (a.mode() == Ipv6Addressing.Mode.SLAAC && ipv6.prefix() != 64) {
            throw new IllegalArgumentException("network " + name + ": SLAAC needs a /64 prefix, not " + ipv6.subnet());
        }
        if (a.mode() == Ipv6Addressing.Mode.DHCPV6) {
            if (!ipv6.holds(a.rangeStart()) || !ipv6.holds(a.rangeEnd())) {
                throw new IllegalArgumentException("network " + name + ": DHCPv6 range " + a.rangeStart() + "-"
                        + a.rangeEnd() + " is not inside " + ipv6.subnet());
            }
            if (a.inRange(ipv6.address())) {
                throw new IllegalArgumentException("network " + name + ": the host's address " + ipv6.address()
                        + " is inside the DHCPv6 range " + a.rangeStart() + "-" + a.rangeEnd());
            }
        }
    }

    private static void checkDhcp(String name, NetworkKind kind, Ipv4Interface ipv4, Dhcp dhcp) {
        if (kind == NetworkKind.BRIDGED) {
            throw new IllegalArgumentException("network " + name + ": a bridged network is on its uplink's LAN,"
                    + " whose DHCP server it uses; it has no DHCP of its own");
        }
        if (ipv4 == null) {
            throw new IllegalArgumentException("network " + name + ": DHCP needs the host's IPv4 address on the"
                    + " network (dnsmasq answers from it)");
        }
        if (!ipv4.holds(dhcp.rangeStart()) || !ipv4.holds(dhcp.rangeEnd())) {
            throw new IllegalArgumentException("network " + name + ": DHCP range " + dhcp.rangeStart() + "-"
                    + dhcp.rangeEnd() + " is not inside " + ipv4.subnet());
        }
        if (dhcp.inRange(ipv4.address())) {
            throw new IllegalArgumentException("network " + name + ": the host's address " + ipv4.address()
                    + " is inside the DHCP range " + dhcp.rangeStart() + "-" + dhcp.rangeEnd());
        }
        for (StaticLease l : dhcp.staticLeases()) {
            if (!ipv4.holds(l.address()) || l.address().equals(ipv4.address())) {
                throw new IllegalArgumentException("network " + name + ": static lease " + l.address() + " for "
                        + l.mac() + " is outside " + ipv4.subnet() + " or the host's own address");
            }
        }
    }

    /** @return whether guests' traffic leaving through the host's other interfaces is masqueraded: NAT only */
    public boolean nat() {
        return kind == NetworkKind.NAT;
    }

    /** @return whether the host forwards (routes) the network's traffic: NAT and routed */
    public boolean forwarding() {
        return kind == NetworkKind.NAT || kind == NetworkKind.ROUTED;
    }

    /**
     * @return the interface enslaved to the bridge of a bridged network: the uplink, or its VLAN interface
     *         {@code UPLINK.VLAN}; empty for the other kinds (whose uplink is {@link #exitInterface()})
     */
    public Optional<String> uplinkDevice() {
        if (uplink == null || kind != NetworkKind.BRIDGED) {
            return Optional.empty();
        }
        return Optional.of(vlan == null ? uplink : uplink + "." + vlan);
    }

    /**
     * @return the only interface a NAT or routed network's traffic leaves by (and a routed one's comes in by), if its
     *         plan restricts it; empty otherwise
     * @since 1.2
     */
    public Optional<String> exitInterface() {
        return forwarding() ? Optional.ofNullable(uplink) : Optional.empty();
    }

    /** @return the DHCP service, if the network has one */
    public Optional<Dhcp> dhcpIfAny() {
        return Optional.ofNullable(dhcp);
    }

    /**
     * @param name the network's name
     * @param bridge its bridge
     * @param kind its kind
     * @return a builder of a plan with the {@link #DEFAULT_MTU} and nothing else set
     */
    public static Builder builder(String name, String bridge, NetworkKind kind) {
        return new Builder(name, bridge, kind);
    }

    /** @return a builder holding this plan's values, to make a changed one */
    public Builder toBuilder() {
        Builder b = new Builder(name, bridge, kind).mtu(mtu).ipv4(ipv4).ipv6(ipv6).dhcp(dhcp)
                .ipv6Addressing(ipv6Addressing);
        b.uplink = uplink;
        b.vlan = vlan;
        b.forwards.addAll(forwards);
        return b;
    }

    /** Builds a plan; {@link #build()} checks it. */
    public static final class Builder {
        private final String name;
        private final String bridge;
        private final NetworkKind kind;
        private int mtu = DEFAULT_MTU;
        private String uplink;
        private Integer vlan;
        private Ipv4Interface ipv4;
        private Ipv6Interface ipv6;
        private final List<PortForward> forwards = new ArrayList<>();
        private Dhcp dhcp;
        private Ipv6Addressing ipv6Addressing;

        private Builder(String name, String bridge, NetworkKind kind) {
            this.name = name;
            this.bridge = bridge;
            this.kind = kind;
        }

        /** @param value the MTU @return this */
        public Builder mtu(int value) {
            mtu = value;
            return this;
        }

        /**
         * @param device the uplink (bridged), or the interface traffic leaves by (NAT, routed; since 1.2)
         * @param vlanId its VLAN (bridged), or {@code null}
         * @return this
         */
        public Builder uplink(String device, Integer vlanId) {
            uplink = device;
            vlan = vlanId;
            return this;
        }

        /** @param value the host's IPv4 address and prefix, or {@code null} @return this */
        public Builder ipv4(Ipv4Interface value) {
            ipv4 = value;
            return this;
        }

        /** @param value the host's IPv6 address and prefix, or {@code null} @return this */
        public Builder ipv6(Ipv6Interface value) {
            ipv6 = value;
            return this;
        }

        /**
         * @param value router advertisements for SLAAC, a DHCPv6 range, or {@code null} (static)
         * @return this
         * @since 1.2
         */
        public Builder ipv6Addressing(Ipv6Addressing value) {
            ipv6Addressing = value;
            return this;
        }

        /** @param forward one more port forward @return this */
        public Builder forward(PortForward forward) {
            forwards.add(forward);
            return this;
        }

        /** @return this, without port forwards */
        public Builder noForwards() {
            forwards.clear();
            return this;
        }

        /** @param value the DHCP service, or {@code null} @return this */
        public Builder dhcp(Dhcp value) {
            dhcp = value;
            return this;
        }

        /**
         * @return the plan
         * @throws IllegalArgumentException naming the first rule broken
         */
        public NetworkPlan build() {
            return new NetworkPlan(name, bridge, kind, mtu, uplink, vlan, ipv4, ipv6, forwards, dhcp,
                    ipv6Addressing);
        }
    }
}
