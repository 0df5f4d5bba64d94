package org.xenophilia.network;

import java.util.List;
import java.util.Objects;

import org.xenophilia.network.definition.Network;

/**
 * What the cross rules of {@link NetworkDefinitionValidator#validate(Network, NetworkContext)} check a network
 * against: the node's other networks and what its host has. Plain data that the caller reads from the host (the Agent:
 * {@code ip -json route}, {@code ip -json -details link}) or from a node's records (the Workbench), so that the rules
 * do no I/O and can run as an administrator types.
 *
 * @param networks the node's other networks: every network of the node except the one checked (when it is being
 *        edited, leave its saved version out; when it is being created, give them all)
 * @param routes the host's routes; default routes may be left out, they are never counted as overlapping
 * @param interfaces the host's network interfaces
 */
public record NetworkContext(List<Network> networks, List<HostRoute> routes, List<HostInterface> interfaces) {

    /** A context without networks, routes or interfaces: the cross rules find nothing missing or taken. */
    public static final NetworkContext EMPTY = new NetworkContext(List.of(), List.of(), List.of());

    /**
     * Creates a context; the lists are copied.
     *
     * @throws NullPointerException when a list or an element is null
     */
    public NetworkContext {
        networks = List.copyOf(networks);
        routes = List.copyOf(routes);
        interfaces = List.copyOf(interfaces);
    }

    /**
     * Finds an interface of the host.
     *
     * @param name an interface name
     * @return the interface, or null when the host has none of that name
     */
    public HostInterface findInterface(String name) {
        for (HostInterface candidate : interfaces) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A route of the host's main routing table.
     *
     * @param destination where it leads, e.g. 192.168.1.0/24 (a host route is a /32 or /128)
     * @param device the interface it goes out of, e.g. eth0; null for a route without one (a blackhole)
     */
    public record HostRoute(IpPrefix destination, String device) {
        /**
         * Creates a route.
         *
         * @throws NullPointerException when the destination is null
         */
        public HostRoute {
            Objects.requireNonNull(destination, "destination");
        }

        /**
         * Makes a route from the text {@code ip route} shows.
         *
         * @param destination ADDRESS/LENGTH, or a bare address for a host route (not "default": leave those out)
         * @param device the interface, or null
         * @return the route
         * @throws IllegalArgumentException when the destination is not a literal prefix or address
         */
        public static HostRoute parse(String destination, String device) {
            IpPrefix prefix = destination.indexOf('/') >= 0 ? IpPrefix.parse(destination)
                    : hostRoute(IpAddress.parse(destination));
            return new HostRoute(prefix, device);
        }

        private static IpPrefix hostRoute(IpAddress address) {
            return new IpPrefix(address, address.family().bits());
        }
    }

    /**
     * A network interface of the host.
     *
     * @param name its name, e.g. eth0
     * @param kind its link kind as {@code ip -details link} names it ({@code bridge}, {@code vlan}, {@code veth},
     *        {@code bond}, ...), or null for a device without one (a physical NIC)
     * @param ours whether Xenophilia made it (a bridge or VLAN interface of one of its networks)
     */
    public record HostInterface(String name, String kind, boolean ours) {
        /**
         * Creates an interface.
         *
         * @throws NullPointerException when the name is null
         */
        public HostInterface {
            Objects.requireNonNull(name, "name");
        }

        /** {@return whether the interface is a Linux bridge} */
        public boolean isBridge() {
            return "bridge".equals(kind);
        }
    }
}
