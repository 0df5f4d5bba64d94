package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.VmInfo;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.ExportDomainsJob;
import org.xenophilia.ui.editor.internal.ExportXlCfgHandler;
import org.xenophilia.ui.editor.internal.NodeDomainInput;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.internal.views.DomainsView;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * Commands on domains selected in the Nodes and Domains views, against a real Agent process.
 * <p>
 * A double-click on a domain opens it in the domain editor (the views' Open Domain command, handled by the editor);
 * on a node it expands the node.
 * <p>
 * Export xl.cfg of domains selected in the Domains view: the command is in the view's
 * context menu and enabled for a selection of domains, each domain's definition from its node lands in its own file
 * and parses back to the node's definition; a domain that is gone by the time of the export is reported while
 * the admin's existing file of that name stays as it was. (The folder dialog itself is native and not driven here;
 * the handler turns its answer into the same exports through {@link ExportXlCfgHandler#intoFolder}.)
 */
public class DomainSelectionCommandsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "export-test-node";

    private static Path dir;
    private static AgentNode agent;

    @BeforeAll
    static void startAgent() throws Exception {
        dir = Files.createTempDirectory("xenophilia-export-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, "export-node", "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        NodeConnection c = NodeService.get().connection(NODE_ID).orElseThrow();
        UiConditions.waitFor("node connected", TIMEOUT, () -> c.state() == ConnectionState.CONNECTED
                && c.model().vms().size() >= 3);
    }

    @AfterEach
    void closeEditorsAndCheckTheUiThread() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    static void stopAgent() throws Exception {
        NodeService.get().removeNode(NODE_ID);
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    public void doubleClickOnADomainOpensItsDefinitionAndOnANodeExpandsIt() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        DomainsView view = (DomainsView) page.showView(DomainsView.ID);
        DomainItem db = UiConditions.waitFor("demo-db in the Domains view", TIMEOUT, () -> view.listedDomains()
                .stream().filter(d -> d.node().nodeId().equals(NODE_ID))
                .filter(d -> d.vm().map(VmInfo::name).orElse("").equals("demo-db")).findFirst().orElse(null));
        page.activate(view);
        view.getViewer().getControl().setFocus();
        view.select(List.of(db));
        UiConditions.flush();
        view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event()); // what a double-click sends
        DomainEditor editor = UiConditions.waitFor("the editor of demo-db", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null ? e : null);
        assertEquals(new NodeDomainInput(NODE_ID, db.uuid(), "x", "y"), editor.getEditorInput());
        assertTrue(editor.document().text().contains("<name>demo-db</name>"), editor.document().text());
        page.closeEditor(editor, false);

        NodesView nodes = (NodesView) page.showView(NodesView.ID);
        page.activate(nodes);
        Object node = Arrays.stream((Object[]) ((ITreeContentProvider) nodes.getViewer().getContentProvider())
                .getElements(nodes.getViewer().getInput())).filter(n -> !(n instanceof DomainItem)).filter(
                        n -> nodes.getViewer().getLabelProvider() instanceof ILabelProvider l
                                && l.getText(n).contains("export-node"))
                .findFirst().orElseThrow();
        nodes.getViewer().collapseAll();
        nodes.getViewer().setSelection(new StructuredSelection(node), true);
        nodes.getViewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
        UiConditions.flush();
        assertTrue(nodes.getViewer().getExpandedState(node), "a double-click on a node expands it");
        assertFalse(page.getActiveEditor() instanceof DomainEditor, "and opens no editor");
    }

    @Test
    public void selectedDomainsAreExportedEachToItsOwnFile() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        DomainsView view = (DomainsView) page.showView(DomainsView.ID);
        List<DomainItem> demo = UiConditions.waitFor("the demo domains in the Domains view", TIMEOUT, () -> {
            List<DomainItem> listed = view.listedDomains().stream()
                    .filter(d -> d.node().nodeId().equals(NODE_ID) && d.vm().isPresent()).toList();
            return listed.size() >= 3 ? listed : null;
        });

        // the command is offered and enabled for a selection of domains
        page.activate(view);
        view.getViewer().getControl().setFocus();
        view.select(demo);
        UiConditions.flush();
        assertTrue(Widgets.menuLabels(view.getViewer().getTable()).contains("Export xl.cfg..."),
                Widgets.menuLabels(view.getViewer().getTable()).toString());
        Command export = window.getService(ICommandService.class)
                .getCommand("org.xenophilia.ui.editor.commands.exportXlCfg");
        UiConditions.waitFor("Export xl.cfg enabled for the selection", TIMEOUT, () -> export.isEnabled() ? 1 : null);
        assertEquals(demo.size(), ExportXlCfgHandler.selectedDomains(view.getViewer().getSelection()).size());

        // every selected domain into the folder, one <name>.cfg each, equal to the node's definition
        Path folder = Files.createDirectory(dir.resolve("exported"));
        IStatus result = run(new ExportDomainsJob(ExportXlCfgHandler.intoFolder(folder, demo)));
        assertTrue(result.isOK(), result.toString());
        for (DomainItem d : demo) {
            String name = d.vm().map(VmInfo::name).orElseThrow();
            Path file = folder.resolve(name + ".cfg");
            assertTrue(Files.isRegularFile(file), file + " written");
            Domain exported = XlCfgExchange.importXlCfg(Files.readString(file), file.toString()).document().model();
            Domain onNode = DomainDefinitions.load(AgentCalls.call(agent, c -> WireValues.asString(
                    c.callWithSession("Xenophilia.VM.get_xml", c.callWithSession("VM.get_by_uuid", d.uuid())))));
            assertTrue(EcoreUtil.equals(onNode, exported), name + ": the exported xl.cfg is the node's definition\n"
                    + Files.readString(file));
        }
        try (var listing = Files.list(folder)) {
            assertEquals(demo.size(), listing.count(), "no temporary files left behind");
        }
    }

    @Test
    public void aDomainGoneByTheTimeOfTheExportIsReportedAndTheAdminsFileStays() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DomainsView view = (DomainsView) page.showView(DomainsView.ID);
        List<DomainItem> demo = UiConditions.waitFor("the demo domains in the Domains view", TIMEOUT, () -> {
            List<DomainItem> listed = view.listedDomains().stream()
                    .filter(d -> d.node().nodeId().equals(NODE_ID) && d.vm().isPresent()).toList();
            return listed.size() >= 3 ? listed : null;
        });

        // a domain that is gone on the node: reported, the admin's file of its name untouched, the others written
        String doomed = "export-doomed";
        Object ref = AgentCalls.call(agent, c -> c.callWithSession("Xenophilia.VM.import_xl_cfg", String.join("\n",
                "name = \"" + doomed + "\"", "type = \"pvh\"", "kernel = \"/boot/vmlinuz\"", "memory = 128", "")));
        String doomedUuid = AgentCalls.call(agent, c -> c.callWithSession("VM.get_uuid", ref)).toString();
        DomainItem gone = UiConditions.waitFor(doomed + " listed", TIMEOUT, () -> view.listedDomains().stream()
                .filter(d -> d.uuid().equals(doomedUuid)).findFirst().orElse(null));
        Path again = Files.createDirectory(dir.resolve("again"));
        Path adminsOwn = again.resolve(doomed + ".cfg");
        Files.writeString(adminsOwn, "# the admin's own\nname = \"" + doomed + "\"\n", StandardCharsets.UTF_8);
        // chosen while it was listed, gone by the time the job runs
        var exports = ExportXlCfgHandler.intoFolder(again, new ArrayList<>(List.of(gone, demo.get(0))));
        AgentCalls.call(agent, c -> c.callWithSession("VM.destroy", ref));
        IStatus partial = run(new ExportDomainsJob(exports));
        assertEquals(IStatus.ERROR, partial.getSeverity(), partial.toString());
        assertTrue(partial.getChildren().length == 1 && partial.getChildren()[0].getMessage().contains(doomed),
                partial.getChildren()[0].getMessage());
        assertEquals("# the admin's own\nname = \"" + doomed + "\"\n", Files.readString(adminsOwn),
                "the existing file is left as it was");
        String other = demo.get(0).vm().map(VmInfo::name).orElseThrow();
        assertTrue(Files.readString(again.resolve(other + ".cfg")).contains("name = \"" + other + "\""));
        try (var listing = Files.list(again)) {
            assertFalse(listing.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    /** Runs a job to its end while the UI thread keeps dispatching. */
    private static IStatus run(ExportDomainsJob job) {
        job.schedule();
        return UiConditions.waitFor(job.getName(), TIMEOUT, job::getResult);
    }

}
