package org.xenophilia.network.host;

import java.util.Objects;

/**
 * A route of the host's main table, as {@code ip -json route} shows it: for refusing a subnet that overlaps one the
 * host already reaches.
 *
 * @param prefix {@code default}, {@code 192.168.1.0/24}, {@code 10.0.0.7} (a host route), {@code fd00::/64}
 * @param device the interface it leaves through, or {@code ""} (a blackhole, unreachable, ...)
 */
public record HostRoute(String prefix, String device) {

    /** Checks the values. */
    public HostRoute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(device, "device");
    }
}
