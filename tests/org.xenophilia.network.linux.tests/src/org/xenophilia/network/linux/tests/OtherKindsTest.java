package org.xenophilia.network.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.HostInterface;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;

/** Private, routed and bridged (VLAN) networks in the namespaces of a {@link Lab}, and what the host says of them. */
class OtherKindsTest {

    Lab lab;
    HostNetworking net;

    @BeforeEach
    void node() throws Exception {
        lab = new Lab();
        net = lab.networking();
    }

    @AfterEach
    void tearDown() throws Exception {
        lab.close();
    }

    @Test
    void privateGuestsReachEachOtherAndNothingElse() throws Exception {
        // a NAT network beside it, with a guest: forwarding is on in the node, so only the rules keep them apart
        net.apply(NatNetworkTest.lan());
        lab.guest("xnt-g1", "vif1", "xnat0", "52:54:00:00:00:01");
        lab.dhcp("xnt-g1", "guest1", 24, "10.77.0.1");
        NetworkPlan iso = NetworkPlan.builder("iso", "xpriv0", NetworkKind.PRIVATE)
                .ipv4(Ipv4Interface.parse("10.88.0.1/24"))
                .dhcp(new Dhcp(Ipv4Address.parse("10.88.0.100"), Ipv4Address.parse("10.88.0.150"),
                        Duration.ofMinutes(10), List.of(), List.of()))
                .build();
        net.apply(iso);
        assertEquals(List.of(), net.inspect(iso));
        lab.guest("xnt-g3", "vif3", "xpriv0", "52:54:00:00:00:03");
        lab.guest("xnt-g4", "vif4", "xpriv0", "52:54:00:00:00:04");
        String g3 = lab.dhcp("xnt-g3", "g3", 24, null);
        // a guest that tries anyway: its default route through the node's address on the private network
        lab.address("xnt-g4", "10.88.0.11/24", "10.88.0.1");

        assertTrue(lab.pings("xnt-g4", g3), "the private guests reach each other");
        assertTrue(lab.pings("xnt-g4", "10.88.0.1"), "and the node's address on their network");
        assertFalse(lab.pings("xnt-g4", Lab.UPSTREAM_ADDRESS), "not the upstream");
        assertFalse(lab.pings("xnt-g4", Lab.NODE_UPSTREAM_ADDRESS), "not the node's other addresses");
        assertFalse(lab.pings("xnt-g4", "10.77.0.1"), "not the node's other networks");
        assertFalse(lab.pings("xnt-g4", net.leases("lan").get(0).address().toString()), "nor their guests");
        assertFalse(lab.pings("xnt-g1", "10.88.0.11"), "and no other network's guest reaches them");
        assertTrue(lab.pings("xnt-g1", Lab.UPSTREAM_ADDRESS), "while the NAT guest still reaches out");
    }

    @Test
    void upstreamReachesARoutedGuestByItsOwnAddress() throws Exception {
        NetworkPlan core = NetworkPlan.builder("core", "xrt0", NetworkKind.ROUTED)
                .ipv4(Ipv4Interface.parse("10.99.0.1/24")).build();
        net.apply(core);
        lab.guest("xnt-g5", "vif5", "xrt0", "52:54:00:00:00:05");
        lab.address("xnt-g5", "10.99.0.10/24", "10.99.0.1");
        lab.ns(Lab.UPSTREAM, "ip", "route", "add", "10.99.0.0/24", "via", Lab.NODE_UPSTREAM_ADDRESS);

        java.nio.file.Path log = lab.serve("xnt-g5", 80, "index", "routed guest");
        assertEquals("routed guest", lab.fetch(Lab.UPSTREAM, "http://10.99.0.10/index"));
        assertTrue(Files.readString(log).contains(Lab.UPSTREAM_ADDRESS + "]:"), "the guest sees the upstream's own"
                + " address: no NAT");
        java.nio.file.Path up = lab.serve(Lab.UPSTREAM, 9000, "hello", "upstream here");
        assertEquals("upstream here", lab.fetch("xnt-g5", "http://" + Lab.UPSTREAM_ADDRESS + ":9000/hello"));
        assertTrue(Files.readString(up).contains("10.99.0.10]:"), "the upstream sees the guest's own address");
        assertFalse(Files.exists(lab.stateDir.resolve("core/dnsmasq.conf")), "no DHCP: no dnsmasq");
    }

    @Test
    void aBridgedNetworkPutsGuestsOnItsUplinksLan() throws Exception {
        // the node's "physical" uplink lan0 to a switch namespace holding 192.0.2.1
        lab.namespace("xnt-lan");
        lab.veth(Lab.NODE, "lan0", "xnt-lan", "eth0");
        lab.ns("xnt-lan", "ip", "addr", "add", "192.0.2.1/24", "dev", "eth0");
        NetworkPlan office = NetworkPlan.builder("office", "xbr0", NetworkKind.BRIDGED).uplink("lan0", null).build();

        net.apply(office);
        lab.guest("xnt-g6", "vif6", "xbr0", "52:54:00:00:00:06");
        lab.address("xnt-g6", "192.0.2.10/24", null);

        assertTrue(lab.pings("xnt-g6", "192.0.2.1"), "the guest is on the uplink's LAN");
        assertEquals(List.of(), net.inspect(office));
        assertEquals("xbr0", net.facts().find("lan0").orElseThrow().master());
        assertTrue(net.facts().find("lan0").orElseThrow().networkIfAny().isEmpty(), "the uplink is not ours");

        lab.ns(Lab.NODE, "ip", "link", "set", "lan0", "nomaster");
        assertEquals(List.of("lan0 is not enslaved to bridge xbr0"),
                net.inspect(office).stream().map(d -> d.words()).toList());
        net.apply(office);
        assertEquals(List.of(), net.inspect(office));

        net.remove("office");

        assertTrue(net.facts().find("xbr0").isEmpty());
        HostInterface uplink = net.facts().find("lan0").orElseThrow();
        assertEquals(null, uplink.master(), "the uplink is left, released");
        assertEquals("", lab.ns(Lab.NODE, "nft", "list", "ruleset"), "a bridged network has no rules");
    }

    @Test
    void aBridgedNetworkPutsGuestsOnItsUplinksVlan() throws Exception {
        Assumptions.assumeTrue(kernelHasVlans(), "this kernel has no 802.1Q VLANs (CONFIG_VLAN_8021Q): the VLAN is"
                + " tested by aBridgedVlanNetworkOnAKernelWithoutVlansIsRolledBack instead");
        lab.namespace("xnt-lan");
        lab.veth(Lab.NODE, "lan0", "xnt-lan", "eth0");
        lab.ns("xnt-lan", "ip", "link", "add", "link", "eth0", "name", "eth0.42", "type", "vlan", "id", "42");
        lab.ns("xnt-lan", "ip", "link", "set", "eth0.42", "up");
        lab.ns("xnt-lan", "ip", "addr", "add", "192.0.2.1/24", "dev", "eth0.42");
        NetworkPlan vlan = NetworkPlan.builder("office", "xbr42", NetworkKind.BRIDGED).uplink("lan0", 42).build();

        net.apply(vlan);
        lab.guest("xnt-g6", "vif6", "xbr42", "52:54:00:00:00:06");
        lab.address("xnt-g6", "192.0.2.10/24", null);

        assertTrue(lab.pings("xnt-g6", "192.0.2.1"), "the guest is on VLAN 42 of the uplink's LAN");
        assertEquals(List.of(), net.inspect(vlan));
        HostInterface sub = net.facts().find("lan0.42").orElseThrow();
        assertEquals("vlan", sub.kind());
        assertEquals("office", sub.network());
        assertEquals("xbr42", sub.master());

        net.remove("office");

        assertTrue(net.facts().find("lan0.42").isEmpty() && net.facts().find("xbr42").isEmpty());
        assertTrue(net.facts().find("lan0").isPresent(), "the uplink itself is left");
    }

    @Test
    void aBridgedVlanNetworkOnAKernelWithoutVlansIsRolledBack() throws Exception {
        Assumptions.assumeFalse(kernelHasVlans(), "this kernel has VLANs: aBridgedNetworkPutsGuestsOnItsUplinksVlan"
                + " runs instead");
        lab.namespace("xnt-lan");
        lab.veth(Lab.NODE, "lan0", "xnt-lan", "eth0");
        NodeSnapshot before = NodeSnapshot.of(lab);

        NetworkException e = assertThrows(NetworkException.class, () -> net.apply(NetworkPlan.builder("office",
                "xbr42", NetworkKind.BRIDGED).uplink("lan0", 42).build()));

        assertEquals(NetworkException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("ip link add link lan0 name lan0.42 type vlan id 42 failed")
                && e.getMessage().endsWith("; the host was put back as it was"), e.getMessage());
        assertEquals(before, NodeSnapshot.of(lab));
    }

    private boolean kernelHasVlans() throws Exception {
        boolean yes = Lab.exec(List.of("ip", "netns", "exec", Lab.NODE, "ip", "link", "add", "link", "up0", "name",
                "up0.9", "type", "vlan", "id", "9"), 30).code() == 0;
        if (yes) {
            lab.ns(Lab.NODE, "ip", "link", "del", "up0.9");
        }
        return yes;
    }
}
