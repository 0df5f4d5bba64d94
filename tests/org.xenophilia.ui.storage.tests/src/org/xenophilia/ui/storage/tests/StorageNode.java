package org.xenophilia.ui.storage.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.xenapi.WireValues;

/**
 * A real Agent with the {@code file} storage backend and a third party's types ({@link ThirdPartyTypes}) on its class
 * path, registered in the Workbench's node service and connected; and another administrator's calls to it, made off
 * the display thread ({@link AgentCalls}), as the tests' way to change the node behind the Workbench's back.
 */
final class StorageNode implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    final Path dir;
    final AgentNode agent;
    final String nodeId;
    final String name;
    final NodeConnection node;

    StorageNode(String nodeId, String name) throws Exception {
        this.nodeId = nodeId;
        this.name = name;
        dir = Files.createTempDirectory("xenophilia-storage-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withStoragePlugins(List.of(
                AgentNode.fileBackendJar(), ThirdPartyTypes.jar(dir.resolve("third-party")))).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(nodeId, name, "127.0.0.1", agent.port(), AgentNode.ADMIN,
                agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(nodeId).orElseThrow();
        UiConditions.waitFor("node " + name + " connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED);
    }

    <T> T call(AgentCalls.Call<T> call) {
        return AgentCalls.call(agent, call);
    }

    /** @return a new file repository's reference, made by another administrator in a directory of its own */
    String createSr(String srName) {
        Path location = dir.resolve(srName);
        return call(c -> {
            String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);
            return (String) c.callWithSession("SR.create", host, Map.of("location", location.toString()), 0L,
                    srName, "", "file", "user", false, Map.of());
        });
    }

    /** @return a new volume's reference, made by another administrator */
    String createVdi(String sr, String volume, long size) {
        return call(c -> (String) c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", volume,
                "virtual_size", Long.toString(size), "type", "user", "sharable", false, "read_only", false,
                "other_config", Map.of())));
    }

    Map<String, Object> record(String cls, String ref) {
        return call(c -> WireValues.asMap(c.callWithSession(cls + ".get_record", ref)));
    }

    String uuid(String cls, String ref) {
        return (String) record(cls, ref).get("uuid");
    }

    /** Makes a halted domain whose one disk is a path (a volume's file, for a domain that uses a volume). */
    String createDomain(String domain, String vdev, Path target) {
        return call(c -> (String) c.callWithSession("Xenophilia.VM.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                  <name>%s</name>
                  <type>pv</type>
                  <memory>256</memory>
                  <vcpus>1</vcpus>
                  <kernel>/boot/vmlinuz</kernel>
                  <disk vdev="%s" target="%s" format="raw"/>
                </domain>
                """.formatted(domain, vdev, target)));
    }

    @Override
    public void close() throws Exception {
        NodeService.get().removeNode(nodeId);
        agent.close();
    }
}
