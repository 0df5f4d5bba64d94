package org.xenophilia.network.host;

import java.util.Objects;

/**
 * How the guests of a network get their IPv6 addresses from the host, beyond its own address on the bridge
 * ({@link NetworkPlan#ipv6()}): by router advertisements that let them make their own (SLAAC), or by a stateful
 * DHCPv6 server handing out a range, which the advertisements point them to. A plan without one (the 1.1 behaviour)
 * is <i>static</i>: the host neither advertises nor serves DHCPv6, guests are configured by hand. Where the range sits
 * in the prefix, and that SLAAC has a /64, is checked by {@link NetworkPlan}.
 *
 * @param mode SLAAC or DHCPv6
 * @param rangeStart DHCPv6 only (required there): the first address handed out, canonical text; else {@code null}
 * @param rangeEnd DHCPv6 only: the last, not before the first; else {@code null}
 * @since 1.2
 */
public record Ipv6Addressing(Mode mode, String rangeStart, String rangeEnd) {

    /** How guests get their addresses. */
    public enum Mode {
        /** Router advertisements with the prefix, from which guests make their own addresses (RFC 4862). */
        SLAAC,
        /** Router advertisements telling guests to ask a stateful DHCPv6 server, which hands out a range. */
        DHCPV6
    }

    /** Checks the invariants and makes the range's addresses canonical. */
    public Ipv6Addressing {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.SLAAC) {
            if (rangeStart != null || rangeEnd != null) {
                throw new IllegalArgumentException("SLAAC hands out no range: guests make their own addresses");
            }
        } else {
            if (rangeStart == null || rangeEnd == null) {
                throw new IllegalArgumentException("DHCPv6 needs the range of addresses it hands out");
            }
            rangeStart = Ipv6Interface.canonicalAddress(rangeStart);
            rangeEnd = Ipv6Interface.canonicalAddress(rangeEnd);
            if (Ipv6Interface.compare(rangeEnd, rangeStart) < 0) {
                throw new IllegalArgumentException("DHCPv6 range " + rangeStart + "-" + rangeEnd
                        + " ends before it starts");
            }
        }
    }

    /** @return router advertisements for SLAAC */
    public static Ipv6Addressing slaac() {
        return new Ipv6Addressing(Mode.SLAAC, null, null);
    }

    /**
     * @param start the first address handed out
     * @param end the last
     * @return router advertisements pointing to a DHCPv6 server that hands out the range
     */
    public static Ipv6Addressing dhcpv6(String start, String end) {
        return new Ipv6Addressing(Mode.DHCPV6, start, end);
    }

    /**
     * @param address an IPv6 address, canonical text
     * @return whether it lies in the DHCPv6 range (never with SLAAC)
     */
    public boolean inRange(String address) {
        return mode == Mode.DHCPV6 && Ipv6Interface.compare(address, rangeStart) >= 0
                && Ipv6Interface.compare(address, rangeEnd) <= 0;
    }
}
