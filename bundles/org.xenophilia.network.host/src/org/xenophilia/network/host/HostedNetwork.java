package org.xenophilia.network.host;

import java.util.Objects;
import java.util.Optional;

/**
 * A network of ours found on the host, whether or not the Agent still has its definition: what
 * {@link HostNetworking#ours()} lists so that one whose definition vanished can be removed.
 *
 * @param name its name
 * @param bridge its bridge as the host has it, or {@code null} if only other parts of it are left (its files, rules,
 *            dnsmasq)
 * @param plan the plan it was last applied with, as recorded in its state directory, or {@code null} if none is
 */
public record HostedNetwork(String name, String bridge, NetworkPlan plan) {

    /** Checks the values. */
    public HostedNetwork {
        HostNames.network(name);
        Objects.requireNonNull(name, "name");
    }

    /** @return the bridge, if the host has it */
    public Optional<String> bridgeIfAny() {
        return Optional.ofNullable(bridge);
    }

    /** @return the plan last applied, if recorded */
    public Optional<NetworkPlan> planIfAny() {
        return Optional.ofNullable(plan);
    }
}
