package org.xenophilia.network.host;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A DHCP lease the host's DHCP server gave on a network, as its lease file has it.
 *
 * @param mac the guest's MAC address (lower case)
 * @param address the address leased
 * @param hostname the host name the guest gave, or {@code null}
 * @param expiry when the lease ends, or {@code null} for a lease without end
 */
public record Lease(String mac, Ipv4Address address, String hostname, Instant expiry) {

    /** Checks the invariants. */
    public Lease {
        mac = HostNames.mac(mac);
        Objects.requireNonNull(address, "address");
    }

    /** @return the host name, if the guest gave one */
    public Optional<String> hostnameIfAny() {
        return Optional.ofNullable(hostname);
    }

    /** @return the end of the lease, if it has one */
    public Optional<Instant> expiryIfAny() {
        return Optional.ofNullable(expiry);
    }
}
