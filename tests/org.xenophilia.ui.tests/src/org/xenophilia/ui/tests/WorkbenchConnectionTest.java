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

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;

/**
 * A user's first session against a real Agent process (simulated backend, demo domains) on loopback over TLS,
 * driving real widgets: New Connection with the fingerprint step, the node's domains in the Nodes and the Domains
 * view, Start from the Domains view's context menu, Pause on three domains at once (with its key binding), the
 * Properties of a domain, Disconnect and Connect, Remove. No XenAPI call may happen on the UI thread meanwhile.
 */
public class WorkbenchConnectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_NAME = "wizard-alpha";
    private static final List<String> DEMO = List.of("demo-build", "demo-db", "demo-web");

    private static Path dir;
    private static AgentNode agent;

    @BeforeAll
    static void startAgent() throws Exception {
        dir = Files.createTempDirectory("xenophilia-ui-wizard");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
    }

    @AfterAll
    static void stopAgent() throws Exception {
        node().ifPresent(n -> {
            try {
                NodeService.get().removeNode(n.id());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (agent != null) {
            agent.close();
        }
    }

    private static java.util.Optional<NodeDescriptor> node() {
        return NodeService.get().registry().nodes().stream().filter(n -> n.name().equals(NODE_NAME)).findFirst();
    }

    @Test
    public void connectThroughTheWizardThenWatchAndActOnDomains() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        NodesView nodesView = (NodesView) page.showView(NodesView.ID);
        DomainsView domainsView = (DomainsView) page.showView(DomainsView.ID);

        // New Connection: details, Next, the fingerprint the Agent really has, accept, Finish
        Command newConnection = window.getService(ICommandService.class)
                .getCommand("org.xenophilia.ui.commands.newConnection");
        assertTrue(newConnection.isDefined() && newConnection.isHandled());
        WizardDialog dialog = new WizardDialog(window.getShell(), new NewConnectionWizard());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell wizard = dialog.getShell();
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
        Widgets.type(field(wizard, "name", Text.class), NODE_NAME);
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

        NodeDescriptor added = node().orElseThrow();
        assertEquals(agent.fingerprint(), added.fingerprint(), "the accepted fingerprint is pinned");
        NodeConnection c = NodeService.get().connection(added.id()).orElseThrow();
        UiConditions.waitFor("connected", TIMEOUT, () -> c.state() == ConnectionState.CONNECTED);

        // both views list the node's domains, live
        Tree tree = nodesView.getViewer().getTree();
        TreeItem nodeItem = UiConditions.waitFor("the node in the Nodes view", TIMEOUT, () -> Arrays
                .stream(tree.getItems()).filter(i -> i.getText().startsWith(NODE_NAME + " (127.0.0.1:")).findFirst()
                .orElse(null));
        UiConditions.waitFor("its domains under it", TIMEOUT, () -> nodeItem.getItemCount() == DEMO.size());
        Table table = domainsView.getViewer().getTable();
        for (String name : DEMO) {
            UiConditions.waitFor(name + " in the Domains view", TIMEOUT, () -> row(table, name) != null);
        }
        assertEquals(List.of("Name", "Node", "State", "Memory", "vCPUs", "Uptime", "Tags"),
                Arrays.stream(table.getColumns()).map(col -> col.getText()).toList());
        assertEquals(List.of("demo-web", NODE_NAME, "Halted", "512 MiB", "1", ""), cells(row(table, "demo-web"))
                .subList(0, 6), "a halted domain has no uptime");

        // Start one halted domain from the Domains view's context menu
        page.activate(domainsView);
        select(domainsView, "demo-web");
        assertFalse(Widgets.menuItemEnabled(table, "Resume"), "Resume needs a paused domain");
        Widgets.chooseMenuItem(table, "Start");
        UiConditions.waitFor("demo-web Running, no refresh", TIMEOUT,
                () -> "Running".equals(cells(row(table, "demo-web")).get(2)));
        UiConditions.waitFor("Start greyed for the running domain", TIMEOUT,
                () -> !Widgets.menuItemEnabled(table, "Start"));
        String uptime = cells(row(table, "demo-web")).get(5);
        assertTrue(uptime.matches("0:0[0-9]:[0-5][0-9]"), "a just-started domain's uptime: " + uptime);

        // start the others, then pause all three at once; Pause has its key binding
        select(domainsView, "demo-db", "demo-build");
        execute(window, "org.xenophilia.ui.commands.start");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Running", TIMEOUT, () -> "Running".equals(cells(row(table, name)).get(2)));
        }
        TriggerSequence[] keys = window.getService(IBindingService.class)
                .getActiveBindingsFor("org.xenophilia.ui.commands.pause");
        assertTrue(Arrays.stream(keys).anyMatch(k -> k.format().equals("Ctrl+Alt+P")), Arrays.toString(keys));
        select(domainsView, DEMO.toArray(String[]::new));
        execute(window, "org.xenophilia.ui.commands.pause");
        for (String name : DEMO) {
            UiConditions.waitFor(name + " Paused", TIMEOUT, () -> "Paused".equals(cells(row(table, name)).get(2)));
        }
        UiConditions.waitFor("the node's tree shows them paused too", TIMEOUT, () -> Arrays
                .stream(nodeItem.getItems()).allMatch(i -> i.getText().contains("Paused")));

        // sorting by a column, filtering by the box
        domainsView.sortBy(DomainsView.Column.NAME);
        assertEquals("demo-web", table.getItem(0).getText(0), "a second click on Name sorts descending");
        domainsView.getFilter().setText("db");
        UiConditions.flush();
        assertEquals(1, table.getItemCount());
        assertEquals("demo-db", table.getItem(0).getText(0));
        domainsView.getFilter().setText("tag:production");
        UiConditions.flush();
        assertEquals(2, table.getItemCount(), "demo-web and demo-db are tagged production");
        assertEquals("web, production", cells(row(table, "demo-web")).get(6));
        domainsView.getFilter().setText("");
        UiConditions.flush();

        // the Properties view's source for a domain
        DomainItem web = domainsView.listedDomains().stream()
                .filter(d -> d.vm().orElseThrow().name().equals("demo-web")).findFirst().orElseThrow();
        IPropertySource props = Platform.getAdapterManager().getAdapter(web, IPropertySource.class);
        assertNotNull(props, "domains have properties");
        assertEquals("Paused", value(props, "Power state"));
        assertEquals("512 MiB", value(props, "Memory"));
        assertEquals(NODE_NAME, value(props, "Node"));

        UiConditions.flush();
        Path png = Screenshots.save(window.getShell(), "workbench-connected");
        assertTrue(Files.size(png) > 1000, "screenshot written to " + png);

        // Disconnect: the node says so and its domains are greyed, last known; Connect brings it back
        page.activate(nodesView);
        nodesView.getViewer().setSelection(new StructuredSelection(c), true);
        UiConditions.flush();
        execute(window, "org.xenophilia.ui.commands.disconnect");
        UiConditions.waitFor("Disconnected", TIMEOUT, () -> nodeItem.getText().endsWith("[Disconnected]"));
        UiConditions.waitFor("greyed rows", TIMEOUT, () -> row(table, "demo-web").getForeground(0)
                .equals(table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)));
        execute(window, "org.xenophilia.ui.commands.connect");
        UiConditions.waitFor("Connected again", TIMEOUT, () -> nodeItem.getText().endsWith("[Connected]"));

        // Remove asks first, then forgets the node
        ModalShellInspector<String> confirm = new ModalShellInspector<>(NodeHandler.REMOVE_TITLE, TIMEOUT, shell -> {
            String text = Widgets.all(shell).stream().filter(org.eclipse.swt.widgets.Label.class::isInstance)
                    .map(l -> ((org.eclipse.swt.widgets.Label) l).getText()).reduce("", String::concat);
            Widgets.press(Widgets.button(shell, "OK"));
            return text;
        });
        confirm.arm();
        execute(window, "org.xenophilia.ui.commands.removeNode");
        assertTrue(confirm.result().contains(NODE_NAME), confirm.result());
        UiConditions.waitFor("the node gone from both views", TIMEOUT, () -> node().isEmpty()
                && Arrays.stream(tree.getItems()).noneMatch(i -> i.getText().startsWith(NODE_NAME))
                && row(table, "demo-web") == null);

        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    private static <T extends org.eclipse.swt.widgets.Control> T field(Shell shell, String key, Class<T> type) {
        T control = Widgets.byData(shell, NewConnectionWizard.FIELD_KEY, key, type);
        assertNotNull(control, "wizard field " + key);
        return control;
    }

    private static TableItem row(Table table, String name) {
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            if (item.getText(0).equals(name)) {
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

    private static void select(DomainsView view, String... names) {
        List<DomainItem> items = view.listedDomains().stream()
                .filter(d -> List.of(names).contains(d.vm().orElseThrow().name())).toList();
        assertEquals(names.length, items.size(), List.of(names).toString());
        view.getViewer().getControl().setFocus();
        view.select(items);
        assertEquals(names.length, view.getViewer().getTable().getSelectionCount());
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

    private static void execute(IWorkbenchWindow window, String commandId) throws Exception {
        Command command = window.getService(ICommandService.class).getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, null),
                null);
        Display.getCurrent().readAndDispatch();
    }
}
