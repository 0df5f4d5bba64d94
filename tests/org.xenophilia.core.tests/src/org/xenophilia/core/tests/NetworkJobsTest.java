package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.xenophilia.core.network.Lease;
import org.xenophilia.core.network.NetworkImpact;
import org.xenophilia.core.network.NetworkJobs;
import org.xenophilia.core.network.NetworkKind;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.network.NetworkContext;

/**
 * The network jobs and the node's networks in the model, against a real Agent with the simulated backend and its
 * simulated networking: a NAT network made from a definition shows in the model with its kind, subnet, range and
 * forwards; its definition is read back and changed; the context the wizard checks against names it and the host's
 * interfaces; a definition that overlaps it is refused with the rule's words; a running domain on it gets a lease, is
 * the impact of a delete, and makes the node refuse the delete naming it; once halted, the network goes.
 */
class NetworkJobsTest extends ConnectedNodeFixture {

    private static final String LAB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>lab</name>
              <kind>nat</kind>
              <ipv4 gateway="192.168.100.1" subnet="192.168.100.0/24">
                <dhcp end="192.168.100.199" start="192.168.100.100"/>
              </ipv4>
              <forward guestAddress="192.168.100.10" guestPort="80" hostPort="8080" protocol="tcp"/>
            </network>
            """;

    private Optional<NodeNetworks.Network> current(String uuid) {
        return NodeNetworks.of(c.model()).network(uuid);
    }

    private NodeNetworks.Network network(String uuid) throws InterruptedException {
        Await.until("network " + uuid + " in the model", () -> NodeNetworks.of(c.model()).network(uuid).isPresent(),
                () -> NodeNetworks.of(c.model()).networks().toString());
        return NodeNetworks.of(c.model()).network(uuid).orElseThrow();
    }

    private void domainOn(String network) throws Exception {
        other.callWithSession("Xenophilia.VM.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                  <name>web01</name>
                  <type>pv</type>
                  <memory>256</memory>
                  <vcpus>1</vcpus>
                  <kernel>/boot/vmlinuz</kernel>
                  <vif mac="00:16:3e:4a:10:01" network="%s"/>
                </domain>
                """.formatted(network));
    }

    @Test
    void aNatNetworkIsMadeReadChangedAndDeleted() throws Exception {
        String uuid = done(NetworkJobs.create(c, "lab", LAB));
        NodeNetworks.Network lab = network(uuid);
        assertEquals("lab", lab.name());
        assertEquals(Optional.of(NetworkKind.NAT), lab.kind());
        assertEquals("xnlab", lab.info().bridge());
        assertEquals("192.168.100.0/24", lab.subnet());
        assertEquals("192.168.100.1", lab.gateway());
        assertEquals("192.168.100.100-192.168.100.199", lab.dhcpRange());
        assertEquals(List.of("tcp/8080->192.168.100.10:80"), lab.forwards());
        assertTrue(lab.defined() && lab.hasDhcp() && lab.info().managed());

        String xml = done(NetworkJobs.readDefinition(c, uuid, "lab"));
        assertTrue(xml.contains("<name>lab</name>") && xml.contains("hostPort=\"8080\""), xml);

        NetworkContext context = done(NetworkJobs.readContext(c, ""));
        assertEquals(List.of("lab"), context.networks().stream().map(n -> n.getName()).toList());
        assertTrue(context.findInterface("eth0") != null, "the simulated host's eth0: " + context.interfaces());
        assertEquals(List.of(), done(NetworkJobs.readContext(c, "lab")).networks(), "the edited one left out");

        done(NetworkJobs.edit(c, uuid, "lab", LAB.replace("192.168.100.199", "192.168.100.150")));
        Await.until("the new range in the model", () -> current(uuid).map(n -> n.dhcpRange().endsWith(
                "-192.168.100.150")).orElse(false),
                () -> NodeNetworks.of(c.model()).networks().toString());
        assertEquals(List.of(), done(NetworkJobs.check(c, uuid, "lab")), "the host is as defined");

        done(NetworkJobs.delete(c, uuid, "lab"));
        Await.until("lab gone from the model", () -> NodeNetworks.of(c.model()).network(uuid).isEmpty(),
                () -> NodeNetworks.of(c.model()).networks().toString());
    }

    @Test
    void anOverlappingSubnetIsRefusedInTheRulesWords() throws Exception {
        done(NetworkJobs.create(c, "lab", LAB));
        IStatus refused = failed(NetworkJobs.create(c, "lab2", LAB.replace("<name>lab</name>", "<name>lab2</name>")
                .replace("192.168.100.0/24", "192.168.0.0/16")));
        assertTrue(refused.getMessage().startsWith("Cannot create network lab2: ipv4.subnet 192.168.0.0/16 overlaps"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("(rule subnet-overlap"), refused.getMessage());
        assertFalse(NodeNetworks.of(c.model()).named("lab2").isPresent());
    }

    @Test
    void aRunningDomainOnANetworkHasALeaseIsItsImpactAndStopsItsDelete() throws Exception {
        String uuid = done(NetworkJobs.create(c, "lab", LAB));
        domainOn("lab");
        String vm = NodeFixture.vmRef(other, "web01");
        other.callWithSession("VM.start", vm, false, false);
        Await.until("web01 running on lab", () -> current(uuid).map(n -> n.running().size() == 1).orElse(false),
                () -> current(uuid).toString());
        NodeNetworks.Attachment web01 = network(uuid).attachments().get(0);
        assertEquals("web01", web01.vmName());
        assertEquals("0", web01.device());
        assertEquals(List.of("web01"), NetworkImpact.of(network(uuid)).names());

        List<Lease> leases = done(NetworkJobs.readLeases(c, uuid, "lab"));
        assertEquals(1, leases.size(), leases.toString());
        assertEquals("00:16:3e:4a:10:01", leases.get(0).mac());
        assertTrue(leases.get(0).address().startsWith("192.168.100."), leases.toString());
        assertEquals(vm, leases.get(0).vm().value());

        IStatus refused = failed(NetworkJobs.delete(c, uuid, "lab"));
        assertTrue(refused.getMessage().startsWith("Cannot delete network lab: running domain web01"),
                refused.getMessage());
        assertTrue(NodeNetworks.of(c.model()).network(uuid).isPresent());

        other.callWithSession("VM.hard_shutdown", vm);
        Await.until("web01 halted", () -> current(uuid).map(n -> n.running().isEmpty()).orElse(false),
                () -> current(uuid).toString());
        assertTrue(NetworkImpact.of(network(uuid)).none());
        done(NetworkJobs.delete(c, uuid, "lab"));
        Await.until("lab gone", () -> NodeNetworks.of(c.model()).network(uuid).isEmpty(),
                () -> NodeNetworks.of(c.model()).networks().toString());
    }
}
