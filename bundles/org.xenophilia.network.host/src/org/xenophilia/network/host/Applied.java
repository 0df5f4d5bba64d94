package org.xenophilia.network.host;

import java.util.List;

/**
 * What {@link HostNetworking#apply} changed on the host, in words ({@code created bridge xnat0},
 * {@code started dnsmasq of network lan}, {@code loaded nft table inet xenophilia}); empty when the host already
 * was as planned, so nothing was touched.
 *
 * @param changes each change, in the order made
 */
public record Applied(List<String> changes) {

    /** Copies the list. */
    public Applied {
        changes = List.copyOf(changes);
    }

    /** @return whether nothing had to change */
    public boolean unchanged() {
        return changes.isEmpty();
    }
}
