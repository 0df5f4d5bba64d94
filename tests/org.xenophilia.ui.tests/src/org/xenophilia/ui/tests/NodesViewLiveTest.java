package org.xenophilia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * The Nodes view against one real Agent process (simulated backend, demo domains) on loopback over TLS, one
 * behaviour per test: the node's domains appear under it, Start turns a halted domain Running and then two more,
 * Pause pauses three at once, each seen in the tree's own items as the node's events arrive (no refresh), and a node
 * whose Agent is killed keeps its domains listed, greyed. Its certificate is trusted programmatically: the node is
 * registered with the fingerprint the Agent printed pinned. Each test starts with the node connected and its
 * domains halted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NodesViewLiveTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "ui-test-alpha";
    private static final List<String> DEMO = List.of("demo-build", "demo-db", "demo-web");

    private AgentNode agent;
    private IWorkbenchWindow window;
    private NodesView view;
    private Tree tree;

    @BeforeAll
    void startAgent() throws Exception {
        Path dir = Files.createTempDirectory("xenophilia-ui-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        view = (NodesView) page.showView(NodesView.ID);
        page.activate(view);
        tree = view.getViewer().getTree();
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, "alpha", "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
    }

    @BeforeEach
    void connectedWithTheDomainsHalted() {
        nodeItem();
        AgentCalls.call(agent, c -> {
            for (Map.Entry<String, Object> vm : WireValues.asMap(c.callWithSession("VM.get_all_records"))
                    .entrySet()) {
                Map<String, Object> r = WireValues.asMap(vm.getValue());
                if (!WireValues.asBoolean(r.get("is_control_domain"))
                        && !"halted".equalsIgnoreCase(String.valueOf(r.get("power_state")))) {
                    c.callWithSession("VM.hard_shutdown", vm.getKey());
                }
            }
            return null;
        });
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Halted under alpha", TIMEOUT, () -> domainText(name).contains("Halted"));
        }
    }

    @AfterEach
    void checkTheUiThread() {
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stopAgent() throws Exception {
        NodeService.get().removeNode(NODE_ID);
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    public void theNodesDomainsAreListedUnderItWithTheirOperations() {
        assertEquals(null, view.getEmptyMessage(), "no empty-state hint once a node is listed");
        String web = domainItem("demo-web").getText();
        assertTrue(web.contains("Halted") && web.contains("MiB") && web.contains("vCPU"), web);
        assertNotNull(domainItem("demo-web").getImage(), "a state icon");
        assertFalse(domainItem("demo-web").getForeground(0).equals(
                tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)), "current domains are not greyed");

        // The context menu offers the operations on a selected domain.
        select("demo-web");
        List<String> menu = Widgets.menuLabels(tree);
        assertTrue(menu.containsAll(List.of("Start", "Shut Down", "Reboot", "Pause", "Resume", "Force Off...")),
                menu.toString());
    }

    @Test
    public void startRunsOneThenTwoDomainsSeenByTheirEvents() throws Exception {
        // Start one halted domain through its command; the tree follows the node's events.
        select("demo-web");
        execute("org.xenophilia.ui.commands.start");
        UiConditions.waitFor("demo-web Running", TIMEOUT, () -> domainText("demo-web").contains("Running"));

        // Start the other two together.
        select("demo-db", "demo-build");
        execute("org.xenophilia.ui.commands.start");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Running", TIMEOUT, () -> domainText(name).contains("Running"));
        }
    }

    @Test
    public void pausePausesThreeDomainsAtOnce() throws Exception {
        select(DEMO.toArray(String[]::new));
        execute("org.xenophilia.ui.commands.start");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Running", TIMEOUT, () -> domainText(name).contains("Running"));
        }
        select(DEMO.toArray(String[]::new));
        execute("org.xenophilia.ui.commands.pause");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Paused", TIMEOUT, () -> domainText(name).contains("Paused"));
        }
        assertTrue(nodeItem().getText().endsWith("[Connected]"), nodeItem().getText());

        UiConditions.flush();
        Path png = Screenshots.save(window.getShell(), "nodes-view-live");
        assertTrue(Files.size(png) > 1000, "screenshot written to " + png);
    }

    @Test
    public void aNodeWhoseAgentIsKilledKeepsItsDomainsListedGreyed() throws Exception {
        select("demo-web");
        execute("org.xenophilia.ui.commands.start");
        UiConditions.waitFor("demo-web Running", TIMEOUT, () -> domainText("demo-web").contains("Running"));
        NodeConnection c = NodeService.get().connection(NODE_ID).orElseThrow();
        assertEquals(ConnectionState.CONNECTED, c.state(), "the service's connection is current");

        // The Agent goes away: the node says so and its domains stay listed, greyed as last known.
        agent.kill();
        try {
            TreeItem nodeItem = nodeItem();
            UiConditions.waitFor("alpha disconnected", TIMEOUT, () -> nodeItem.getText().contains("Disconnected"));
            TreeItem stale = UiConditions.waitFor("demo-web greyed", TIMEOUT, () -> {
                TreeItem i = domainItem("demo-web");
                return i != null && i.getForeground(0).equals(
                        tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)) ? i : null;
            });
            assertTrue(stale.getText().contains("Running"), "the last known state: " + stale.getText());
        } finally {
            // back for the other tests: the same node on the same port, reconnected by the connection's backoff
            agent.start(agent.port());
            c.reconnect();
        }
    }

    /** The node's item, once it reads Connected. */
    private TreeItem nodeItem() {
        return UiConditions.waitFor("node alpha connected in the tree", TIMEOUT,
                () -> Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("alpha (127.0.0.1:"))
                        .filter(i -> i.getText().endsWith("[Connected]")).findFirst().orElse(null));
    }

    private TreeItem domainItem(String name) {
        for (TreeItem node : tree.getItems()) {
            for (TreeItem d : node.getItems()) {
                if (d.getText().startsWith(name + " \u2014 ")) {
                    return d;
                }
            }
        }
        return null;
    }

    private String domainText(String name) {
        TreeItem i = domainItem(name);
        return i == null ? "" : i.getText();
    }

    /** Selects the named domains as a user would: the tree items, then the viewer tells the selection service. */
    private void select(String... names) {
        List<Object> items = new ArrayList<>();
        for (String name : names) {
            TreeItem i = domainItem(name);
            assertNotNull(i, name + " in the tree");
            assertTrue(i.getData() instanceof DomainItem, "the item is a domain");
            items.add(i.getData());
        }
        tree.setFocus();
        view.getViewer().setSelection(new StructuredSelection(items), true);
        assertEquals(items.size(), tree.getSelectionCount());
        UiConditions.flush();
    }

    private void execute(String commandId) throws Exception {
        Command command = window.getService(ICommandService.class).getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, null),
                null);
    }
}
