package org.xenophilia.network.host.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.HostNames;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.Ipv6Interface;
import org.xenophilia.network.host.NetworkHostApi;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;
import org.xenophilia.network.host.PortForward.Protocol;
import org.xenophilia.network.host.StaticLease;

/** Every rule of a plan refuses, with words naming it, what would otherwise reach a tool. */
class NetworkPlanTest {

    static Ipv4Address a(String s) {
        return Ipv4Address.parse(s);
    }

    static NetworkPlan.Builder nat() {
        return NetworkPlan.builder("lan", "xnat0", NetworkKind.NAT).ipv4(Ipv4Interface.parse("10.0.0.1/24"));
    }

    static Dhcp range(String from, String to, StaticLease... statics) {
        return new Dhcp(a(from), a(to), Duration.ofHours(1), List.of(statics), List.of());
    }

    static String refused(Supplier<?> make) {
        return assertThrows(IllegalArgumentException.class, make::get).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-x", "lan 2", "lan;rm", "a$(b)", "a'b", "a\"b", "lan/1", "lan:1", "x.y",
            "a23456789012345678901234567890123", "lan\n" })
    void networkNamesWithAnythingSpecialAreRefused(String name) {
        assertTrue(refused(() -> HostNames.network(name)).contains("bad network name"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-br", "br 0", "br;0", "br$0", "br/0", "br:0", "br0123456789abcd", "br`x`" })
    void interfaceNamesWithAnythingSpecialOrOver15AreRefused(String name) {
        assertTrue(refused(() -> HostNames.networkInterface("bridge", name)).contains("bad bridge name"));
    }

    @Test
    void namesThatFollowTheRulesPass() {
        assertEquals("lan-2_b", HostNames.network("lan-2_b"));
        assertEquals("xnat0.10", HostNames.networkInterface("bridge", "xnat0.10"));
        assertEquals("52:54:00:ab:cd:ef", HostNames.mac("52:54:00:AB:CD:EF"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0", "10.0.0.256", "010.0.0.1", "10.0.0.1 ", "ten.0.0.1", "10..0.1", "1e1.0.0.1",
            "localhost", "::1" })
    void malformedIpv4AddressesAreRefusedAndNeverLookedUp(String text) {
        assertTrue(refused(() -> Ipv4Address.parse(text)).contains("not an IPv4 address"));
    }

    @Test
    void anInterfaceAddressIsNeitherTheNetworkNorTheBroadcastAddress() {
        assertTrue(refused(() -> Ipv4Interface.parse("10.0.0.0/24")).contains("network address"));
        assertTrue(refused(() -> Ipv4Interface.parse("10.0.0.255/24")).contains("broadcast address"));
        assertTrue(refused(() -> Ipv4Interface.parse("10.0.0.1/31")).contains("8-30"));
        assertEquals("10.0.4.0/22", Ipv4Interface.parse("10.0.5.9/22").subnet());
        assertEquals("255.255.252.0", Ipv4Interface.parse("10.0.5.9/22").netmask().toString());
    }

    @Test
    void ipv6AddressesAreCanonicalAndUnicast() {
        assertEquals("fd00:10::1/64", Ipv6Interface.parse("FD00:0010:0:0:0::1/64").toString());
        assertEquals("fd00:10::/64", Ipv6Interface.parse("fd00:10::1/64").subnet());
        assertEquals("2001:db8:0:1::1/64", Ipv6Interface.parse("2001:db8:0:1:0:0:0:1/64").toString());
        assertTrue(refused(() -> Ipv6Interface.parse("fe80::1/64")).contains("link-local"));
        assertTrue(refused(() -> Ipv6Interface.parse("ff02::1/64")).contains("multicast"));
        assertTrue(refused(() -> Ipv6Interface.parse("example.com/64")).contains("not an IPv6 address"));
    }

    @Test
    void eachKindHasWhatItNeedsAndNothingElse() {
        assertTrue(refused(() -> NetworkPlan.builder("lan", "xnat0", NetworkKind.NAT).build())
                .contains("needs the host's IPv4 address"));
        assertTrue(refused(() -> NetworkPlan.builder("wan", "xbr0", NetworkKind.BRIDGED).build())
                .contains("needs its uplink"));
        assertTrue(refused(() -> nat().uplink("eth0", 42).build()).contains("only a bridged network has a VLAN"));
        assertTrue(refused(() -> NetworkPlan.builder("iso", "xp0", NetworkKind.PRIVATE).uplink("eth0", null).build())
                .contains("a private network has no way out, no uplink"));
        assertTrue(refused(() -> nat().uplink("eth0;x", null).build()).contains("bad uplink name"));
        assertTrue(refused(() -> NetworkPlan.builder("wan", "xbr0", NetworkKind.BRIDGED)
                .uplink("enp0s31f6abcde", 4000).build()).contains("longer than Linux's 15 characters"));
        assertTrue(refused(() -> NetworkPlan.builder("wan", "xbr0", NetworkKind.BRIDGED).uplink("eth0", 4095)
                .build()).contains("1-4094"));
        assertTrue(refused(() -> NetworkPlan.builder("iso", "xp0", NetworkKind.PRIVATE)
                .ipv4(Ipv4Interface.parse("10.0.0.1/24"))
                .forward(PortForward.of(Protocol.TCP, 80, a("10.0.0.5"), 80)).build())
                .contains("port forwards are for NAT networks only"));
        assertTrue(refused(() -> NetworkPlan.builder("iso", "xp0", NetworkKind.PRIVATE)
                .dhcp(range("10.0.0.10", "10.0.0.20")).build()).contains("DHCP needs the host's IPv4 address"));
        assertTrue(refused(() -> nat().mtu(67).build()).contains("68-65535"));
        assertTrue(nat().build().nat() && nat().build().forwarding());
    }

    @Test
    void theUplinkOfANatOrRoutedNetworkIsWhereItLeavesNotASlaveOfItsBridge() {
        NetworkPlan viaEth1 = nat().uplink("eth1", null).build();
        assertEquals(java.util.Optional.of("eth1"), viaEth1.exitInterface());
        assertTrue(viaEth1.uplinkDevice().isEmpty(), "nothing is enslaved to a NAT network's bridge");
        NetworkPlan office = NetworkPlan.builder("wan", "xbr0", NetworkKind.BRIDGED).uplink("eth0", 42).build();
        assertEquals(java.util.Optional.of("eth0.42"), office.uplinkDevice());
        assertTrue(office.exitInterface().isEmpty(), "a bridged network's uplink is its bridge's slave");
        assertTrue(nat().build().exitInterface().isEmpty(), "without an uplink, wherever the routes lead");
    }

    @Test
    void aRoutedNetworkNeedsIpv4OrIpv6() {
        assertTrue(refused(() -> NetworkPlan.builder("core", "xrt0", NetworkKind.ROUTED).build())
                .contains("needs the host's IPv4 or IPv6 address"));
        NetworkPlan v6only = NetworkPlan.builder("core", "xrt0", NetworkKind.ROUTED)
                .ipv6(Ipv6Interface.parse("2001:db8:42::1/64")).ipv6Addressing(Ipv6Addressing.slaac()).build();
        assertTrue(v6only.forwarding() && v6only.ipv4() == null);
    }

    @Test
    void ipv6AddressingHasTheHostsIpv6AddressAndFitsItsPrefix() {
        Ipv6Interface host = Ipv6Interface.parse("fd00:1::1/64");
        assertTrue(refused(() -> nat().ipv6Addressing(Ipv6Addressing.slaac()).build())
                .contains("IPv6 addressing needs the host's IPv6 address"));
        assertTrue(refused(() -> nat().ipv6(Ipv6Interface.parse("fd00:1::1/56")).ipv6Addressing(
                Ipv6Addressing.slaac()).build()).contains("SLAAC needs a /64 prefix, not fd00:1::/56"));
        assertTrue(refused(() -> nat().ipv6(host).ipv6Addressing(Ipv6Addressing.dhcpv6("fd00:2::10", "fd00:2::20"))
                .build()).contains("DHCPv6 range fd00:2::10-fd00:2::20 is not inside fd00:1::/64"));
        assertTrue(refused(() -> nat().ipv6(host).ipv6Addressing(Ipv6Addressing.dhcpv6("fd00:1::", "fd00:1::20"))
                .build()).contains("the host's address fd00:1::1 is inside the DHCPv6 range"));
        assertTrue(refused(() -> Ipv6Addressing.dhcpv6("fd00:1::20", "fd00:1::10")).contains("ends before it starts"));
        assertTrue(refused(() -> Ipv6Addressing.dhcpv6("fd00:1::10", "localhost")).contains("not an IPv6 address"));
        assertTrue(refused(() -> new Ipv6Addressing(Ipv6Addressing.Mode.DHCPV6, null, null))
                .contains("needs the range"));
        NetworkPlan p = nat().ipv6(host).ipv6Addressing(Ipv6Addressing.dhcpv6("FD00:1:0::1000", "fd00:1::1fff"))
                .build();
        assertEquals("fd00:1::1000", p.ipv6Addressing().rangeStart(), "kept canonical");
        assertEquals(p, p.toBuilder().build());
    }

    @Test
    void theDhcpRangeIsInsideTheSubnetAndLeavesTheGatewayOut() {
        assertTrue(refused(() -> nat().dhcp(range("10.0.1.10", "10.0.1.20")).build()).contains("not inside"
                + " 10.0.0.0/24"));
        assertTrue(refused(() -> nat().dhcp(range("10.0.0.1", "10.0.0.20")).build()).contains("is inside the DHCP"
                + " range"));
        assertTrue(refused(() -> range("10.0.0.20", "10.0.0.10")).contains("ends before it starts"));
        assertTrue(refused(() -> nat().dhcp(range("10.0.0.10", "10.0.0.20", new StaticLease("52:54:00:00:00:01",
                a("10.1.0.5"), null))).build()).contains("outside 10.0.0.0/24"));
        assertTrue(refused(() -> range("10.0.0.10", "10.0.0.20", new StaticLease("52:54:00:00:00:01", a("10.0.0.5"),
                null), new StaticLease("52:54:00:00:00:01", a("10.0.0.6"), null))).contains("two static leases"));
        assertTrue(refused(() -> new Dhcp(a("10.0.0.10"), a("10.0.0.20"), Duration.ofSeconds(30), List.of(),
                List.of())).contains("2 minutes to a year"));
        assertTrue(refused(() -> new StaticLease("52:54:00:00:00:01", a("10.0.0.5"), "web;reboot"))
                .contains("bad host name"));
    }

    @Test
    void forwardsGoIntoTheSubnetAndNeverShareAPort() {
        assertTrue(refused(() -> nat().forward(PortForward.of(Protocol.TCP, 80, a("192.168.1.5"), 80)).build())
                .contains("outside 10.0.0.0/24"));
        assertTrue(refused(() -> nat().forward(PortForward.of(Protocol.TCP, 80, a("10.0.0.1"), 80)).build())
                .contains("the host's own"));
        assertTrue(refused(() -> nat().forward(new PortForward(Protocol.UDP, 5000, 5010, a("10.0.0.5"), 5000))
                .forward(PortForward.of(Protocol.UDP, 5005, a("10.0.0.6"), 53)).build()).contains("same port"));
        nat().forward(new PortForward(Protocol.UDP, 5000, 5010, a("10.0.0.5"), 5000))
                .forward(PortForward.of(Protocol.TCP, 5005, a("10.0.0.6"), 53)).build();
        assertTrue(refused(() -> new PortForward(Protocol.TCP, 8000, 8010, a("10.0.0.5"), 80))
                .contains("keeps its ports"));
        assertTrue(refused(() -> PortForward.of(Protocol.TCP, 0, a("10.0.0.5"), 80)).contains("1-65535"));
        assertEquals("tcp/8080 to 10.0.0.5:80", PortForward.of(Protocol.TCP, 8080, a("10.0.0.5"), 80).toString());
    }

    @Test
    void theApiRunsImplementationsOfItsMajorVersionUpToItsMinor() {
        assertTrue(NetworkHostApi.runs("1.0") && NetworkHostApi.runs("1.1") && NetworkHostApi.runs("1.2"));
        assertTrue(!NetworkHostApi.runs("1.3") && !NetworkHostApi.runs("2.0") && !NetworkHostApi.runs("x"));
    }
}
