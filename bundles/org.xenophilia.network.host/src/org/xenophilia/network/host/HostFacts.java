package org.xenophilia.network.host;

import java.util.List;
import java.util.Optional;

/**
 * What the host has, read for validating definitions: its interfaces and its routes.
 *
 * @param interfaces every interface, in the kernel's order
 * @param routes the IPv4 and IPv6 routes of the main table
 */
public record HostFacts(List<HostInterface> interfaces, List<HostRoute> routes) {

    /** Copies the lists. */
    public HostFacts {
        interfaces = List.copyOf(interfaces);
        routes = List.copyOf(routes);
    }

    /**
     * @param name an interface's name
     * @return the interface, if the host has it
     */
    public Optional<HostInterface> find(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
