package org.xenophilia.network.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;
import org.xenophilia.network.host.StaticLease;

/**
 * A NAT network made real in a namespace that plays the node: guests lease addresses from its dnsmasq, reach the
 * upstream masqueraded as the node, are reached through a port forward; applying again changes nothing; what is
 * broken behind its back is named and repaired; removal leaves nothing; a failed apply puts the node back exactly.
 * A foreign nftables table is there throughout and must survive everything.
 */
class NatNetworkTest {

    static final String STATIC_MAC = "52:54:00:12:34:56";
    static final String FOREIGN_TABLE = "table ip foreign {\n\tchain input {\n\t\ttype filter hook input priority"
            + " filter; policy accept;\n\t\tip saddr 192.0.2.99 drop comment \"an admin's own\"\n\t}\n}\n";

    Lab lab;
    HostNetworking net;

    static NetworkPlan lan() {
        return NetworkPlan.builder("lan", "xnat0", NetworkKind.NAT).ipv4(Ipv4Interface.parse("10.77.0.1/24"))
                .forward(PortForward.of(PortForward.Protocol.TCP, 8080, Ipv4Address.parse("10.77.0.50"), 80))
                .dhcp(new Dhcp(Ipv4Address.parse("10.77.0.100"), Ipv4Address.parse("10.77.0.199"),
                        Duration.ofHours(1), List.of(new StaticLease(STATIC_MAC, Ipv4Address.parse("10.77.0.50"),
                                "web")), List.of()))
                .build();
    }

    @BeforeEach
    void node() throws Exception {
        lab = new Lab();
        lab.ns(Lab.NODE, "nft", "add", "table", "ip", "foreign");
        lab.ns(Lab.NODE, "nft", "add", "chain", "ip", "foreign", "input",
                "{ type filter hook input priority 0; policy accept; }");
        lab.ns(Lab.NODE, "nft", "add", "rule", "ip", "foreign", "input", "ip", "saddr", "192.0.2.99", "drop", "comment",
                "\"an admin's own\"");
        net = lab.networking();
    }

    @AfterEach
    void tearDown() throws Exception {
        lab.close();
    }

    @Test
    void guestsLeaseReachUpstreamAsTheNodeAndAreReachedThroughAForward() throws Exception {
        Applied applied = net.apply(lan());
        assertTrue(applied.changes().contains("created bridge xnat0"), applied.toString());
        assertEquals(List.of(), net.inspect(lan()));

        lab.guest("xnt-g1", "vif1", "xnat0", "52:54:00:00:00:01");
        String dynamic = lab.dhcp("xnt-g1", "guest1", 24, "10.77.0.1");
        Ipv4Address a = Ipv4Address.parse(dynamic);
        assertTrue(a.compareTo(Ipv4Address.parse("10.77.0.100")) >= 0
                && a.compareTo(Ipv4Address.parse("10.77.0.199")) <= 0, dynamic + " is in the range");

        // out through NAT: the upstream sees the node's address, never the guest's
        java.nio.file.Path log = lab.serve(Lab.UPSTREAM, 9000, "hello", "upstream here");
        assertEquals("upstream here", lab.fetch("xnt-g1", "http://" + Lab.UPSTREAM_ADDRESS + ":9000/hello"));
        String seen = Files.readString(log);
        assertTrue(seen.contains(Lab.NODE_UPSTREAM_ADDRESS + "]:"), seen);
        assertFalse(seen.contains(dynamic), seen);

        // the static lease: the fixed address, and the guest behind the forward
        lab.guest("xnt-g2", "vif2", "xnat0", STATIC_MAC);
        assertEquals("10.77.0.50", lab.dhcp("xnt-g2", "web", 24, "10.77.0.1"));
        lab.serve("xnt-g2", 80, "marker", "guest web");
        assertEquals("guest web", lab.fetch(Lab.UPSTREAM, "http://" + Lab.NODE_UPSTREAM_ADDRESS + ":8080/marker"));

        // the upstream cannot reach a guest's own address even given a route: only the forward comes in
        lab.ns(Lab.UPSTREAM, "ip", "route", "add", "10.77.0.0/24", "via", Lab.NODE_UPSTREAM_ADDRESS);
        assertFalse(lab.pings(Lab.UPSTREAM, "10.77.0.50"));

        List<Lease> leases = net.leases("lan");
        assertTrue(leases.stream().anyMatch(l -> l.mac().equals("52:54:00:00:00:01")
                && l.address().toString().equals(dynamic) && l.expiryIfAny().isPresent()), leases.toString());
        assertTrue(leases.stream().anyMatch(l -> l.mac().equals(STATIC_MAC) && l.address().toString().equals(
                "10.77.0.50") && "web".equals(l.hostname())), leases.toString());
        assertTrue(lab.ns(Lab.NODE, "nft", "list", "ruleset").contains(FOREIGN_TABLE));
    }

    @Test
    void applyingTwiceChangesNothingAndKeepsDnsmasqRunning() throws Exception {
        net.apply(lan());
        String pid = Files.readString(lab.stateDir.resolve("lan/dnsmasq.pid"));
        NodeSnapshot before = NodeSnapshot.of(lab);

        Applied again = net.apply(lan());

        assertTrue(again.unchanged(), again.toString());
        assertEquals(pid, Files.readString(lab.stateDir.resolve("lan/dnsmasq.pid")));
        assertEquals(before, NodeSnapshot.of(lab));
    }

    @Test
    void whatIsBrokenBehindItsBackIsNamedAndRepaired() throws Exception {
        net.apply(lan());
        lab.guest("xnt-g2", "vif2", "xnat0", STATIC_MAC);
        lab.dhcp("xnt-g2", "web", 24, "10.77.0.1");
        lab.serve("xnt-g2", 80, "marker", "guest web");
        assertEquals("guest web", lab.fetch(Lab.UPSTREAM, "http://" + Lab.NODE_UPSTREAM_ADDRESS + ":8080/marker"));

        lab.ns(Lab.NODE, "nft", "delete", "rule", "inet", "xenophilia", "prerouting", "handle",
                handle("prerouting", "lan: forward tcp/8080 to 10.77.0.50:80"));
        long pid = Long.parseLong(Files.readString(lab.stateDir.resolve("lan/dnsmasq.pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        lab.ns(Lab.NODE, "ip", "link", "set", "xnat0", "down");

        List<String> words = net.inspect(lan()).stream().map(Difference::words).toList();
        assertEquals(List.of("bridge xnat0 is down",
                "nft rule for forward tcp/8080 to 10.77.0.50:80 of network lan missing",
                "dnsmasq of network lan is not running"), words);
        assertNull(lab.fetch(Lab.UPSTREAM, "http://" + Lab.NODE_UPSTREAM_ADDRESS + ":8080/marker"));

        Applied repaired = net.apply(lan());

        assertFalse(repaired.unchanged());
        assertEquals(List.of(), net.inspect(lan()));
        assertEquals("guest web", lab.fetch(Lab.UPSTREAM, "http://" + Lab.NODE_UPSTREAM_ADDRESS + ":8080/marker"));
    }

    @Test
    void removingLeavesNothingButWhatWasThereBefore() throws Exception {
        NodeSnapshot empty = NodeSnapshot.of(lab);
        net.apply(lan());
        assertEquals("1\n", lab.ns(Lab.NODE, "sysctl", "-n", "net.ipv4.ip_forward"));
        assertEquals(List.of("lan"), net.ours().stream().map(h -> h.name()).toList());

        net.remove("lan");

        assertEquals(empty, NodeSnapshot.of(lab));
        assertEquals(FOREIGN_TABLE, lab.ns(Lab.NODE, "nft", "list", "ruleset"));
        assertEquals(List.of(), net.ours());
        NetworkException gone = assertThrows(NetworkException.class, () -> net.remove("lan"));
        assertEquals(NetworkException.Kind.NOT_FOUND, gone.kind());
    }

    @Test
    void aFailedApplyPutsTheNodeBackExactly() throws Exception {
        // a routed network already there: its rules in the table, forwarding on
        net.apply(NetworkPlan.builder("core", "xrt9", NetworkKind.ROUTED).ipv4(Ipv4Interface.parse("10.79.0.1/24"))
                .build());
        NodeSnapshot before = NodeSnapshot.of(lab);

        // an uplink that does not exist: refused before anything changes
        NetworkPlan bridged = NetworkPlan.builder("wan", "xbr1", NetworkKind.BRIDGED).uplink("nosuch0", null).build();
        NetworkException e = assertThrows(NetworkException.class, () -> net.apply(bridged));
        assertEquals(NetworkException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("the uplink nosuch0 does not exist"), e.getMessage());
        assertEquals(before, NodeSnapshot.of(lab));

        // the DNS port taken by another process: dnsmasq fails last, after the bridge, the rules, the files
        Process squatter = new ProcessBuilder("ip", "netns", "exec", Lab.NODE, "busybox", "nc", "-l", "-p", "53")
                .start();
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (Lab.exec(List.of("ip", "netns", "exec", Lab.NODE, "ss", "-Htln", "sport", "=", ":53"), 30).out()
                    .isBlank()) {
                assertTrue(squatter.isAlive() && System.nanoTime() < deadline, "nc listens on port 53");
            }
            NodeSnapshot withSquatter = NodeSnapshot.of(lab);

            NetworkException busy = assertThrows(NetworkException.class, () -> net.apply(lan()));

            assertEquals(NetworkException.Kind.CONFLICT, busy.kind());
            assertTrue(busy.getMessage().contains("Address already in use")
                    && busy.getMessage().contains("the host was put back as it was"), busy.getMessage());
            assertEquals(withSquatter, NodeSnapshot.of(lab));
        } finally {
            squatter.descendants().forEach(ProcessHandle::destroyForcibly);
            squatter.destroyForcibly().waitFor();
        }
        assertEquals(List.of(), net.inspect(NetworkPlan.builder("core", "xrt9", NetworkKind.ROUTED)
                .ipv4(Ipv4Interface.parse("10.79.0.1/24")).build()));
        // and once the port is free, the same plan applies
        net.apply(lan());
        assertEquals(List.of(), net.inspect(lan()));
    }

    @Test
    void aBridgeNameTakenByAnInterfaceNotOursIsRefusedUnchanged() throws Exception {
        lab.ns(Lab.NODE, "ip", "link", "add", "xnat0", "type", "bridge");
        NodeSnapshot before = NodeSnapshot.of(lab);

        NetworkException e = assertThrows(NetworkException.class, () -> net.apply(lan()));

        assertEquals(NetworkException.Kind.CONFLICT, e.kind());
        assertEquals("the host already has an interface xnat0 that is not ours; nothing was changed",
                e.getMessage());
        assertEquals(before, NodeSnapshot.of(lab));
        assertThrows(NetworkException.class, () -> net.remove("lan"));
        assertNotNull(lab.ns(Lab.NODE, "ip", "link", "show", "xnat0"));
    }

    private String handle(String chain, String comment) throws Exception {
        String listing = lab.ns(Lab.NODE, "nft", "-a", "list", "chain", "inet", "xenophilia", chain);
        Matcher m = Pattern.compile("comment \"" + Pattern.quote(comment) + "\" # handle ([0-9]+)").matcher(listing);
        assertTrue(m.find(), listing);
        return m.group(1);
    }
}
