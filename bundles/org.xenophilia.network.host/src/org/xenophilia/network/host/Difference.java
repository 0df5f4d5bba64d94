package org.xenophilia.network.host;

import java.util.Objects;

/**
 * One way the host differs from a network's plan, in words for the admin:
 * {@code bridge xnat0 is down}, {@code dnsmasq of network lan is not running},
 * {@code nft rule for forward tcp/8080 to 10.0.0.5:80 missing}. {@link HostNetworking#apply} repairs every one.
 *
 * @param network the network
 * @param part which part of the host differs
 * @param words what differs
 */
public record Difference(String network, Part part, String words) {

    /** The parts of the host a network is made of. */
    public enum Part {
        /** The bridge: there, ours, up, its MTU. */
        BRIDGE,
        /** The uplink or its VLAN interface, enslaved to the bridge. */
        UPLINK,
        /** The host's addresses on the bridge. */
        ADDRESS,
        /** The rules in the nftables table of ours. */
        FIREWALL,
        /** The DHCP/DNS server (dnsmasq): running, with the planned configuration. */
        DHCP,
        /** IP forwarding of the host. */
        FORWARDING,
        /** The network's files in the state directory. */
        FILES
    }

    /** Checks the values. */
    public Difference {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(words, "words");
    }

    @Override
    public String toString() {
        return words;
    }
}
