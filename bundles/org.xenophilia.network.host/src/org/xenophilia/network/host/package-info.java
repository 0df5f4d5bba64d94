/**
 * The host networking SPI (API 1.2, {@link org.xenophilia.network.host.NetworkHostApi}): how the Agent makes a
 * network real on its host and takes it away. The Agent maps a network's definition to a
 * {@link org.xenophilia.network.host.NetworkPlan} and gives it to the {@link org.xenophilia.network.host.HostNetworking}
 * that a {@link org.xenophilia.network.host.HostNetworkingType}, found with {@link java.util.ServiceLoader}, opened.
 *
 * <h2>The rules a plan is checked against</h2>
 * Every record checks its own invariants in its constructor and throws {@link java.lang.IllegalArgumentException}
 * naming the rule, so no tool ever sees a value that breaks one:
 * <ul>
 * <li><b>Names</b> ({@link org.xenophilia.network.host.HostNames}): a network is 1-32 of {@code A-Z a-z 0-9 _ -};
 * an interface 1-15 of {@code A-Z a-z 0-9 _ . -}; both start with a letter or digit, so none holds a space, a quote,
 * a shell or nft metacharacter, or looks like an option. A host name is one DNS label; a MAC address six hex pairs
 * (kept in lower case).</li>
 * <li><b>Addresses</b>: IPv4 in strict dotted decimal (no leading zeros), never looked up as a name; the host's
 * address with a prefix of 8-30 that is neither the subnet's network nor its broadcast address; IPv6 a unicast
 * literal (not multicast, link-local, loopback or unspecified) with a prefix of 8-128, kept in RFC 5952 form.</li>
 * <li><b>Kinds</b>: bridged needs an uplink (a VLAN id 1-4094 optional, {@code UPLINK.VLAN} at most 15 characters)
 * and has no DHCP nor forwards; NAT needs the host's IPv4 address, routed its IPv4 or IPv6 address; only NAT has port
 * forwards; DHCP needs the host's IPv4 address; NAT and routed may have an uplink (the interface their traffic leaves
 * by), private none; only bridged has a VLAN. The MTU is 68-65535.</li>
 * <li><b>IPv6 addressing</b> ({@link org.xenophilia.network.host.Ipv6Addressing}) needs the host's IPv6 address:
 * SLAAC a /64 prefix; DHCPv6 a range in order, inside the prefix, without the host's address.</li>
 * <li><b>DHCP</b>: the range inside the subnet, in order, without the host's address; static leases inside the
 * subnet, not the host's address, each MAC and each address once; a lease lasts 2 minutes to a year.</li>
 * <li><b>Forwards</b>: ports 1-65535, a range in order and keeping its ports, to an address of the subnet that is not
 * the host's; no two forwards take a same port of a protocol.</li>
 * </ul>
 * What needs the host to check (an uplink that exists, a bridge name not taken by an interface that is not ours,
 * subnets overlapping the host's routes) is checked by {@code apply} before it changes anything, or by the definition's
 * validation against {@link org.xenophilia.network.host.HostNetworking#facts()}.
 *
 * <h2>Compatibility</h2>
 * As the storage SPI: a minor version only adds (types, default methods, enum constants, so a {@code switch} needs a
 * {@code default}); an implementation built for the same major version and a minor not above the Agent's runs.
 */
package org.xenophilia.network.host;
