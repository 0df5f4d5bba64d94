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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;

/**
 * The Nodes view against a real Agent process (simulated backend, demo domains) on loopback over TLS: the node's
 * domains appear, Start turns a halted domain Running and Pause pauses three at once, each seen in the tree's own
 * items as the node's events arrive (no refresh). Its certificate is trusted programmatically: the node is
 * registered with the fingerprint the Agent printed pinned.
 */
public class NodesViewLiveTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "ui-test-alpha";
    private static final List<String> DEMO = List.of("demo-build", "demo-db", "demo-web");

    private static Path dir;
    private static AgentNode agent;

    @BeforeAll
    static void startAgent() throws Exception {
        dir = Files.createTempDirectory("xenophilia-ui-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
    }

    @AfterAll
    static void stopAgent() throws Exception {
        NodeService.get().removeNode(NODE_ID);
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    public void domainsAreLiveAndActionsRunOnOneOrMany() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        NodesView view = (NodesView) page.showView(NodesView.ID);
        page.activate(view);
        Tree tree = view.getViewer().getTree();

        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, "alpha", "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);

        TreeItem nodeItem = UiConditions.waitFor("node alpha connected in the tree", TIMEOUT,
                () -> Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("alpha (127.0.0.1:"))
                        .filter(i -> i.getText().endsWith("[Connected]")).findFirst().orElse(null));
        for (String name : DEMO) {
            UiConditions.waitFor(name + " listed under alpha", TIMEOUT, () -> domainItem(tree, name));
        }
        assertEquals(null, view.getEmptyMessage(), "no empty-state hint once a node is listed");
        String web = domainItem(tree, "demo-web").getText();
        assertTrue(web.contains("Halted") && web.contains("MiB") && web.contains("vCPU"), web);
        assertNotNull(domainItem(tree, "demo-web").getImage(), "a state icon");

        // The context menu offers the operations on a selected domain.
        select(view, tree, "demo-web");
        List<String> menu = Widgets.menuLabels(tree);
        assertTrue(menu.containsAll(List.of("Start", "Shut Down", "Reboot", "Pause", "Resume", "Force Off...")),
                menu.toString());

        // Start one halted domain through its command; the tree follows the node's events.
        execute(window, "org.xenophilia.ui.commands.start");
        UiConditions.waitFor("demo-web Running", TIMEOUT, () -> domainText(tree, "demo-web").contains("Running"));

        // Start the other two together, then pause all three at once.
        select(view, tree, "demo-db", "demo-build");
        execute(window, "org.xenophilia.ui.commands.start");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Running", TIMEOUT, () -> domainText(tree, name).contains("Running"));
        }
        select(view, tree, DEMO.toArray(String[]::new));
        execute(window, "org.xenophilia.ui.commands.pause");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Paused", TIMEOUT, () -> domainText(tree, name).contains("Paused"));
        }
        assertTrue(nodeItem.getText().endsWith("[Connected]"), nodeItem.getText());

        UiConditions.flush();
        Path png = Screenshots.save(window.getShell(), "nodes-view-live");
        assertTrue(Files.size(png) > 1000, "screenshot written to " + png);

        // The node's connection is the service's, and it is current (not stale).
        NodeConnection c = NodeService.get().connection(NODE_ID).orElseThrow();
        assertEquals(ConnectionState.CONNECTED, c.state());
        assertFalse(domainItem(tree, "demo-web").getForeground(0).equals(
                tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)), "current domains are not greyed");

        // The Agent goes away: the node says so and its domains stay listed, greyed as last known.
        agent.kill();
        UiConditions.waitFor("alpha disconnected", TIMEOUT, () -> nodeItem.getText().contains("Disconnected"));
        TreeItem stale = UiConditions.waitFor("demo-web greyed", TIMEOUT, () -> {
            TreeItem i = domainItem(tree, "demo-web");
            return i != null && i.getForeground(0).equals(
                    tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)) ? i : null;
        });
        assertTrue(stale.getText().contains("Paused"), "the last known state: " + stale.getText());
    }

    private static TreeItem domainItem(Tree tree, String name) {
        for (TreeItem node : tree.getItems()) {
            for (TreeItem d : node.getItems()) {
                if (d.getText().startsWith(name + " \u2014 ")) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String domainText(Tree tree, String name) {
        TreeItem i = domainItem(tree, name);
        return i == null ? "" : i.getText();
    }

    /** Selects the named domains as a user would: the tree items, then the viewer tells the selection service. */
    private static void select(NodesView view, Tree tree, String... names) {
        List<Object> items = new ArrayList<>();
        List<TreeItem> treeItems = new ArrayList<>();
        for (String name : names) {
            TreeItem i = domainItem(tree, name);
            assertNotNull(i, name + " in the tree");
            assertTrue(i.getData() instanceof DomainItem, "the item is a domain");
            items.add(i.getData());
            treeItems.add(i);
        }
        tree.setFocus();
        view.getViewer().setSelection(new StructuredSelection(items), true);
        assertEquals(treeItems.size(), tree.getSelectionCount());
        UiConditions.flush();
    }

    private static void execute(IWorkbenchWindow window, String commandId) throws Exception {
        Command command = window.getService(ICommandService.class).getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, null),
                null);
    }
}
