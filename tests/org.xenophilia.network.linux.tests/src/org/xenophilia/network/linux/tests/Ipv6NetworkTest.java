package org.xenophilia.network.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.Ipv6Interface;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;

/**
 * The IPv6 side of networks in the namespaces of a {@link Lab}: guests make their addresses from the node's router
 * advertisements (SLAAC) or lease one by DHCPv6, leave a NAT network masqueraded behind the node's address (NAT66) by
 * its uplink only, are reached at their own addresses on a routed network without IPv4, and have no way out of a
 * private one; removing the networks leaves the node as it was, its IPv6 forwarding included.
 */
class Ipv6NetworkTest {

    Lab lab;
    HostNetworking net;
    NodeSnapshot empty;

    static NetworkPlan natSlaac() {
        return NetworkPlan.builder("lan6", "xnat6", NetworkKind.NAT).uplink("up0", null)
                .ipv4(Ipv4Interface.parse("10.76.0.1/24")).ipv6(Ipv6Interface.parse("fd00:76::1/64"))
                .ipv6Addressing(Ipv6Addressing.slaac()).build();
    }

    @BeforeEach
    void node() throws Exception {
        lab = new Lab();
        net = lab.networking();
        empty = NodeSnapshot.of(lab);
    }

    @AfterEach
    void tearDown() throws Exception {
        lab.close();
    }

    @Test
    void aSlaacGuestOfANatNetworkReachesTheUpstreamAsTheNodeByTheUplinkOnly() throws Exception {
        // a second way out of the node, which the network's uplink up0 excludes
        lab.namespace("xnt-up2");
        lab.veth(Lab.NODE, "up1", "xnt-up2", "eth0");
        lab.ns(Lab.NODE, "ip", "addr", "add", "2001:db8:fe::1/64", "dev", "up1", "nodad");
        lab.ns("xnt-up2", "ip", "addr", "add", "2001:db8:fe::2/64", "dev", "eth0", "nodad");
        empty = NodeSnapshot.of(lab);

        net.apply(natSlaac());
        assertEquals(List.of(), net.inspect(natSlaac()));
        assertEquals("1\n1\n", lab.ns(Lab.NODE, "sysctl", "-n", "net.ipv4.ip_forward",
                "net.ipv6.conf.all.forwarding"));
        lab.guest("xnt-g1", "vif1", "xnat6", "52:54:00:00:06:01");
        String mine = lab.slaac("xnt-g1", "fd00:76:");
        assertEquals("fd00:76::5054:ff:fe00:601", mine, "made from its MAC address (EUI-64)");
        assertTrue(lab.ns("xnt-g1", "ip", "-6", "route", "show", "default").contains("proto ra"),
                "the node's advertisements make it the default router");

        Path log = lab.serve(Lab.UPSTREAM, 9000, "hello", "upstream here");
        assertEquals("upstream here", lab.fetch("xnt-g1", "http://[" + Lab.UPSTREAM_ADDRESS6 + "]:9000/hello"));
        String seen = Files.readString(log);
        assertTrue(seen.contains("[" + Lab.NODE_UPSTREAM_ADDRESS6 + "]:"), "masqueraded behind the node: " + seen);
        assertFalse(seen.contains(mine), seen);
        assertFalse(lab.pings("xnt-g1", "2001:db8:fe::2"), "nothing leaves by another interface than the uplink");
        assertTrue(lab.pings("xnt-g1", Lab.UPSTREAM_ADDRESS6));

        assertTrue(net.apply(natSlaac()).unchanged(), "applying again changes nothing");
        net.remove("lan6");
        lab.unplug("vif1");
        assertEquals(empty, NodeSnapshot.of(lab));
        assertFalse(lab.ns(Lab.NODE, "ip", "-6", "addr").contains("fd00:76::1"));
    }

    @Test
    void aDhcpv6GuestLeasesAnAddressOfTheRange() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Lab.DHCLIENT), "no DHCPv6 client on this machine (" + Lab.DHCLIENT
                + ", package isc-dhcp-client; busybox has no udhcpc6): the DHCPv6 server is not proven here");
        NetworkPlan plan = natSlaac().toBuilder()
                .ipv6Addressing(Ipv6Addressing.dhcpv6("fd00:76::1000", "fd00:76::10ff")).build();
        net.apply(plan);
        assertEquals(List.of(), net.inspect(plan));
        lab.guest("xnt-g2", "vif2", "xnat6", "52:54:00:00:06:02");

        String leased = lab.dhcpv6("xnt-g2");

        assertTrue(leased.matches("fd00:76::10[0-9a-f]{2}"), leased + " is in the range");
        assertTrue(Files.readString(lab.stateDir.resolve("lan6/dnsmasq.leases")).contains(leased));
        assertTrue(net.leases("lan6").isEmpty(), "a DHCPv6 lease is no IPv4 lease record");
        net.remove("lan6");
        lab.unplug("vif2");
        assertEquals(empty, NodeSnapshot.of(lab));
    }

    @Test
    void upstreamReachesAGuestOfARoutedIpv6OnlyNetworkAtItsOwnAddress() throws Exception {
        NetworkPlan core = NetworkPlan.builder("core6", "xrt6", NetworkKind.ROUTED)
                .ipv6(Ipv6Interface.parse("2001:db8:42::1/64")).ipv6Addressing(Ipv6Addressing.slaac()).build();
        net.apply(core);
        assertEquals(List.of(), net.inspect(core));
        assertEquals("0\n1\n", lab.ns(Lab.NODE, "sysctl", "-n", "net.ipv4.ip_forward",
                "net.ipv6.conf.all.forwarding"), "IPv6 forwarding only: the network has no IPv4");
        lab.guest("xnt-g3", "vif3", "xrt6", "52:54:00:00:06:03");
        String mine = lab.slaac("xnt-g3", "2001:db8:42:");
        lab.ns(Lab.UPSTREAM, "ip", "-6", "route", "add", "2001:db8:42::/64", "via", Lab.NODE_UPSTREAM_ADDRESS6);

        Path log = lab.serve("xnt-g3", 80, "index", "routed guest");
        assertEquals("routed guest", lab.fetch(Lab.UPSTREAM, "http://[" + mine + "]/index"));
        assertTrue(Files.readString(log).contains("[" + Lab.UPSTREAM_ADDRESS6 + "]:"), "no NAT: the guest sees the"
                + " upstream's own address");
        Path up = lab.serve(Lab.UPSTREAM, 9000, "hello", "upstream here");
        assertEquals("upstream here", lab.fetch("xnt-g3", "http://[" + Lab.UPSTREAM_ADDRESS6 + "]:9000/hello"));
        assertTrue(Files.readString(up).contains("[" + mine + "]:"), "the upstream sees the guest's own address");

        net.remove("core6");
        lab.unplug("vif3");
        assertEquals(empty, NodeSnapshot.of(lab));
    }

    @Test
    void guestsOfAPrivateIpv6OnlyNetworkReachEachOtherAndNoWayOut() throws Exception {
        NetworkPlan iso = NetworkPlan.builder("iso6", "xpriv6", NetworkKind.PRIVATE)
                .ipv6(Ipv6Interface.parse("fd00:88::1/64")).ipv6Addressing(Ipv6Addressing.slaac()).build();
        net.apply(iso);
        assertEquals(List.of(), net.inspect(iso));
        assertEquals(empty.forwarding(), lab.ns(Lab.NODE, "sysctl", "-n", "net.ipv4.ip_forward",
                "net.ipv6.conf.all.forwarding"), "a private network needs no forwarding");
        lab.guest("xnt-g4", "vif4", "xpriv6", "52:54:00:00:06:04");
        lab.guest("xnt-g5", "vif5", "xpriv6", "52:54:00:00:06:05");
        String g4 = lab.slaac("xnt-g4", "fd00:88:");
        lab.slaac("xnt-g5", "fd00:88:");
        assertEquals("", lab.ns("xnt-g5", "ip", "-6", "route", "show", "default"),
                "the node advertises the prefix, not itself as a router");
        // a NAT network beside it turns forwarding on: only the rules keep the private guests in
        net.apply(natSlaac());
        lab.ns("xnt-g5", "ip", "-6", "route", "add", "default", "via", "fd00:88::1");

        assertTrue(lab.pings("xnt-g5", g4), "the private guests reach each other");
        assertTrue(lab.pings("xnt-g5", "fd00:88::1"), "and the node's address on their network");
        assertFalse(lab.pings("xnt-g5", Lab.UPSTREAM_ADDRESS6), "not the upstream");
        assertFalse(lab.pings("xnt-g5", Lab.NODE_UPSTREAM_ADDRESS6), "not the node's other addresses");
        assertFalse(lab.pings("xnt-g5", "fd00:76::1"), "not the node's other networks");
        assertEquals(List.of(), net.inspect(iso));

        net.remove("lan6");
        net.remove("iso6");
        lab.unplug("vif4", "vif5");
        assertEquals(empty, NodeSnapshot.of(lab));
    }
}
