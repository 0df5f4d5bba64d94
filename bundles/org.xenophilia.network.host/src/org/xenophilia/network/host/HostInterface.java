package org.xenophilia.network.host;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A network interface of the host, as {@code ip -json} shows it: for validating a definition (an uplink that exists,
 * a bridge name not taken) and for the Workbench.
 *
 * @param name its name
 * @param kind what it is, in iproute2's word: {@code bridge}, {@code vlan}, {@code veth}, {@code dummy}, ...; empty
 *            for a physical device
 * @param network the network of ours it belongs to (its bridge, or the VLAN interface of a bridged one), or
 *            {@code null} if it is not ours
 * @param master the bridge it is enslaved to, or {@code null}
 * @param mtu its MTU
 * @param state its operational state: {@code UP}, {@code DOWN}, {@code UNKNOWN}, ...
 * @param addresses its addresses with their prefix lengths, {@code 10.0.0.1/24}, {@code fd00::1/64}
 */
public record HostInterface(String name, String kind, String network, String master, int mtu, String state,
        List<String> addresses) {

    /** Checks and copies the values. */
    public HostInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        addresses = List.copyOf(addresses);
    }

    /** @return whether it is ours (made by a network of ours) */
    public boolean ours() {
        return network != null;
    }

    /** @return the network of ours it belongs to, if any */
    public Optional<String> networkIfAny() {
        return Optional.ofNullable(network);
    }
}
