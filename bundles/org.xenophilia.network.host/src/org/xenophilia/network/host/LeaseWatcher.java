package org.xenophilia.network.host;

/**
 * Told when a network's DHCP leases changed, so that the Agent publishes them without reading every network's leases
 * again and again ({@link HostNetworking#watchLeases(LeaseWatcher)}).
 *
 * @since 1.1
 */
@FunctionalInterface
public interface LeaseWatcher {

    /**
     * A lease of the network was given, renewed, released or expired (or may have been: telling too often is allowed,
     * missing a change is not). Called from a thread of the implementation's; must return quickly and not call back
     * into the {@link HostNetworking}.
     *
     * @param network the network's name
     */
    void leasesChanged(String network);
}
