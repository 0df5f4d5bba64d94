package org.xenophilia.agent.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;
import org.xenophilia.network.host.StaticLease;

/**
 * Each kind's definition (the examples {@code docs/networks.md} shows, from {@code org.xenophilia.network/examples})
 * mapped to the plan the host networking applies: bridge, MTU, addresses, NAT, forwards, DHCP with its leases and DNS
 * servers (the gateway when the definition names none); and what the plan refuses of a definition that loads.
 */
class NetworkPlansTest {

    private static Network example(String file) throws Exception {
        return NetworkDefinitions.load(Path.of(System.getProperty("xenophilia.repo", "../.."), "bundles",
                "org.xenophilia.network", "examples", file));
    }

    private static Network load(String body) throws Exception {
        return NetworkDefinitions.load("""
                <?xml version="1.0" encoding="UTF-8"?>
                <network xmlns="http://xenophilia.org/schema/network/1.0">
                %s</network>
                """.formatted(body));
    }

    private static Ipv4Address ip(String text) {
        return Ipv4Address.parse(text);
    }

    @Test
    void aNatNetworkIsMasqueradedWithItsDhcpLeasesAndForwards() throws Exception {
        NetworkPlan p = NetworkPlans.of(example("lab-nat.xml"));
        assertEquals("lab", p.name());
        assertEquals("xnlab", p.bridge(), "derived from the name");
        assertEquals(NetworkKind.NAT, p.kind());
        assertTrue(p.nat() && p.forwarding());
        assertEquals(NetworkPlan.DEFAULT_MTU, p.mtu());
        assertEquals(Optional.of("eth0"), p.exitInterface(), "its traffic leaves by its uplink only");
        assertTrue(p.uplinkDevice().isEmpty(), "nothing is enslaved to a NAT network's bridge");
        assertEquals("192.168.100.1/24", p.ipv4().toString());
        assertEquals("fd00:100::1/64", p.ipv6().toString());
        assertEquals(Ipv6Addressing.slaac(), p.ipv6Addressing(), "no addressing: SLAAC");
        Dhcp d = p.dhcp();
        assertEquals(ip("192.168.100.100"), d.rangeStart());
        assertEquals(ip("192.168.100.199"), d.rangeEnd());
        assertEquals(Duration.ofHours(1), d.leaseTime());
        assertEquals(List.of(new StaticLease("00:16:3e:4a:10:01", ip("192.168.100.10"), "web01"),
                new StaticLease("00:16:3e:4a:10:02", ip("192.168.100.11"), "db01")), d.staticLeases());
        assertEquals(List.of(ip("192.168.100.1")), d.dnsServers());
        assertEquals(List.of(PortForward.of(PortForward.Protocol.TCP, 8080, ip("192.168.100.10"), 80),
                PortForward.of(PortForward.Protocol.TCP, 2201, ip("192.168.100.10"), 22),
                new PortForward(PortForward.Protocol.UDP, 60000, 60010, ip("192.168.100.11"), 60000)),
                p.forwards(), "a range keeps its ports' numbers");
    }

    @Test
    void aRoutedNetworkIsNotTranslatedAndHandsOutItsOwnDnsServers() throws Exception {
        NetworkPlan p = NetworkPlans.of(example("dmz-routed.xml"));
        assertEquals(NetworkKind.ROUTED, p.kind());
        assertTrue(!p.nat() && p.forwarding());
        assertEquals(Optional.of("eth0"), p.exitInterface());
        assertEquals("198.51.100.1/26", p.ipv4().toString());
        assertEquals("2001:db8:42::1/64", p.ipv6().toString());
        assertEquals(Ipv6Addressing.dhcpv6("2001:db8:42::1000", "2001:db8:42::1fff"), p.ipv6Addressing());
        assertEquals(List.of(ip("198.51.100.53")), p.dhcp().dnsServers());
        assertEquals(List.of(), p.forwards());
    }

    @Test
    void routedAndPrivateNetworksWithOnlyIpv6AreValidAndPlanned() throws Exception {
        Network routed = load("""
                <name>core6</name><kind>routed</kind>
                <ipv6 gateway="2001:db8:42::1" prefix="2001:db8:42::/64"/>
                """);
        assertEquals(List.of(), NetworkDefinitionValidator.validate(routed));
        NetworkPlan r = NetworkPlans.of(routed);
        assertNull(r.ipv4());
        assertEquals("2001:db8:42::1/64", r.ipv6().toString());
        assertEquals(Ipv6Addressing.slaac(), r.ipv6Addressing());
        assertTrue(r.exitInterface().isEmpty(), "no uplink: wherever the host's routes lead");

        Network isolated = load("""
                <name>iso6</name><kind>private</kind>
                <ipv6 addressing="static" gateway="fd00:88::1" prefix="fd00:88::/64"/>
                """);
        assertEquals(List.of(), NetworkDefinitionValidator.validate(isolated));
        NetworkPlan i = NetworkPlans.of(isolated);
        assertEquals("fd00:88::1/64", i.ipv6().toString());
        assertNull(i.ipv6Addressing(), "static: no router advertisements");
    }

    @Test
    void aPrivateNetworkKeepsItsMtuAndItsDhcpHandsOutTheGatewayAsDnsServer() throws Exception {
        NetworkPlan p = NetworkPlans.of(example("backend-private.xml"));
        assertEquals(NetworkKind.PRIVATE, p.kind());
        assertTrue(!p.nat() && !p.forwarding());
        assertEquals(9000, p.mtu());
        assertEquals("10.99.0.1/24", p.ipv4().toString());
        assertEquals(List.of(ip("10.99.0.1")), p.dhcp().dnsServers(), "no dns: the guests get the gateway");
        assertEquals(NetworkPlans.DEFAULT_LEASE, p.dhcp().leaseTime());

        NetworkPlan bare = NetworkPlans.of(load("<name>iso</name><kind>private</kind>"));
        assertEquals("xniso", bare.bridge());
        assertNull(bare.ipv4());
        assertNull(bare.dhcp(), "no address, no DHCP");
    }

    @Test
    void aBridgedNetworkEnslavesItsUplinkOrItsVlanAndHasNoAddressOfTheHost() throws Exception {
        NetworkPlan p = NetworkPlans.of(example("office-bridged-vlan.xml"));
        assertEquals(NetworkKind.BRIDGED, p.kind());
        assertEquals("xnoffice42", p.bridge(), "the definition's own bridge name");
        assertEquals("eth1", p.uplink());
        assertEquals(42, p.vlan());
        assertEquals("eth1.42", p.uplinkDevice().orElseThrow());
        assertTrue(!p.nat() && !p.forwarding());

        NetworkPlan plain = NetworkPlans.of(load("""
                <name>lan</name><kind>bridged</kind><mtu>9000</mtu><uplink>eth0</uplink>
                <ipv4 gateway="192.0.2.1" subnet="192.0.2.0/24"/>
                """));
        assertEquals("eth0", plain.uplinkDevice().orElseThrow());
        assertNull(plain.vlan());
        assertEquals(9000, plain.mtu());
        assertNull(plain.ipv4(), "the LAN's router is its gateway, not the host");
        assertNull(plain.dhcp());
    }

    @Test
    void whatThePlanRefusesIsRefusedWithItsReason() throws Exception {
        Network toTheHost = load("""
                <name>lab</name><kind>nat</kind>
                <ipv4 gateway="192.168.100.1" subnet="192.168.100.0/24"/>
                <forward guestAddress="192.168.100.1" hostPort="8080" protocol="tcp"/>
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkPlans.of(toTheHost));
        assertTrue(e.getMessage().contains("to the host's own"), e.getMessage());

        Network gatewayInRange = load("""
                <name>lab</name><kind>nat</kind>
                <ipv4 gateway="192.168.100.1" subnet="192.168.100.0/24">
                  <dhcp end="192.168.100.99" start="192.168.100.1"/>
                </ipv4>
                """);
        e = assertThrows(IllegalArgumentException.class, () -> NetworkPlans.of(gatewayInRange));
        assertTrue(e.getMessage().contains("inside the DHCP range"), e.getMessage());

        Network longVlan = load("""
                <name>office</name><kind>bridged</kind><uplink>enx0123456789</uplink><vlan>4000</vlan>
                """);
        e = assertThrows(IllegalArgumentException.class, () -> NetworkPlans.of(longVlan));
        assertTrue(e.getMessage().contains("15 characters"), e.getMessage());
    }
}
