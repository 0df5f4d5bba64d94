package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Workbench's {@link NodeConnection} loads a node of {@value #DOMAINS} domains served by an Agent process started
 * as the .deb's launcher starts it (its 64 MB heap, {@code -XX:+ExitOnOutOfMemoryError}), follows a change made by
 * another client, and leaves the Agent alive. Before the Agent streamed its answers and kept its definitions on disk,
 * it could not even start with this many (it ran out of memory reading them; with 3,000 it started, and died on the
 * first {@code event.from ""} of every class). The Agent's own suite drives the same calls against 10,000 domains
 * ({@code ScaleTest}); the figures are in {@code docs/benchmarks.md}.
 */
class LargeNodeTest {

    static final int DOMAINS = 4_000;
    private static final String DOMAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <domain xmlns="http://xenophilia.org/schema/domain/1.0">
              <name>node-%05d</name>
              <uuid>%s</uuid>
              <type>pv</type>
              <memory>128</memory>
              <kernel>/boot/vmlinuz-6.1</kernel>
              <disk vdev="xvda" target="/srv/xen/node-%05d.img" format="raw"/>
              <vif bridge="xenbr0"/>
            </domain>
            """;

    @TempDir
    Path dir;

    @Test
    void theWorkbenchLoadsAndFollowsANodeOfThousandsOfDomainsServedByA64MbAgent() throws Exception {
        Path domains = Files.createDirectories(dir.resolve("state/domains"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        for (int i = 0; i < DOMAINS; i++) {
            String uuid = UUID.nameUUIDFromBytes(("node/" + i).getBytes(StandardCharsets.UTF_8)).toString();
            Files.writeString(domains.resolve(uuid + ".xml"), DOMAIN.formatted(i, uuid, i));
        }
        Path repo = Path.of(System.getProperty("xenophilia.repo", "../.."));
        try (AgentNode agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).asDeployed(repo).withAdmin()
                .start(0)) {
            try (NodeConnection c = NodeFixture.registered(dir.resolve("workbench"), "large", "127.0.0.1",
                    agent.port(), agent, NodeConnection.Options.DEFAULTS)) {
                c.connect();
                Await.until("every domain in the model", Duration.ofMinutes(5),
                        () -> c.state() == ConnectionState.CONNECTED && c.model().vms().size() >= DOMAINS,
                        () -> c.state() + " (" + c.stateMessage() + "), " + c.model().vms().size() + " VMs; agent "
                                + (agent.isAlive() ? "alive" : "gone: " + agent.output()));
                assertEquals(1, c.model().vmsNamed("node-03999").size());
                try (XenApiClient other = XenApiClient.builder(agent.uri()).pinnedFingerprint(agent.fingerprint())
                        .build()) {
                    other.login(AgentNode.ADMIN, AgentNode.PASSWORD);
                    String vm = WireValues.asList(other.callWithSession("VM.get_by_name_label", "node-01234")).get(0)
                            .toString();
                    other.callWithSession("VM.start", vm, false, false);
                }
                Await.until("the start in the model", () -> {
                    VmInfo v = c.model().vmsNamed("node-01234").get(0);
                    return v.powerState() == VmPowerState.RUNNING;
                }, () -> c.model().vmsNamed("node-01234").toString());
                assertEquals(ConnectionState.CONNECTED, c.state());
            }
            assertTrue(agent.isAlive(), agent::output);
        }
    }
}
