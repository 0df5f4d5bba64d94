package org.xenophilia.network.host;

/** What a network is on the host: how its bridge reaches (or does not reach) anything beyond it. */
public enum NetworkKind {
    /** An existing interface of the host (its uplink, optionally a VLAN on it) enslaved to the bridge: guests are on
     *  the uplink's LAN, the host neither routes nor serves DHCP for them. */
    BRIDGED,
    /** A subnet of the host's own behind its gateway address: guests reach out masqueraded as the host, get DHCP and
     *  DNS from the host, and are reached from outside only through port forwards. */
    NAT,
    /** A subnet routed through the host without address translation: others reach the guests' own addresses given a
     *  route to the subnet through the host. */
    ROUTED,
    /** An isolated bridge: guests reach each other (and the host's address on it, for DHCP), nothing else. */
    PRIVATE
}
