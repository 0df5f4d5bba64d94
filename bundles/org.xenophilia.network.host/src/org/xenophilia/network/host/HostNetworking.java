package org.xenophilia.network.host;

import java.util.List;

/**
 * The networks of one host, made real: what a {@link HostNetworkingType} opens. Calls are made one at a time (the
 * Agent serialises them); each reads the host afresh, so what others changed behind its back is seen.
 */
public interface HostNetworking {

    /**
     * Makes the host have the network as planned: creates what is missing, changes what differs, removes what the
     * plan no longer has (a port forward, a static lease). Idempotent: when the host already is as planned nothing is
     * touched (dnsmasq keeps running, the nftables table is not reloaded) and the result is
     * {@linkplain Applied#unchanged() unchanged}. A network applied again with another plan is changed in place.
     * <p>
     * On a failure the host is put back exactly as it was before the call (the bridge, its addresses and slaves, the
     * nftables table, dnsmasq and its files, IP forwarding), then the exception is thrown.
     *
     * @param plan the network
     * @return what changed
     * @throws NetworkException {@code CONFLICT} if the bridge's name is taken by an interface that is not ours or
     *             another network's, or the uplink is missing or enslaved elsewhere (nothing changed); {@code FAILED}
     *             if a tool failed (the host rolled back)
     */
    Applied apply(NetworkPlan plan) throws NetworkException;

    /**
     * Compares the host with a network's plan, changing nothing.
     *
     * @param plan the network
     * @return every difference, in words; empty when the host is as planned
     * @throws NetworkException if the host cannot be read
     */
    List<Difference> inspect(NetworkPlan plan) throws NetworkException;

    /**
     * Removes a network of ours: its dnsmasq, its rules, its bridge (and VLAN interface; an uplink is released, not
     * deleted), its files; IP forwarding is put back as it was when the last network needing it is gone. Nothing of
     * it is left. Works from what is on the host and in the state directory, so a network whose definition is gone is
     * removed as well.
     *
     * @param name the network's name
     * @throws NetworkException {@code NOT_FOUND} if nothing of a network of that name is on the host;
     *             {@code FAILED} if a tool failed (what was removed stays removed; removing again finishes)
     */
    void remove(String name) throws NetworkException;

    /**
     * @return every network of ours the host has (a bridge marked ours, or a recorded plan), by name
     * @throws NetworkException if the host cannot be read
     */
    List<HostedNetwork> ours() throws NetworkException;

    /**
     * @param name a network's name
     * @return its DHCP server's current leases, as its lease file has them; empty if it has none or no DHCP
     * @throws NetworkException {@code NOT_FOUND} if no network of ours has that name
     */
    List<Lease> leases(String name) throws NetworkException;

    /**
     * @return the host's interfaces and routes (read with {@code ip -json})
     * @throws NetworkException if the host cannot be read
     */
    HostFacts facts() throws NetworkException;

    /**
     * Starts telling the watcher of every change of a network's leases (as {@link #leases(String)} would read them),
     * until {@link #close()}: the networks applied later included. At most one thread of the implementation's for all
     * the networks, never one per network. Called at most once. The default tells nothing (an implementation whose
     * leases cannot be watched: they are then seen when they are read).
     *
     * @param watcher told of the networks whose leases changed
     * @throws NetworkException if the leases cannot be watched (the networks work on, unwatched)
     * @since 1.1
     */
    default void watchLeases(LeaseWatcher watcher) throws NetworkException {
        // nothing to watch
    }

    /**
     * Stops what {@link #watchLeases} started; the networks stay on the host as they are. The default does nothing.
     *
     * @since 1.1
     */
    default void close() {
        // nothing started
    }
}
