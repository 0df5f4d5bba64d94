package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.NodeProbe;
import org.xenophilia.core.NodeRegistry;

/** The New Connection wizard's look at a node: a real Agent on loopback over TLS. */
class NodeProbeTest {

    @TempDir
    Path dir;
    NodeFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new NodeFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void showsTheNodesFingerprintAndChecksTheLoginWithoutPinningAnything() throws Exception {
        NodeDescriptor node = NodeDescriptor.create("beta", "127.0.0.1", f.agent.port(), AgentNode.ADMIN);
        NodeProbe.Result r = NodeProbe.probe(node, AgentNode.PASSWORD, Duration.ofSeconds(10));
        assertTrue(r.ok(), r.toString());
        assertEquals(f.agent.fingerprint(), r.fingerprint().orElseThrow());
        assertTrue(r.certificate().isPresent());
        assertEquals(1, NodeRegistry.open(dir.resolve("workbench")).nodes().size(), "nothing registered");
    }

    @Test
    void aWrongPasswordStillShowsTheCertificateAndSaysWhatIsWrong() {
        NodeDescriptor node = NodeDescriptor.create("beta", "127.0.0.1", f.agent.port(), AgentNode.ADMIN);
        NodeProbe.Result r = NodeProbe.probe(node, "not-the-password", Duration.ofSeconds(10));
        assertFalse(r.ok());
        assertEquals(f.agent.fingerprint(), r.fingerprint().orElseThrow());
        assertTrue(r.problem().orElseThrow().contains("wrong user name or password"), r.toString());
        assertTrue(r.problem().orElseThrow().contains("'admin'"), r.toString());
    }

    @Test
    void aNodeThatDoesNotAnswerIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        NodeDescriptor node = NodeDescriptor.create("gamma", "127.0.0.1", closedPort, AgentNode.ADMIN);
        NodeProbe.Result r = NodeProbe.probe(node, AgentNode.PASSWORD, Duration.ofSeconds(5));
        assertFalse(r.ok());
        assertTrue(r.fingerprint().isEmpty());
        assertTrue(r.problem().orElseThrow().startsWith("Cannot reach gamma (127.0.0.1:" + closedPort + ")"),
                r.toString());
    }
}
