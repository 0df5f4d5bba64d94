package org.xenophilia.ui.network.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.xenapi.WireValues;

/**
 * A real Agent with the simulated backend and its simulated networking (a host with {@code eth0}, DHCP leases handed
 * to running domains), registered in the Workbench's node service and connected; and another administrator's calls
 * to it, made off the display thread ({@link AgentCalls}), as the tests' way to change the node behind the
 * Workbench's back.
 */
final class NetworkNode implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    final Path dir;
    final AgentNode agent;
    final String nodeId;
    final String name;
    final NodeConnection node;

    NetworkNode(String nodeId, String name) throws Exception {
        this.nodeId = nodeId;
        this.name = name;
        dir = Files.createTempDirectory("xenophilia-network-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(nodeId, name, "127.0.0.1", agent.port(), AgentNode.ADMIN,
                agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(nodeId).orElseThrow();
        UiConditions.waitFor("node " + name + " connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED);
    }

    <T> T call(AgentCalls.Call<T> call) {
        return AgentCalls.call(agent, call);
    }

    /**
     * @param network its name
     * @param prefix the first three bytes of its /24 ({@code 10.20.30})
     * @param hostPort the host's port forwarded to the guest .10's port 80 (each network its own)
     * @return a NAT network's reference, made by another administrator
     */
    String createNat(String network, String prefix, int hostPort) {
        return create("""
                <?xml version="1.0" encoding="UTF-8"?>
                <network xmlns="http://xenophilia.org/schema/network/1.0">
                  <name>%s</name>
                  <kind>nat</kind>
                  <ipv4 gateway="%s.1" subnet="%s.0/24">
                    <dhcp end="%s.199" start="%s.100"/>
                  </ipv4>
                  <forward guestAddress="%s.10" guestPort="80" hostPort="%d" protocol="tcp"/>
                </network>
                """.formatted(network, prefix, prefix, prefix, prefix, prefix, hostPort));
    }

    /** @return the reference of a network made from its definition by another administrator */
    String create(String xml) {
        return call(c -> WireValues.asString(c.callWithSession("Xenophilia.network.create_from_xml", xml)));
    }

    /** @return a network's definition as the node has it */
    String definition(String network) {
        return call(c -> WireValues.asString(c.callWithSession("Xenophilia.network.get_xml", WireValues.asList(c
                .callWithSession("network.get_by_name_label", network)).get(0))));
    }

    /** @return a running domain's reference, its one vif on a network, made and started by another administrator */
    String runningDomainOn(String domain, String network, String mac) {
        return call(c -> {
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.create_from_xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                      <name>%s</name>
                      <type>pv</type>
                      <memory>256</memory>
                      <vcpus>1</vcpus>
                      <kernel>/boot/vmlinuz</kernel>
                      <vif mac="%s" network="%s"/>
                    </domain>
                    """.formatted(domain, mac, network)));
            c.callWithSession("VM.start", vm, false, false);
            return vm;
        });
    }

    /** @return the UUID of an object */
    String uuid(String cls, String ref) {
        return call(c -> WireValues.asString(c.callWithSession(cls + ".get_uuid", ref)));
    }

    @Override
    public void close() throws Exception {
        NodeService.get().removeNode(nodeId);
        agent.close();
    }
}
