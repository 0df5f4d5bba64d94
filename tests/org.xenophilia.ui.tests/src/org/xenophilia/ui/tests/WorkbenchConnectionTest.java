package org.xenophilia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
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
import org.xenophilia.ui.internal.handlers.NodeHandler;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.internal.views.DomainsView;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.ui.internal.wizards.NewConnectionWizard;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * A user's first session against one real Agent process (simulated backend, demo domains) on loopback over TLS,
 * driving real widgets, one behaviour per test: New Connection with the fingerprint step; the node's domains in the
 * Nodes and the Domains view; Start from the Domains view's context menu; Pause on three domains at once (with its
 * key binding); sorting and filtering; the Properties of a domain; Disconnect (rows greyed, their tooltip saying
 * why) and Connect; Remove. Besides the wizard's and Remove's own nodes, the tests share one node whose domains are
 * halted before each test. No XenAPI call may happen on the UI thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class WorkbenchConnectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "connection-test-alpha";
    private static final String NODE_NAME = "alpha";
    private static final List<String> DEMO = List.of("demo-build", "demo-db", "demo-web");

    private AgentNode agent;
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private NodesView nodesView;
    private DomainsView domainsView;
    private Table table;
    private NodeConnection node;

    @BeforeAll
    void startAgent() throws Exception {
        Path dir = Files.createTempDirectory("xenophilia-ui-wizard");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        nodesView = (NodesView) page.showView(NodesView.ID);
        domainsView = (DomainsView) page.showView(DomainsView.ID);
        table = domainsView.getViewer().getTable();
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, NODE_NAME, "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(NODE_ID).orElseThrow();
    }

    /** Every test starts from the node connected and its demo domains halted, as the views show them. */
    @BeforeEach
    void haltTheDomains() {
        if (node.state() == ConnectionState.OFFLINE) {
            node.connect();
        }
        UiConditions.waitFor("alpha connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED);
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
        domainsView.getFilter().setText("");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Halted in the Domains view", TIMEOUT,
                    () -> "Halted".equals(cells(row(NODE_NAME, name)).get(2)));
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
    public void newConnectionPinsTheFingerprintTheUserAcceptedAndConnects() throws Exception {
        String name = "wizard-alpha";
        Command newConnection = window.getService(ICommandService.class)
                .getCommand("org.xenophilia.ui.commands.newConnection");
        assertTrue(newConnection.isDefined() && newConnection.isHandled());
        // New Connection: details, Next, the fingerprint the Agent really has, accept, Finish
        WizardDialog dialog = new WizardDialog(window.getShell(), new NewConnectionWizard());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell wizard = dialog.getShell();
        try {
            assertEquals(NewConnectionWizard.TITLE, wizard.getText());
            Button next = Widgets.button(wizard, "Next >");
            Button finish = Widgets.button(wizard, "Finish");
            assertFalse(next.isEnabled(), "nothing typed yet");
            Widgets.type(field(wizard, "host", Text.class), "127.0.0.1");
            Widgets.type(field(wizard, "port", Text.class), "not-a-port");
            assertFalse(next.isEnabled());
            assertTrue(dialog.getCurrentPage().getErrorMessage().contains("port"), dialog.getCurrentPage()
                    .getErrorMessage());
            Widgets.type(field(wizard, "port", Text.class), Integer.toString(agent.port()));
            Widgets.type(field(wizard, "name", Text.class), name);
            Widgets.type(field(wizard, "user", Text.class), AgentNode.ADMIN);
            Widgets.type(field(wizard, "password", Text.class), AgentNode.PASSWORD);
            Widgets.press(Widgets.button(wizard, "Save the password in secure storage")); // session only: no keyring
            Widgets.press(next);

            Text fingerprint = field(wizard, "fingerprint", Text.class);
            UiConditions.waitFor("the node's fingerprint on the certificate page", TIMEOUT,
                    () -> !fingerprint.getText().isEmpty());
            assertEquals(agent.fingerprint(), fingerprint.getText(), "the certificate the Agent really presents");
            assertFalse(finish.isEnabled(), "not before the user confirmed the fingerprint");
            Widgets.press(field(wizard, "accept", Button.class));
            assertTrue(finish.isEnabled());
            Widgets.press(finish);
            assertTrue(wizard.isDisposed(), "the wizard closed");

            NodeDescriptor added = node(name).orElseThrow();
            assertEquals(agent.fingerprint(), added.fingerprint(), "the accepted fingerprint is pinned");
            NodeConnection c = NodeService.get().connection(added.id()).orElseThrow();
            UiConditions.waitFor("connected", TIMEOUT, () -> c.state() == ConnectionState.CONNECTED);

            // both views list the node's domains, live
            TreeItem nodeItem = nodeItem(name);
            UiConditions.waitFor("its domains under it", TIMEOUT, () -> nodeItem.getItemCount() == DEMO.size());
            for (String domain : DEMO) {
                UiConditions.waitFor(domain + " of " + name + " in the Domains view", TIMEOUT,
                        () -> row(name, domain) != null);
            }
        } finally {
            if (!wizard.isDisposed()) {
                wizard.close();
            }
            Optional<NodeDescriptor> added = node(name);
            if (added.isPresent()) {
                NodeService.get().removeNode(added.get().id());
            }
        }
    }

    @Test
    public void bothViewsListTheNodesDomainsWithTheirColumns() {
        TreeItem nodeItem = nodeItem(NODE_NAME);
        UiConditions.waitFor("its domains under it", TIMEOUT, () -> nodeItem.getItemCount() == DEMO.size());
        assertEquals(List.of("Name", "Node", "State", "Memory", "vCPUs", "Uptime", "Tags"),
                Arrays.stream(table.getColumns()).map(col -> col.getText()).toList());
        assertEquals(List.of("demo-web", NODE_NAME, "Halted", "512 MiB", "1", ""), cells(row(NODE_NAME, "demo-web"))
                .subList(0, 6), "a halted domain has no uptime");
    }

    @Test
    public void startFromTheContextMenuFollowsTheNodesEvents() {
        page.activate(domainsView);
        select("demo-web");
        assertFalse(Widgets.menuItemEnabled(table, "Resume"), "Resume needs a paused domain");
        Widgets.chooseMenuItem(table, "Start");
        UiConditions.waitFor("demo-web Running, no refresh", TIMEOUT,
                () -> "Running".equals(cells(row(NODE_NAME, "demo-web")).get(2)));
        UiConditions.waitFor("Start greyed for the running domain", TIMEOUT,
                () -> !Widgets.menuItemEnabled(table, "Start"));
        String uptime = cells(row(NODE_NAME, "demo-web")).get(5);
        assertTrue(uptime.matches("0:0[0-9]:[0-5][0-9]"), "a just-started domain's uptime: " + uptime);
    }

    @Test
    public void pauseActsOnThreeDomainsAtOnceWithItsKeyBinding() throws Exception {
        page.activate(domainsView);
        select(DEMO.toArray(String[]::new));
        execute("org.xenophilia.ui.commands.start");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Running", TIMEOUT, () -> "Running".equals(cells(row(NODE_NAME, name))
                    .get(2)));
        }
        TriggerSequence[] keys = window.getService(IBindingService.class)
                .getActiveBindingsFor("org.xenophilia.ui.commands.pause");
        assertTrue(Arrays.stream(keys).anyMatch(k -> k.format().equals("Ctrl+Alt+P")), Arrays.toString(keys));
        select(DEMO.toArray(String[]::new));
        execute("org.xenophilia.ui.commands.pause");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Paused", TIMEOUT, () -> "Paused".equals(cells(row(NODE_NAME, name))
                    .get(2)));
        }
        TreeItem nodeItem = nodeItem(NODE_NAME);
        UiConditions.waitFor("the node's tree shows them paused too", TIMEOUT, () -> Arrays
                .stream(nodeItem.getItems()).allMatch(i -> i.getText().contains("Paused")));

        UiConditions.flush();
        Path png = Screenshots.save(window.getShell(), "workbench-connected");
        assertTrue(Files.size(png) > 1000, "screenshot written to " + png);
    }

    @Test
    public void columnsSortAndTheBoxFilters() {
        try {
            domainsView.sortBy(DomainsView.Column.NAME);
            assertEquals("demo-web", table.getItem(0).getText(0), "a second click on Name sorts descending");
            domainsView.getFilter().setText("db");
            UiConditions.flush();
            assertEquals(1, table.getItemCount());
            assertEquals("demo-db", table.getItem(0).getText(0));
            domainsView.getFilter().setText("tag:production");
            UiConditions.flush();
            assertEquals(2, table.getItemCount(), "demo-web and demo-db are tagged production");
            assertEquals("web, production", cells(row(NODE_NAME, "demo-web")).get(6));
        } finally {
            domainsView.getFilter().setText("");
            domainsView.sortBy(DomainsView.Column.NAME); // ascending again
            UiConditions.flush();
        }
    }

    @Test
    public void aDomainsPropertiesAreItsCurrentRecord() {
        DomainItem web = domainsView.listedDomains().stream().filter(d -> d.node() == node)
                .filter(d -> d.vm().orElseThrow().name().equals("demo-web")).findFirst().orElseThrow();
        IPropertySource props = Platform.getAdapterManager().getAdapter(web, IPropertySource.class);
        assertNotNull(props, "domains have properties");
        assertEquals("Halted", value(props, "Power state"));
        assertEquals("512 MiB", value(props, "Memory"));
        assertEquals(NODE_NAME, value(props, "Node"));
    }

    @Test
    public void disconnectGreysTheRowsSaysWhyInTheirTooltipAndConnectBringsThemBack() throws Exception {
        TreeItem nodeItem = nodeItem(NODE_NAME);
        page.activate(nodesView);
        nodesView.getViewer().setSelection(new StructuredSelection(node), true);
        UiConditions.flush();
        execute("org.xenophilia.ui.commands.disconnect");
        UiConditions.waitFor("Disconnected", TIMEOUT, () -> nodeItem.getText().endsWith("[Disconnected]"));
        UiConditions.waitFor("greyed rows", TIMEOUT, () -> row(NODE_NAME, "demo-web").getForeground(0)
                .equals(table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)));

        // the pointer resting on a greyed row: its tooltip says why
        page.activate(domainsView);
        String tip = hoverTooltip(row(NODE_NAME, "demo-web"));
        assertTrue(tip.startsWith("Last known state: " + NODE_NAME + " is "), tip);

        page.activate(nodesView);
        nodesView.getViewer().setSelection(new StructuredSelection(node), true);
        UiConditions.flush();
        execute("org.xenophilia.ui.commands.connect");
        UiConditions.waitFor("Connected again", TIMEOUT, () -> nodeItem.getText().endsWith("[Connected]"));
    }

    @Test
    public void removeAsksFirstThenForgetsTheNode() throws Exception {
        String name = "doomed-alpha";
        NodeService.get().putSessionNode(new NodeDescriptor("connection-test-doomed", name, "127.0.0.1",
                agent.port(), AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        NodeConnection doomed = NodeService.get().connection("connection-test-doomed").orElseThrow();
        UiConditions.waitFor("doomed-alpha's domains listed", TIMEOUT, () -> row(name, "demo-web") != null);
        page.activate(nodesView);
        nodesView.getViewer().setSelection(new StructuredSelection(doomed), true);
        UiConditions.flush();

        ModalShellInspector<String> confirm = new ModalShellInspector<>(NodeHandler.REMOVE_TITLE, TIMEOUT, shell -> {
            String text = Widgets.all(shell).stream().filter(Label.class::isInstance)
                    .map(l -> ((Label) l).getText()).reduce("", String::concat);
            Widgets.press(Widgets.button(shell, "OK"));
            return text;
        });
        confirm.arm();
        execute("org.xenophilia.ui.commands.removeNode");
        assertTrue(confirm.result().contains(name), confirm.result());
        UiConditions.waitFor("the node gone from both views", TIMEOUT, () -> node(name).isEmpty()
                && Arrays.stream(nodesView.getViewer().getTree().getItems())
                        .noneMatch(i -> i.getText().startsWith(name))
                && row(name, "demo-web") == null);
        assertTrue(row(NODE_NAME, "demo-web") != null, "the other node's domains stay");
    }

    /**
     * Rests the pointer on a row as a user does (SWT's MouseHover) and returns the text of the tooltip that shows,
     * then moves the pointer away so it hides.
     */
    private String hoverTooltip(TableItem item) {
        Rectangle cell = item.getBounds(0);
        Event hover = new Event();
        hover.x = cell.x + 5;
        hover.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseHover, hover);
        Shell tip = UiConditions.waitFor("a tooltip over the row", TIMEOUT, () -> Arrays.stream(
                window.getShell().getShells()).filter(s -> s.isVisible() && (s.getStyle() & SWT.TOOL) != 0)
                .findFirst().orElse(null));
        String text = Widgets.all(tip).stream().filter(CLabel.class::isInstance).map(l -> ((CLabel) l).getText())
                .reduce("", String::concat);
        Event away = new Event();
        away.x = hover.x;
        away.y = hover.y;
        table.notifyListeners(SWT.MouseExit, away);
        return text;
    }

    private static Optional<NodeDescriptor> node(String name) {
        return NodeService.get().registry().nodes().stream().filter(n -> n.name().equals(name)).findFirst();
    }

    private TreeItem nodeItem(String name) {
        Tree tree = nodesView.getViewer().getTree();
        return UiConditions.waitFor("the node " + name + " in the Nodes view", TIMEOUT, () -> Arrays
                .stream(tree.getItems()).filter(i -> i.getText().startsWith(name + " (127.0.0.1:")).findFirst()
                .orElse(null));
    }

    private static <T extends org.eclipse.swt.widgets.Control> T field(Shell shell, String key, Class<T> type) {
        T control = Widgets.byData(shell, NewConnectionWizard.FIELD_KEY, key, type);
        assertNotNull(control, "wizard field " + key);
        return control;
    }

    /** The row of a node's domain, or null. */
    private TableItem row(String nodeName, String name) {
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            if (item.getText(0).equals(name) && item.getText(1).equals(nodeName)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> cells(TableItem item) {
        if (item == null) {
            return List.of("", "", "", "", "", "", "");
        }
        return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText)
                .toList();
    }

    /** Selects the shared node's domains of these names in the Domains view, as a user's clicks do. */
    private void select(String... names) {
        List<DomainItem> items = domainsView.listedDomains().stream().filter(d -> d.node() == node)
                .filter(d -> List.of(names).contains(d.vm().orElseThrow().name())).toList();
        assertEquals(names.length, items.size(), List.of(names).toString());
        domainsView.getViewer().getControl().setFocus();
        domainsView.select(items);
        assertEquals(names.length, table.getSelectionCount());
        UiConditions.flush();
    }

    private static String value(IPropertySource props, String name) {
        for (IPropertyDescriptor d : props.getPropertyDescriptors()) {
            if (d.getDisplayName().equals(name)) {
                return String.valueOf(props.getPropertyValue(d.getId()));
            }
        }
        return null;
    }

    private void execute(String commandId) throws Exception {
        Command command = window.getService(ICommandService.class).getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, null),
                null);
        Display.getCurrent().readAndDispatch();
    }
}
