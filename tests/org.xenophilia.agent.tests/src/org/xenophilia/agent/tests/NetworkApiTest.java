package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The node's networks through a real {@code xenophiliad} process on the simulated backend, whose simulated host
 * networking changes nothing real: a NAT network made from XML and read back as a network record, its definition on
 * disk and in the simulated host; a domain whose vif names it started (and one naming a network that does not exist
 * refused, nothing started), its DHCP lease; the destroy refused while it runs, naming it; bad XML refused at its line,
 * a rule broken named with its path; xapi's {@code network.create}; the read-only caller refused; the events.
 */
class NetworkApiTest extends AgentUsersFixture {

    private static final String LAB = LinuxNetworksTest.LAB;

    private XenApiClient admin;
    /** The first client of the Agent, whose address and fingerprint the others use. */
    private XenApiClient first;

    private void start(WireEncoding encoding) throws Exception {
        agent = AgentProcess.start(null, "serve", "--backend", "simulated", "--config", conf().toString(),
                "--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:0");
        first = agent.client();
        admin = login(encoding, "adm");
    }

    private XenApiClient login(WireEncoding encoding, String user) throws Exception {
        XenApiClient c = XenApiClient.builder(first.uri()).pinnedFingerprint(first.pinnedFingerprint().orElseThrow())
                .encoding(encoding).build();
        c.login(user, "a-long-password");
        return c;
    }

    private Map<String, Object> record(String cls, Object ref) throws Exception {
        return WireValues.asMap(admin.callWithSession(cls + ".get_record", ref));
    }

    private String vm(String name, String vif) throws Exception {
        return (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                UUID.randomUUID().toString(), 256).replace("<name>web</name>", "<name>" + name + "</name>")
                .replace("<vif bridge=\"xenbr0\" mac=\"00:16:3e:12:34:56\"/>", vif));
    }

    private XenApiException refused(String method, Object... params) {
        return assertThrows(XenApiException.class, () -> admin.callWithSession(method, params), method);
    }

    @ParameterizedTest
    @EnumSource(WireEncoding.class)
    void aNetworkIsMadeUsedAndDestroyed(WireEncoding encoding) throws Exception {
        start(encoding);
        String token = admin.eventFrom(List.of("network"), "", Duration.ZERO).token();
        String lab = (String) admin.callWithSession("Xenophilia.network.create_from_xml", LAB);

        Map<String, Object> r = record("network", lab);
        assertEquals("lab", r.get("name_label"));
        assertEquals("lab guests", r.get("name_description"));
        assertEquals("xnlab", r.get("bridge"));
        assertEquals(true, r.get("managed"));
        Map<String, Object> other = WireValues.asMap(r.get("other_config"));
        assertEquals("nat", other.get("xenophilia-kind"));
        assertEquals("192.168.100.0/24", other.get("xenophilia-subnet"));
        assertEquals("192.168.100.100-192.168.100.199", other.get("xenophilia-dhcp-range"));
        assertEquals("tcp/8080->192.168.100.10:80", other.get("xenophilia-forwards"));
        assertTrue(Files.readString(dir.resolve("state/networks/lab.xml")).contains("<kind>nat</kind>"));
        assertTrue(Files.readString(dir.resolve("state/network/simulated-networks.properties"))
                .contains("network.lab.bridge=xnlab"));
        assertTrue(WireValues.asList(admin.callWithSession("Xenophilia.network.check", lab)).isEmpty(),
                "the simulated host is as defined");
        EventBatch added = admin.eventFrom(List.of("network"), token, Duration.ofSeconds(5));
        assertTrue(added.events().stream().anyMatch(e -> e.operation().equals("add") && e.ref().value().equals(lab)),
                added.toString());
        admin.callWithSession("Xenophilia.network.set_xml", lab, LAB.replace("lab guests", "the lab's guests"));
        assertEquals("the lab's guests", record("network", lab).get("name_description"));
        added = admin.eventFrom(List.of("network"), added.token(), Duration.ofSeconds(5));
        assertTrue(added.events().stream().anyMatch(e -> e.operation().equals("mod") && e.ref().value().equals(lab)),
                "a change is published: " + added);

        // a vif naming the network is started on its bridge and leased an address of the range
        String web = vm("web", "<vif network=\"lab\" mac=\"00:16:3e:00:00:01\"/>");
        admin.callWithSession("VM.start", web, false, false);
        String vif = (String) WireValues.asList(record("VM", web).get("VIFs")).get(0);
        assertEquals(lab, record("VIF", vif).get("network"));
        assertEquals(List.of(vif), WireValues.asList(record("network", lab).get("VIFs")));
        List<Object> leases = WireValues.asList(admin.callWithSession("Xenophilia.network.get_leases", lab));
        assertEquals(1, leases.size(), leases.toString());
        Map<String, Object> lease = WireValues.asMap(leases.get(0));
        assertEquals("00:16:3e:00:00:01", lease.get("MAC"));
        assertEquals("192.168.100.100", lease.get("IP"));
        assertEquals(web, lease.get("VM"));
        assertEquals(Map.of(vif, "192.168.100.100"), WireValues.asMap(record("network", lab).get("assigned_ips")));

        // a vif naming a network that does not exist: nothing started
        String lost = vm("lost", "<vif network=\"nowhere\"/>");
        XenApiException missing = refused("VM.start", lost, false, false);
        assertEquals("VM_REQUIRES_NETWORK", missing.code());
        assertEquals("nowhere", missing.params().get(1));
        assertEquals("Halted", record("VM", lost).get("power_state"));

        // the destroy is refused while web runs, naming it; allowed once it halted
        XenApiException inUse = refused("network.destroy", lab);
        assertEquals("NETWORK_CONTAINS_VIF", inUse.code());
        assertEquals(vif, inUse.params().get(0));
        assertTrue(inUse.params().get(1).startsWith("web ("), inUse.params().toString());
        assertTrue(Files.exists(dir.resolve("state/networks/lab.xml")));
        admin.callWithSession("VM.hard_shutdown", web);
        admin.callWithSession("network.destroy", lab);
        assertFalse(Files.exists(dir.resolve("state/networks/lab.xml")));
        assertFalse(Files.readString(dir.resolve("state/network/simulated-networks.properties")).contains("lab"));
        assertEquals("HANDLE_INVALID", refused("network.get_record", lab).code());
        assertEquals("OpaqueRef:NULL", record("VIF", vif).get("network"), "the halted vif keeps naming lab");
        EventBatch deleted = admin.eventFrom(List.of("network"), added.token(), Duration.ofSeconds(5));
        assertTrue(deleted.events().stream().anyMatch(e -> e.operation().equals("del")
                && e.ref().value().equals(lab)), deleted.toString());
    }

    @Test
    void badDefinitionsAreRefusedNamingTheRuleThePathAndTheLine() throws Exception {
        start(WireEncoding.JSON_RPC);
        XenApiException malformed = refused("Xenophilia.network.create_from_xml",
                LAB.replace("gateway=\"192.168.100.1\"", "gateway=\"192.168.100.01\""));
        assertEquals("XENOPHILIA_INVALID_NETWORK", malformed.code());
        assertEquals("ipv4.gateway", malformed.params().get(1));
        assertEquals("6", malformed.params().get(2), "the ipv4 element's line: " + malformed.params());
        assertFalse(Files.exists(dir.resolve("state/networks/lab.xml")));

        admin.callWithSession("Xenophilia.network.create_from_xml", LAB);
        XenApiException overlap = refused("Xenophilia.network.create_from_xml", LAB.replace("<name>lab</name>",
                "<name>lab2</name>").replace("<forward guestAddress=\"192.168.100.10\" guestPort=\"80\" "
                        + "hostPort=\"8080\" protocol=\"tcp\"/>\n", ""));
        assertEquals(List.of("subnet-overlap", "ipv4.subnet", "6"), overlap.params().subList(0, 3));
        assertFalse(Files.exists(dir.resolve("state/networks/lab2.xml")));
        List<Object> problems = WireValues.asList(admin.callWithSession("Xenophilia.network.validate_xml",
                LAB.replace("<name>lab</name>", "<name>other</name>")));
        assertTrue(problems.stream().map(WireValues::asMap).anyMatch(p -> "subnet-overlap".equals(p.get("rule"))),
                problems.toString());
        assertTrue(WireValues.asList(admin.callWithSession("Xenophilia.network.validate_xml", LAB)).isEmpty(),
                "a network of the same name is the one edited");

        XenApiException shell = refused("network.create", Map.of("name_label", "a;rm -rf /", "MTU", "1500"));
        assertEquals("XENOPHILIA_INVALID_NETWORK", shell.code());
        assertEquals("BRIDGE_NAME_EXISTS", refused("network.create", Map.of("name_label", "again", "bridge",
                "xnlab")).code());
    }

    @Test
    void xapisCreateMakesAPrivateNetworkAndReadersChangeNothing() throws Exception {
        start(WireEncoding.XML_RPC);
        String net = (String) admin.callWithSession("network.create", Map.of("name_label", "backend",
                "name_description", "replication", "MTU", "9000", "other_config", Map.of(), "tags", List.of()));
        Map<String, Object> r = record("network", net);
        assertEquals("xnbackend", r.get("bridge"));
        assertEquals("9000", String.valueOf(r.get("MTU")));
        assertEquals("private", WireValues.asMap(r.get("other_config")).get("xenophilia-kind"));
        admin.callWithSession("network.set_name_description", net, "db replication");
        assertTrue(((String) admin.callWithSession("Xenophilia.network.get_xml", net))
                .contains("<description>db replication</description>"));
        List<Object> pifs = WireValues.asList(admin.callWithSession("PIF.get_all"));
        assertEquals(1, pifs.size(), "the simulated host's eth0");
        assertEquals("eth0", record("PIF", pifs.get(0)).get("device"));
        assertEquals(true, record("PIF", pifs.get(0)).get("management"));

        XenApiClient viewer = login(WireEncoding.XML_RPC, "viewer");
        XenApiException denied = assertThrows(XenApiException.class,
                () -> viewer.callWithSession("network.destroy", net));
        assertEquals("PERMISSION_DENIED", denied.code());
        assertTrue(Files.exists(dir.resolve("state/networks/backend.xml")));
        assertEquals("backend", WireValues.asMap(viewer.callWithSession("network.get_record", net))
                .get("name_label"));
    }

    @Test
    void aClientFollowingEventsSeesLeasesComeAndGoWithoutAskingAndExactCounts() throws Exception {
        start(WireEncoding.JSON_RPC);
        String lab = (String) admin.callWithSession("Xenophilia.network.create_from_xml", LAB);
        String web = vm("web", "<vif network=\"lab\" mac=\"00:16:3e:00:00:01\"/>");
        String db = vm("db", "<vif bridge=\"xenbr0\" mac=\"00:16:3e:00:00:02\"/>");
        List<String> classes = List.of("vm", "network", "pif");
        String token = admin.eventFrom(classes, "", Duration.ZERO).token();

        // the simulated host leases to web's vif as it starts: its network's assigned_ips is published
        admin.callWithSession("VM.start", web, false, false);
        String vif = (String) WireValues.asList(record("VM", web).get("VIFs")).get(0);
        EventBatch started = admin.eventFrom(classes, token, Duration.ofSeconds(5));
        assertEquals(Map.of(vif, "192.168.100.100"), assignedIps(started, lab), started.toString());
        // counted exactly: lab, and the view of xenbr0 (db's bridge); the simulated host's eth0
        assertEquals(2L, started.validRefCounts().get("network"), started.validRefCounts().toString());
        assertEquals(1L, started.validRefCounts().get("pif"));

        // db starts on xenbr0: no lease of lab changes, lab is not published
        admin.callWithSession("VM.start", db, false, false);
        EventBatch other = admin.eventFrom(classes, started.token(), Duration.ofSeconds(5));
        assertEquals(null, assignedIps(other, lab), other.toString());

        // web halts: its lease is no longer assigned
        admin.callWithSession("VM.hard_shutdown", web);
        EventBatch halted = admin.eventFrom(classes, other.token(), Duration.ofSeconds(5));
        assertEquals(Map.of(), assignedIps(halted, lab), halted.toString());
        admin.callWithSession("network.destroy", lab);
        EventBatch gone = admin.eventFrom(classes, halted.token(), Duration.ofSeconds(5));
        assertEquals(1L, gone.validRefCounts().get("network"), "the view of xenbr0 alone");
    }

    /** @return the assigned_ips of the network's mod event in a batch; {@code null} if it has none */
    private static Map<String, Object> assignedIps(EventBatch batch, String network) {
        return batch.events().stream().filter(e -> e.ref().value().equals(network) && e.operation().equals("mod"))
                .map(e -> WireValues.asMap(e.snapshot().orElseThrow().get("assigned_ips"))).findFirst()
                .orElse(null);
    }
}
