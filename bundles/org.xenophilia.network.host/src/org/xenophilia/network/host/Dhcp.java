package org.xenophilia.network.host;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The DHCP service of a network: dynamic addresses from a range, fixed ones by MAC address, and the DNS servers
 * guests are told. Where it sits in the subnet is checked by {@link NetworkPlan}.
 *
 * @param rangeStart the first dynamic address
 * @param rangeEnd the last dynamic address, not before the first
 * @param leaseTime how long a lease lasts, at least 2 minutes (dnsmasq's least) and at most a year
 * @param staticLeases fixed addresses, each MAC address and each address at most once
 * @param dnsServers the DNS servers guests are told; empty: the host's address on the network (dnsmasq answers
 *            there on a NAT network), none on others
 */
public record Dhcp(Ipv4Address rangeStart, Ipv4Address rangeEnd, Duration leaseTime, List<StaticLease> staticLeases,
        List<Ipv4Address> dnsServers) {

    /** Checks the invariants. */
    public Dhcp {
        Objects.requireNonNull(rangeStart, "rangeStart");
        Objects.requireNonNull(rangeEnd, "rangeEnd");
        Objects.requireNonNull(leaseTime, "leaseTime");
        staticLeases = List.copyOf(staticLeases);
        dnsServers = List.copyOf(dnsServers);
        if (rangeEnd.compareTo(rangeStart) < 0) {
            throw new IllegalArgumentException("DHCP range " + rangeStart + "-" + rangeEnd + " ends before it starts");
        }
        if (leaseTime.compareTo(Duration.ofMinutes(2)) < 0 || leaseTime.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("a DHCP lease lasts 2 minutes to a year: " + leaseTime);
        }
        Set<String> macs = new HashSet<>();
        Set<Ipv4Address> addresses = new HashSet<>();
        for (StaticLease l : staticLeases) {
            if (!macs.add(l.mac())) {
                throw new IllegalArgumentException("two static leases for " + l.mac());
            }
            if (!addresses.add(l.address())) {
                throw new IllegalArgumentException("two static leases of " + l.address());
            }
        }
    }

    /**
     * @param a an address
     * @return whether it is in the dynamic range
     */
    public boolean inRange(Ipv4Address a) {
        return a.compareTo(rangeStart) >= 0 && a.compareTo(rangeEnd) <= 0;
    }
}
