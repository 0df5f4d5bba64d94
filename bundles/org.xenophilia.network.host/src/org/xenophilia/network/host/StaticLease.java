package org.xenophilia.network.host;

import java.util.Objects;
import java.util.Optional;

/**
 * A fixed address given by DHCP to the guest with this MAC address, and optionally a host name for it.
 *
 * @param mac the guest's MAC address (lower case)
 * @param address its address, in the network's subnet (checked by {@link NetworkPlan})
 * @param hostname one DNS label, or {@code null}
 */
public record StaticLease(String mac, Ipv4Address address, String hostname) {

    /** Checks the invariants. */
    public StaticLease {
        mac = HostNames.mac(mac);
        Objects.requireNonNull(address, "address");
        if (hostname != null) {
            HostNames.host(hostname);
        }
    }

    /** @return the host name, if one is given */
    public Optional<String> hostnameIfAny() {
        return Optional.ofNullable(hostname);
    }
}
