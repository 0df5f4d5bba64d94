package org.xenophilia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.UiConditions;

/**
 * The local demo node's certificate: trusted without asking only when it has the fingerprint the launcher passed;
 * any other certificate is put to the user with its SHA-256 fingerprint, from the connection's thread, while the
 * UI thread keeps running. Against a real Agent process on loopback.
 */
public class LocalDemoTrustTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String QUESTION_TITLE = "Trust local demo?";

    private static AgentNode agent;

    @BeforeAll
    static void startAgent() throws Exception {
        Path dir = Files.createTempDirectory("xenophilia-ui-demo-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
    }

    @AfterEach
    void removeDemoNode() throws Exception {
        NodeService.get().removeNode(NodeService.DEMO_NODE_ID);
    }

    @AfterAll
    static void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    public void theLaunchersFingerprintIsTrustedWithoutAsking() throws Exception {
        AtomicBoolean asked = new AtomicBoolean();
        NodeConnection demo;
        try (ModalShellInspector<Void> unexpected = new ModalShellInspector<>(QUESTION_TITLE, TIMEOUT, shell -> {
            asked.set(true);
            return null;
        })) {
            unexpected.arm();
            NodeService.get().putLocalDemoNode("127.0.0.1", agent.port(), AgentNode.ADMIN, AgentNode.PASSWORD,
                    agent.fingerprint());
            demo = NodeService.get().connection(NodeService.DEMO_NODE_ID).orElseThrow();
            UiConditions.waitFor("the demo node connected", TIMEOUT,
                    () -> demo.state() == ConnectionState.CONNECTED || asked.get());
        }
        assertFalse(asked.get(), "no question for the fingerprint the launcher passed");
        assertEquals(ConnectionState.CONNECTED, demo.state(), demo.stateMessage());
        assertEquals(agent.fingerprint(), demo.node().fingerprint(), "the fingerprint is pinned once trusted");
    }

    @Test
    public void anotherFingerprintIsPutToTheUserAndCanBeRefused() throws Exception {
        String wrong = agent.fingerprint().replaceAll("[0-9A-F]", "0");
        ModalShellInspector<String> question = new ModalShellInspector<>(QUESTION_TITLE, TIMEOUT,
                LocalDemoTrustTest::text);
        question.arm();
        NodeService.get().putLocalDemoNode("127.0.0.1", agent.port(), AgentNode.ADMIN, AgentNode.PASSWORD, wrong);
        NodeConnection demo = NodeService.get().connection(NodeService.DEMO_NODE_ID).orElseThrow();
        // The inspector closes the question, which answers No: the certificate is rejected.
        UiConditions.waitFor("the demo node's certificate rejected", TIMEOUT,
                () -> demo.state() == ConnectionState.CERTIFICATE_REJECTED);
        String shown = question.result();
        assertTrue(shown.contains(agent.fingerprint()), "the question shows the presented fingerprint: " + shown);
        assertEquals(null, demo.node().fingerprint(), "nothing pinned");
    }

    private static String text(Shell shell) {
        List<String> texts = new ArrayList<>();
        collect(shell, texts);
        return String.join("\n", texts);
    }

    private static void collect(Control c, List<String> texts) {
        if (c instanceof Label l) {
            texts.add(l.getText());
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
