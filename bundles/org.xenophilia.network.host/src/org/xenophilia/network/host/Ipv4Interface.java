package org.xenophilia.network.host;

import java.util.Objects;

/**
 * An IPv4 address of the host on a network, with the length of the network's prefix: the gateway of a NAT or
 * routed network, {@code 10.0.0.1/24}. The subnet is what the prefix leaves of it ({@code 10.0.0.0/24}).
 *
 * @param address the host's address; neither the subnet's first nor its last (broadcast) address
 * @param prefix 8-30, so that the subnet has room for the host and its guests
 */
public record Ipv4Interface(Ipv4Address address, int prefix) {

    /** Checks the invariants. */
    public Ipv4Interface {
        Objects.requireNonNull(address, "address");
        if (prefix < 8 || prefix > 30) {
            throw new IllegalArgumentException("an IPv4 prefix length is 8-30: /" + prefix);
        }
        if (address.equals(address.network(prefix)) || address.equals(broadcast(address, prefix))) {
            throw new IllegalArgumentException(address + "/" + prefix + " is the subnet's "
                    + (address.equals(address.network(prefix)) ? "network" : "broadcast") + " address");
        }
    }

    /**
     * @param text {@code 10.0.0.1/24}
     * @return the interface address
     * @throws IllegalArgumentException if it is not an address and a prefix length
     */
    public static Ipv4Interface parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0 || !text.substring(slash + 1).matches("[0-9]{1,2}")) {
            throw new IllegalArgumentException("not an IPv4 address with its prefix length (10.0.0.1/24): '"
                    + (text == null ? "" : HostNames.printable(text)) + "'");
        }
        return new Ipv4Interface(Ipv4Address.parse(text.substring(0, slash)),
                Integer.parseInt(text.substring(slash + 1)));
    }

    private static Ipv4Address broadcast(Ipv4Address a, int prefix) {
        return new Ipv4Address(a.network(prefix).bits() | ~Ipv4Address.netmask(prefix).bits());
    }

    /** @return the subnet's first address */
    public Ipv4Address network() {
        return address.network(prefix);
    }

    /** @return the subnet's last address */
    public Ipv4Address broadcast() {
        return broadcast(address, prefix);
    }

    /** @return the netmask, {@code 255.255.255.0} */
    public Ipv4Address netmask() {
        return Ipv4Address.netmask(prefix);
    }

    /** @return the subnet, {@code 10.0.0.0/24} */
    public String subnet() {
        return network() + "/" + prefix;
    }

    /**
     * @param a an address
     * @return whether it is a host address of the subnet (neither its network nor its broadcast address)
     */
    public boolean holds(Ipv4Address a) {
        return a.network(prefix).equals(network()) && !a.equals(network()) && !a.equals(broadcast());
    }

    /** @return {@code 10.0.0.1/24} */
    @Override
    public String toString() {
        return address + "/" + prefix;
    }
}
