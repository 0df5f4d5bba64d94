package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The node's networks made real by the Agent with the {@code linux} host networking, as root, in a network namespace
 * playing the node ({@link NodeNamespace}): what the API makes is on the host ({@code ip -json}, the nftables table,
 * a dnsmasq of ours), a guest plugged into the bridge is leased an address the API reports with its domain, changes
 * are applied and a change the host refuses leaves the host and the definition as they were; what is broken on the
 * host is named by {@code check}, put right by {@code repair} and by a restart, which also removes a network whose
 * definition went while the Agent was down; a destroy leaves nothing.
 */
class LinuxNetworksTest extends LinuxAgentFixture {

    static final String LAB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>lab</name>
              <kind>nat</kind>
              <description>lab guests</description>
              <ipv4 gateway="192.168.100.1" subnet="192.168.100.0/24">
                <dhcp end="192.168.100.199" start="192.168.100.100"/>
              </ipv4>
              <forward guestAddress="192.168.100.10" guestPort="80" hostPort="8080" protocol="tcp"/>
            </network>
            """;
    private static final String MAC = "00:16:3e:00:00:01";

    private XenApiClient admin;

    private void start() throws Exception {
        admin = startAgent(List.of());
    }

    private Object call(String method, Object... params) throws Exception {
        return admin.callWithSession(method, params);
    }

    private List<String> differences(String network) throws Exception {
        return WireValues.asList(call("Xenophilia.network.check", network)).stream().map(d -> (String) WireValues
                .asMap(d).get("words")).toList();
    }

    @Test
    void aNatNetworkIsMadeOnTheHostLeasesIsChangedAndLeavesNothing() throws Exception {
        String forwardingBefore = node.node("sysctl", "-n", "net.ipv4.ip_forward");
        start();
        String lab = (String) call("Xenophilia.network.create_from_xml", LAB);

        String links = node.node("ip", "-details", "-json", "link", "show", "dev", "xnlab");
        assertTrue(links.contains("\"ifalias\":\"xenophilia:lab\""), links);
        assertTrue(node.node("ip", "-json", "addr", "show", "dev", "xnlab").contains("\"local\":\"192.168.100.1\""));
        String table = node.node("nft", "list", "table", "inet", "xenophilia");
        assertTrue(table.contains("masquerade") && table.contains("dnat ip to 192.168.100.10:80"), table);
        assertEquals("1", node.node("sysctl", "-n", "net.ipv4.ip_forward").trim());
        List<Long> dnsmasq = node.processes("dnsmasq");
        assertEquals(1, dnsmasq.size(), "one dnsmasq for the network");
        Path conf = state().resolve("network/lab/dnsmasq.conf");
        assertTrue(ProcessHandle.of(dnsmasq.get(0)).orElseThrow().info().arguments().map(List::of).orElseThrow()
                .contains("--conf-file=" + conf), "our dnsmasq runs with our configuration");
        assertTrue(Files.readString(conf).contains("interface=xnlab"), Files.readString(conf));
        assertTrue(differences(lab).isEmpty(), "the host is as defined");

        // a domain's vif on the network: its guest is leased an address of the range, reported with the domain
        String web = (String) call("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(UUID.randomUUID()
                .toString(), 256).replace("<vif bridge=\"xenbr0\" mac=\"00:16:3e:12:34:56\"/>",
                        "<vif network=\"lab\" mac=\"" + MAC + "\"/>"));
        call("VM.start", web, false, false);
        String token = admin.eventFrom(List.of("network"), "", Duration.ZERO).token();
        node.guest("xnlab", MAC);
        String leased = node.dhcp("web01");
        assertTrue(leased.matches("192\\.168\\.100\\.1[0-9][0-9]"), leased);
        // a client following the events sees the lease as lab's assigned_ips changes, without reading it
        String vif = (String) WireValues.asList(WireValues.asMap(call("VM.get_record", web)).get("VIFs")).get(0);
        String[] at = {token};
        Await.until("lab's assigned_ips published with the lease", () -> {
            EventBatch b = admin.eventFrom(List.of("network"), at[0], Duration.ofSeconds(5));
            at[0] = b.token();
            return b;
        }, b -> b.events().stream().anyMatch(e -> e.ref().value().equals(lab) && e.operation().equals("mod")
                && Map.of(vif, leased).equals(WireValues.asMap(e.snapshot().orElseThrow().get("assigned_ips")))));
        List<Object> leases = WireValues.asList(call("Xenophilia.network.get_leases", lab));
        assertEquals(1, leases.size(), leases.toString());
        Map<String, Object> lease = WireValues.asMap(leases.get(0));
        assertEquals(List.of(MAC, leased, "web01", web), List.of(lease.get("MAC"), lease.get("IP"),
                lease.get("hostname"), lease.get("VM")));

        // changes are applied on the host at once
        call("network.set_MTU", lab, 1400);
        assertTrue(node.node("ip", "-json", "link", "show", "dev", "xnlab").contains("\"mtu\":1400"));
        String narrower = ((String) call("Xenophilia.network.get_xml", lab)).replace("192.168.100.199",
                "192.168.100.150");
        call("Xenophilia.network.set_xml", lab, narrower);
        assertTrue(Files.readString(conf).contains("192.168.100.150"), Files.readString(conf));
        assertTrue(differences(lab).isEmpty(), "dnsmasq runs with the new range");

        // a change the host refuses (the bridge of a network is moved by making it anew) changes nothing
        String definition = Files.readString(state().resolve("networks/lab.xml"));
        String dnsmasqConf = Files.readString(conf);
        XenApiException moved = assertThrows(XenApiException.class, () -> call("Xenophilia.network.set_xml", lab,
                narrower.replace("<description>lab guests</description>",
                        "<description>lab guests</description>\n  <bridge>xnother</bridge>")));
        assertEquals("XENOPHILIA_NETWORK_CONFLICT", moved.code(), moved.params().toString());
        assertEquals(definition, Files.readString(state().resolve("networks/lab.xml")));
        assertEquals(dnsmasqConf, Files.readString(conf));
        assertFalse(node.node("ip", "-json", "link", "show").contains("xnother"));
        assertTrue(differences(lab).isEmpty(), "the host is as it was");

        // destroyed once its domain halted: nothing of it is left on the host or on disk
        call("VM.hard_shutdown", web);
        call("network.destroy", lab);
        assertFalse(node.node("ip", "-json", "link", "show").contains("xnlab"), "the bridge is gone");
        assertFalse(node.node("nft", "list", "ruleset").contains("xenophilia"), "the table is gone");
        assertEquals(List.of(), node.processes("dnsmasq"));
        assertEquals(forwardingBefore, node.node("sysctl", "-n", "net.ipv4.ip_forward"), "forwarding put back");
        assertFalse(Files.exists(state().resolve("networks/lab.xml")));
        try (var files = Files.list(state().resolve("network"))) {
            assertEquals(List.of(), files.toList(), "the host networking's files are gone");
        }
    }

    @Test
    void aRoutedIpv6OnlyNetworkIsAdvertisedForwardedAndLeavesNothing() throws Exception {
        String forwardingBefore = node.node("sysctl", "-n", "net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding");
        start();
        String core = (String) call("Xenophilia.network.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <network xmlns="http://xenophilia.org/schema/network/1.0">
                  <name>core6</name>
                  <kind>routed</kind>
                  <ipv6 gateway="2001:db8:42::1" prefix="2001:db8:42::/64"/>
                </network>
                """);

        assertTrue(node.node("ip", "-json", "addr", "show", "dev", "xncore6").contains("\"local\":\"2001:db8:42::1\""));
        String conf = Files.readString(state().resolve("network/core6/dnsmasq.conf"));
        assertTrue(conf.contains("enable-ra\n") && conf.contains("dhcp-range=2001:db8:42::,ra-only,64\n"), conf);
        assertEquals(1, node.processes("dnsmasq").size(), "its dnsmasq advertises the prefix");
        String table = node.node("nft", "list", "table", "inet", "xenophilia");
        assertTrue(table.contains("ip6 daddr 2001:db8:42::/64 accept") && !table.contains("masquerade"), table);
        assertEquals(forwardingBefore.lines().findFirst().orElseThrow() + "\n1\n", node.node("sysctl", "-n",
                "net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding"), "IPv6 forwarding on, IPv4's as it was");
        assertTrue(differences(core).isEmpty(), "the host is as defined");

        call("network.destroy", core);
        assertFalse(node.node("ip", "-json", "link", "show").contains("xncore6"), "the bridge is gone");
        assertFalse(node.node("nft", "list", "ruleset").contains("xenophilia"), "the table is gone");
        assertEquals(List.of(), node.processes("dnsmasq"));
        assertEquals(forwardingBefore, node.node("sysctl", "-n", "net.ipv4.ip_forward",
                "net.ipv6.conf.all.forwarding"), "forwarding put back");
    }

    @Test
    void theHostIsRepairedByTheCallAndAtStartAndANetworkWithoutDefinitionIsRemoved() throws Exception {
        start();
        String lab = (String) call("Xenophilia.network.create_from_xml", LAB);
        call("network.create", Map.of("name_label", "gone", "MTU", "1500"));
        assertTrue(node.node("ip", "-json", "link", "show").contains("xngone"));

        killDnsmasq();
        assertEquals(List.of("dnsmasq of network lab is not running"), differences(lab));
        List<Object> repaired = WireValues.asList(call("Xenophilia.network.repair", lab));
        assertTrue(repaired.contains("started dnsmasq of network lab"), repaired.toString());
        assertTrue(differences(lab).isEmpty());
        assertEquals(1, node.processes("dnsmasq").size());

        // broken again while the Agent runs; gone's definition removed while it is down
        killDnsmasq();
        agent.close();
        Files.delete(state().resolve("networks/gone.xml"));
        start();
        lab = network("lab"); // references change at a restart, as xapi's do
        String out = agent.output();
        assertTrue(out.contains("network lab: dnsmasq of network lab is not running; repaired"), out);
        assertTrue(out.contains("network gone was on the host without a definition: removed"), out);
        assertTrue(differences(lab).isEmpty(), "repaired at start");
        assertEquals(1, node.processes("dnsmasq").size());
        assertFalse(node.node("ip", "-json", "link", "show").contains("xngone"), "gone's bridge is removed");
        assertFalse(Files.exists(state().resolve("network/gone")));
        assertEquals("OpaqueRef:NULL", network("gone"), "gone is no network of the node's");
    }

    @Test
    void aClientFollowingEventsCostsTheAgentNoIpProcessPerBatch() throws Exception {
        // ip as the Agent runs it, each run logged: the real /usr/sbin/ip
        Path log = dir.resolve("ip-runs.log");
        Path ip = dir.resolve("ip");
        Files.writeString(ip, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + log + "'\nexec /usr/sbin/ip \"$@\"\n");
        Files.setPosixFilePermissions(ip, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Files.writeString(conf(), "networking = linux\nlinux.ip = " + ip + "\n");
        start();
        call("Xenophilia.network.create_from_xml", LAB);
        String web = (String) call("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(UUID.randomUUID()
                .toString(), 256)); // its vif on xenbr0: a view
        List<String> classes = List.of("host", "vm", "vif", "vbd", "sr", "pbd", "vdi", "network", "pif");
        String token = admin.eventFrom(classes, "", Duration.ZERO).token();

        long before = runs(log);
        long t0 = System.nanoTime();
        int batches = 40;
        for (int i = 0; i < batches; i++) {
            call("VM.set_memory", web, Long.toString((256L + 64 * (i % 2)) << 20));
            EventBatch b = admin.eventFrom(classes, token, Duration.ofSeconds(30));
            assertEquals(2L, b.validRefCounts().get("network"), "lab and the view of xenbr0");
            // counted from the host's facts all the same: the node's one link, up0, is a veth, no PIF
            assertEquals(0L, b.validRefCounts().get("pif"));
            token = b.token();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long ran = runs(log) - before;
        // the host's facts (three ip processes) are read at most once per 10 s for the counts, not once per batch
        long reads = 2 + (long) (seconds / 10);
        assertTrue(ran <= 3 * reads, ran + " ip processes for " + batches + " batches in " + seconds + " s: "
                + Files.readAllLines(log).subList((int) before, (int) (before + ran)));
    }

    private static long runs(Path log) throws Exception {
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    /** @return the ref of the network of that name, {@code OpaqueRef:NULL} if there is none */
    private String network(String name) throws Exception {
        for (Map.Entry<String, Object> r : WireValues.asMap(call("network.get_all_records")).entrySet()) {
            if (name.equals(WireValues.asMap(r.getValue()).get("name_label"))) {
                return r.getKey();
            }
        }
        return "OpaqueRef:NULL";
    }

    private void killDnsmasq() throws Exception {
        List<Long> running = node.processes("dnsmasq");
        assertEquals(1, running.size(), running.toString());
        NodeNamespace.kill(running.get(0));
    }
}
