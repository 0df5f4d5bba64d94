package org.xenophilia.ui.network.internal;

import java.util.Objects;

/**
 * A current DHCP lease of a network as the Networks view lists it, under its network: keyed by the guest's MAC, so a
 * renewed lease keeps its row.
 *
 * @param network the network's row
 * @param mac the guest's MAC address
 */
public record LeaseItem(NetworkItem network, String mac) {

    /** Checks the fields. */
    public LeaseItem {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(mac, "mac");
    }
}
