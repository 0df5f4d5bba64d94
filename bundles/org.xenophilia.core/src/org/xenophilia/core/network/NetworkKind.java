package org.xenophilia.core.network;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of one of the Agent's own networks, as its record's {@code other_config} key {@code xenophilia-kind} names
 * it (the definition's {@code kind}, see {@code docs/networks.md}).
 */
public enum NetworkKind {
    /** An existing uplink interface (optionally a VLAN of it) enslaved to the bridge; the LAN serves the guests. */
    BRIDGED,
    /** A subnet behind dom0: addresses, DHCP, masquerading out of the uplink, port forwards. */
    NAT,
    /** A subnet routed through dom0, no address translation. */
    ROUTED,
    /** An isolated bridge: no way out. */
    PRIVATE;

    /** @return the name in definitions and records ({@code nat}) */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wireName a kind as definitions and records name it
     * @return that kind, empty for anything else (a view of a bridge has none)
     */
    public static Optional<NetworkKind> of(String wireName) {
        for (NetworkKind k : values()) {
            if (k.wireName().equals(wireName)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
