package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.VmInfo;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.EditDefinitionHandler;
import org.xenophilia.ui.editor.internal.ImportXlCfgHandler;
import org.xenophilia.ui.editor.internal.NewDomainWizard;
import org.xenophilia.ui.editor.internal.NodeDomainInput;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.internal.views.DomainsView;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;

/**
 * The domain editor and the New Domain wizard against one real Agent process (simulated backend, demo domains) on
 * loopback over TLS, driving real widgets, one behaviour per test: opening from the views, a form edit seen in the
 * XML page with undo and redo across pages, a generated MAC, invalid XML and a missing kernel refused with the reason,
 * saves to halted and running domains read back from the Agent with a client of the test's own, the Agent's refusal
 * in words, an xl.cfg file imported through the wizard, and cancelled fetches and saves that stop at once. Tests that
 * save work on a domain of their own (a copy of demo-web), so no test depends on another. No XenAPI call may happen on
 * the UI thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DomainEditorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Well below the clients' 60 s read timeout: a cancelled job that ends within it was aborted, not timed out. */
    private static final Duration ABORTED = Duration.ofSeconds(20);
    private static final String NODE_ID = "editor-test-alpha";
    private static final String NODE_NAME = "editor-alpha";

    private Path dir;
    private AgentNode agent;
    private NodeConnection node;
    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeAll
    void startAgent() throws Exception {
        dir = Files.createTempDirectory("xenophilia-editor-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, NODE_NAME, "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(NODE_ID).orElseThrow();
        UiConditions.waitFor("node connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED
                && node.model().vms().size() >= 3);
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
    }

    @AfterEach
    void closeEditorsAndCheckTheUiThread() {
        page.closeAllEditors(false);
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
    public void editDefinitionFromEitherViewOpensOneEditorPerDomain() throws Exception {
        DomainsView domainsView = (DomainsView) page.showView(DomainsView.ID);
        Table table = domainsView.getViewer().getTable();
        DomainItem web = listed(domainsView, "demo-web");

        // Edit Definition from the Domains view's context menu
        page.activate(domainsView);
        domainsView.getViewer().getControl().setFocus();
        domainsView.select(List.of(web));
        UiConditions.flush();
        assertTrue(Widgets.menuLabels(table).contains("Edit Definition"), Widgets.menuLabels(table).toString());
        Widgets.chooseMenuItem(table, "Edit Definition");
        DomainEditor editor = UiConditions.waitFor("the domain editor with the fetched definition", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null ? e : null);
        assertEquals(new NodeDomainInput(NODE_ID, web.uuid(), "x", "y"), editor.getEditorInput(),
                "inputs are equal by node and uuid");
        assertTrue(editor.document().text().contains("<memory>512</memory>"), editor.document().text());
        assertFalse(editor.isDirty());

        // Ctrl+Z and Ctrl+Y are the Edit commands the editor handles
        IBindingService bindings = window.getService(IBindingService.class);
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo"))
                .anyMatch(k -> k.format().equals("Ctrl+Z")), "Ctrl+Z is Undo");

        // the Nodes view offers it too, for a domain
        NodesView nodesView = (NodesView) page.showView(NodesView.ID);
        page.activate(nodesView);
        nodesView.getViewer().setSelection(new StructuredSelection(web), true);
        UiConditions.flush();
        assertTrue(Widgets.menuLabels(nodesView.getViewer().getTree()).contains("Edit Definition"));

        // the same domain again: the open editor comes forward, no second one
        page.activate(domainsView);
        UiConditions.flush();
        execute("org.xenophilia.ui.editor.commands.editDefinition");
        UiConditions.flush();
        assertEquals(1, domainEditors().stream().filter(e -> e.getEditorInput().equals(editor.getEditorInput()))
                .count(), "one editor per domain");
        assertSame(editor, page.getActiveEditor());
    }

    @Test
    public void aFormEditShowsInTheXmlPageAndUndoRedoSpanThePages() throws Exception {
        DomainEditor editor = open(domainOfItsOwn("form-web", "00:16:3e:de:10:02"));

        editor.setActivePage("resources");
        Text memory = field(editor, "memory");
        assertEquals("512", memory.getText());
        Widgets.typeKeys(memory, "768");
        assertTrue(editor.isDirty(), "dirty after a form edit");
        assertEquals("1024", field(editor, "maxmem").getText());
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            UiConditions.flush();
            Path formShot = Screenshots.save(window.getShell(), "domain-editor-resources");
            assertTrue(Files.size(formShot) > 1000, "screenshot written to " + formShot);

            int xml = editor.xmlPageIndex();
            editor.showPage(xml);
            assertEquals(xml, editor.getActivePage());
            assertTrue(editor.xmlPage().text().contains("<memory>768</memory>"), editor.xmlPage().text());
            assertTrue(editor.xmlPage().text().contains("<maxmem>1024</maxmem>"), "the rest as it was");

            // Undo and Redo are the workbench's commands, over the one command stack; the three keystrokes typed
            // into the memory field are one step
            execute("org.eclipse.ui.edit.undo");
            UiConditions.flush();
            assertTrue(editor.xmlPage().text().contains("<memory>512</memory>"), editor.xmlPage().text());
            execute("org.eclipse.ui.edit.redo");
            UiConditions.flush();
            assertTrue(editor.xmlPage().text().contains("<memory>768</memory>"), editor.xmlPage().text());
            Path xmlShot = Screenshots.save(window.getShell(), "domain-editor-xml");
            assertTrue(Files.size(xmlShot) > 1000, "screenshot written to " + xmlShot);
        } finally {
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        }
    }

    @Test
    public void aVifAddedOnTheNetworkPageGetsAMacInXensRange() throws Exception {
        DomainEditor editor = open(listed("demo-web"));
        String newMac = addVif(editor, "xenbr1");
        assertTrue(newMac.matches("00:16:3e:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}"), newMac);
        assertTrue(editor.document().text().contains("mac=\"" + newMac + "\""), editor.document().text());
        assertTrue(editor.document().text().contains("bridge=\"xenbr1\""), editor.document().text());
        assertTrue(editor.isDirty());
    }

    @Test
    public void invalidXmlKeepsTheUserOnTheXmlPageAndSaveSaysWhy() throws Exception {
        DomainEditor editor = open(listed("demo-web"));
        int xml = editor.xmlPageIndex();
        editor.showPage(xml);

        // the error at its line, and neither leaving the page nor saving is allowed
        StyledText widget = editor.xmlPage().textWidget();
        String valid = widget.getText();
        widget.setText(valid.replace("<memory>512</memory>", "<memory>512</memry>"));
        UiConditions.waitFor("the parse error from the reconciler", TIMEOUT, () -> !editor.document().isTextValid());
        int line = editor.document().parseError().orElseThrow().line();
        assertTrue(line > 1, "a line: " + line);
        UiConditions.waitFor("an error annotation at the line", TIMEOUT, () -> editor.xmlPage().annotationTexts()
                .stream().anyMatch(t -> t.startsWith("line " + line + ":")));

        ModalShellInspector<String> leave = new ModalShellInspector<>(DomainEditor.INVALID_XML_TITLE, TIMEOUT,
                DomainEditorTest::labels);
        leave.arm();
        editor.setActivePage("overview");
        assertTrue(leave.result().contains("Line " + line), leave.result());
        assertEquals(xml, editor.getActivePage(), "still on the XML page");

        execute("org.eclipse.ui.file.save");
        String refused = editor.headerMessage();
        assertTrue(refused != null && refused.contains("does not parse") && refused.contains("line " + line),
                "the reason in the header: " + refused);
        assertTrue(editor.isDirty(), "not saved");

        // fixed, the other pages may be shown again
        widget.setText(valid);
        editor.setActivePage("overview");
        assertEquals("overview", editor.getActivePageInstance().getId());
    }

    @Test
    public void aMissingKernelIsSaidBesideItsFieldAndSaveIsRefused() throws Exception {
        DomainEditor editor = open(listed("demo-web"));
        editor.setActivePage("overview");
        // a PVH domain without its kernel: cleared on the form, an error beside the field, and Save says so
        Text kernel = field(editor, "kernel");
        Widgets.type(kernel, "");
        assertTrue(editor.document().problems().stream().anyMatch(p -> p.path().equals("kernel") && p.isError()),
                editor.document().problems().toString());
        execute("org.eclipse.ui.file.save");
        assertTrue(editor.headerMessage().startsWith("Not saved") && editor.headerMessage().contains("kernel"),
                editor.headerMessage());
        assertTrue(editor.fieldMessages("kernel").stream().anyMatch(m -> m.contains("kernel is missing")),
                "beside the field: " + editor.fieldMessages("kernel"));
        assertTrue(editor.isDirty(), "not saved");

        Widgets.type(kernel, "/boot/vmlinuz-demo");
        assertEquals(List.of(), editor.fieldMessages("kernel"));
        assertTrue(editor.document().canSave().allowed(), editor.document().canSave().reason());
    }

    @Test
    public void savingAHaltedDomainReplacesItsDefinitionOnTheNodeWithoutADialog() throws Exception {
        DomainItem domain = domainOfItsOwn("saved-web", "00:16:3e:de:10:06");
        DomainEditor editor = open(domain);
        editor.setActivePage("resources");
        Widgets.typeKeys(field(editor, "memory"), "768");
        editor.setActivePage("overview");
        Widgets.type(field(editor, "kernel"), "/boot/vmlinuz-demo");
        String newMac = addVif(editor, "xenbr1");

        try (ModalShellInspector<String> report = noReportDialog()) {
            report.arm();
            execute("org.eclipse.ui.file.save");
            UiConditions.waitFor("saved, or the reason why not", TIMEOUT, () -> !editor.isDirty()
                    || (editor.headerMessage() != null && editor.headerMessage().startsWith("Not saved")));
            assertFalse(editor.isDirty(), "saved: " + editor.headerMessage());
            assertNull(editor.headerMessage(), "a saved halted domain leaves nothing to say in the header");
            assertFalse(report.done(), "no dialog repeats what the editor says");
        }

        String definition = agentXml(domain.uuid());
        assertTrue(definition.contains("<memory>768</memory>"), definition);
        assertTrue(definition.contains("<kernel>/boot/vmlinuz-demo</kernel>"), definition);
        assertTrue(definition.contains(newMac), definition);
        assertEquals(768L << 20, WireValues.asLong(agentRecord(domain.uuid()).get("memory_dynamic_max")),
                "memory_dynamic_max on the node");
    }

    @Test
    public void theNodesRefusalIsSaidInWordsAndRevertGoesBack() throws Exception {
        DomainItem web = listed("demo-web");
        DomainEditor editor = open(web);
        // a name another domain has
        editor.setActivePage("overview");
        Widgets.type(field(editor, "name"), "demo-build");
        execute("org.eclipse.ui.file.save");
        UiConditions.waitFor("the node's answer", TIMEOUT, () -> editor.headerMessage() != null
                && editor.headerMessage().startsWith("Not saved"));
        assertTrue(editor.headerMessage().contains("refused demo-build as name_label"), editor.headerMessage());
        assertTrue(editor.isDirty());

        editor.revert();
        assertFalse(editor.isDirty());
        assertEquals("demo-web", editor.document().model().getName());
        assertTrue(agentXml(web.uuid()).contains("<name>demo-web</name>"), "the node kept its definition");
    }

    @Test
    public void importAnXlCfgFileAndCreateTheDomainThroughTheWizard() throws Exception {
        Path cfg = dir.resolve("imported-web.cfg");
        Files.writeString(cfg, String.join("\n",
                "# written by hand",
                "name = \"imported-web\"",
                "type = \"pv\"",
                "memory = 256",
                "vcpus = 1",
                "kernel = \"/boot/vmlinuz\"",
                "extra = \"console=hvc0\"",
                "disk = [ '/srv/xen/imported-web.img,raw,xvda,rw' ]",
                "vif = [ 'bridge=xenbr0' ]",
                "frobnicate = 1",
                ""), StandardCharsets.UTF_8);
        Command importCommand = window.getService(ICommandService.class)
                .getCommand("org.xenophilia.ui.editor.commands.importXlCfg");
        assertTrue(importCommand.isDefined() && importCommand.isHandled());

        XlCfgExchange.Import imported = ImportXlCfgHandler.read(cfg);
        assertEquals(List.of("frobnicate"), imported.unknownKeys().stream().map(w -> w.key()).toList());
        WizardDialog dialog = new WizardDialog(window.getShell(), new NewDomainWizard(new NewDomainWizard.Source(
                cfg.getFileName().toString(), imported)));
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell wizard = dialog.getShell();
        assertEquals(NewDomainWizard.TITLE, wizard.getText());
        assertTrue(dialog.getCurrentPage().getMessage().contains("frobnicate"), "unknown keys are warnings: "
                + dialog.getCurrentPage().getMessage());
        Combo nodeCombo = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "node", Combo.class);
        int index = Arrays.asList(nodeCombo.getItems()).indexOf(Arrays.stream(nodeCombo.getItems())
                .filter(i -> i.startsWith(NODE_NAME + " ")).findFirst().orElseThrow());
        nodeCombo.select(index);
        Combo source = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "template", Combo.class);
        assertEquals("Imported: imported-web.cfg", source.getText());
        assertTrue(Arrays.asList(source.getItems()).containsAll(List.of("Minimal PV Linux", "PVH", "HVM")));
        Text name = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "name", Text.class);
        assertEquals("imported-web", name.getText());
        assertEquals("256", Widgets.byData(wizard, DomainEditor.FIELD_KEY, "memory", Text.class).getText());
        Text mac = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "mac", Text.class);
        assertTrue(mac.getText().startsWith("00:16:3e:"), "a generated MAC in Xen's range: " + mac.getText());
        Widgets.type(name, "imported-web2");
        String macAddress = mac.getText();
        Widgets.press(Widgets.button(wizard, "Finish"));
        assertTrue(wizard.isDisposed(), "the wizard closed");

        VmInfo created = UiConditions.waitFor("imported-web2 on the node", TIMEOUT, () -> node.model().vms().stream()
                .filter(v -> v.name().equals("imported-web2")).findFirst().orElse(null));
        assertEquals(256L << 20, created.memoryTarget());
        DomainEditor editor = UiConditions.waitFor("the new domain in the editor", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null
                        && e.getEditorInput().equals(new NodeDomainInput(NODE_ID, created.uuid(), null, null)) ? e
                                : null);
        assertTrue(editor.document().text().contains("frobnicate"), "the unknown key is kept: "
                + editor.document().text());
        assertTrue(editor.document().text().contains("mac=\"" + macAddress + "\""),
                "the MAC the wizard showed: " + editor.document().text());
        assertFalse(editor.isDirty());
    }

    @Test
    public void saveToARunningDomainAppliesMemoryLiveAndKeepsTheRestForItsNextBoot() throws Exception {
        VmInfo db = node.model().vms().stream().filter(v -> v.name().equals("demo-db")).findFirst().orElseThrow();
        AgentCalls.call(agent, client -> client.callWithSession("VM.start", WireValues.asRef(client.callWithSession(
                "VM.get_by_uuid", db.uuid())), false, false));
        UiConditions.waitFor("demo-db running", TIMEOUT, () -> node.model().vm(db.uuid()).orElseThrow().powerState()
                .name().equalsIgnoreCase("running"));

        DomainEditor editor = open(new DomainItem(node, db.uuid()));
        assertEquals(null, editor.headerMessage(), "nothing waits for the next boot yet");
        editor.setActivePage("resources");
        Widgets.type(field(editor, "memory"), "3072");
        editor.setActivePage("overview");
        Widgets.type(field(editor, "kernel"), "/boot/vmlinuz-db");

        try (ModalShellInspector<String> report = noReportDialog()) {
            report.arm();
            execute("org.eclipse.ui.file.save");
            UiConditions.waitFor("the editor saved", TIMEOUT, () -> !editor.isDirty());
            String header = editor.headerMessage();
            assertTrue(header.contains("Applied now: memory") && header.contains("At the next boot: kernel"),
                    header);
            assertFalse(report.done(), "no dialog repeats what the header says");
        }

        String vm = db.uuid();
        Map<String, Object> r = agentRecord(vm);
        assertEquals(3072L << 20, WireValues.asLong(r.get("memory_target")), "memory set live");
        assertEquals("/boot/vmlinuz-6.1.0-demo", r.get("PV_kernel"), "the running domain keeps its kernel");
        List<Object> pending = agentPending(vm);
        assertTrue(pending.contains("kernel"), pending.toString());

        // opened again, the editor shows the next boot's definition and says what waits for it
        page.closeEditor(editor, false);
        DomainEditor again = open(new DomainItem(node, db.uuid()));
        assertTrue(again.document().text().contains("/boot/vmlinuz-db"), again.document().text());
        assertTrue(again.headerMessage().startsWith(DomainEditor.PENDING_PREFIX)
                && again.headerMessage().contains("kernel"), again.headerMessage());
        page.closeEditor(again, false);

        // a reboot through the Agent boots the domain with what waited
        AgentCalls.call(agent, client -> client.callWithSession("VM.clean_reboot", WireValues.asRef(client
                .callWithSession("VM.get_by_uuid", vm))));
        r = agentRecord(vm);
        assertEquals("/boot/vmlinuz-db", r.get("PV_kernel"));
        assertEquals(3072L << 20, WireValues.asLong(r.get("memory_dynamic_max")));
        assertEquals(List.of(), agentPending(vm));
    }

    @Test
    public void cancellingTheFetchStopsItsCallAndLeavesTheEditorEmpty() throws Exception {
        DomainItem build = listed("demo-build");
        agent.signal("STOP"); // the node accepts connections but never answers
        try {
            DomainEditor editor = (DomainEditor) EditDefinitionHandler.open(page, build);
            Job load = awaitBlockedJob(editor, "the fetch");
            load.cancel(); // as the Progress view's stop button does
            UiConditions.waitFor("the cancelled fetch ended while the node is still frozen", ABORTED,
                    () -> load.getState() == Job.NONE);
            UiConditions.waitFor("the editor says why it is empty", TIMEOUT, () -> editor.headerMessage() != null
                    && editor.headerMessage().contains("cancelled"));
            assertNull(editor.document(), "no definition, not a half one");
            assertFalse(editor.isDirty());
        } finally {
            agent.signal("CONT");
        }
    }

    @Test
    public void cancellingASaveStopsItsCallAndLeavesTheEditorAsItWas() throws Exception {
        DomainItem domain = domainOfItsOwn("cancel-web", "00:16:3e:de:10:0c");
        DomainEditor editor = open(domain);
        editor.setActivePage("resources");
        Widgets.typeKeys(field(editor, "memory"), "768");
        String edited = editor.document().text();
        assertNull(editor.headerMessage());

        agent.signal("STOP");
        try {
            execute("org.eclipse.ui.file.save");
            assertTrue(editor.headerMessage().startsWith("Saving to node"), editor.headerMessage());
            Job save = awaitBlockedJob(editor, "the save");
            save.cancel();
            UiConditions.waitFor("the cancelled save ended while the node is still frozen", ABORTED,
                    () -> save.getState() == Job.NONE);
            UiConditions.waitFor("the header as before the save", TIMEOUT, () -> editor.headerMessage() == null);
            assertTrue(editor.isDirty(), "still to be saved");
            assertEquals(edited, editor.document().text());
            assertEquals("768", field(editor, "memory").getText());
        } finally {
            agent.signal("CONT");
        }
        assertTrue(agentXml(domain.uuid()).contains("<memory>512</memory>"), "the node's definition is unchanged");
    }

    /** The editor's job (its family is the editor's input), once it is blocked reading from the frozen node. */
    private static Job awaitBlockedJob(DomainEditor editor, String what) {
        return UiConditions.waitFor(what + " blocked reading from the node", ABORTED, () -> Arrays.stream(
                Job.getJobManager().find(editor.getEditorInput())).filter(j -> AgentNode.isBlockedReading(
                        j.getThread())).findFirst().orElse(null));
    }

    /** Watches for the dialog a save used to open after the header had said it all. */
    private static ModalShellInspector<String> noReportDialog() {
        return new ModalShellInspector<>("Saved to a Running Domain", TIMEOUT, DomainEditorTest::labels);
    }

    /** A halted domain of the test's own: demo-web's definition under another name and MAC. */
    private DomainItem domainOfItsOwn(String name, String mac) {
        String uuid = AgentCalls.call(agent, c -> {
            Ref web = WireValues.asRef(WireValues.asList(c.callWithSession("VM.get_by_name_label", "demo-web"))
                    .get(0));
            String xml = WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml", web))
                    .replaceAll("<uuid>[^<]*</uuid>\\s*", "").replace("<name>demo-web</name>", "<name>" + name
                            + "</name>").replace("00:16:3e:de:00:01", mac);
            Ref created = WireValues.asRef(c.callWithSession("Xenophilia.VM.create_from_xml", xml));
            return WireValues.asString(c.callWithSession("VM.get_uuid", created));
        });
        UiConditions.waitFor(name + " in the node's model", TIMEOUT, () -> node.model().vm(uuid).orElse(null));
        return new DomainItem(node, uuid);
    }

    private DomainItem listed(String name) throws Exception {
        return listed((DomainsView) page.showView(DomainsView.ID), name);
    }

    private static DomainItem listed(DomainsView view, String name) {
        return UiConditions.waitFor(name + " in the Domains view", TIMEOUT, () -> view.listedDomains().stream()
                .filter(d -> d.node().nodeId().equals(NODE_ID))
                .filter(d -> d.vm().map(VmInfo::name).orElse("").equals(name)).findFirst().orElse(null));
    }

    private DomainEditor open(DomainItem domain) {
        EditDefinitionHandler.open(page, domain);
        NodeDomainInput input = new NodeDomainInput(NODE_ID, domain.uuid(), null, null);
        return UiConditions.waitFor(domain.uuid() + " in the editor", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null
                        && e.getEditorInput().equals(input) ? e : null);
    }

    private static Text field(DomainEditor editor, String path) {
        Text text = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, path, Text.class);
        assertNotNull(text, "the field " + path);
        return text;
    }

    /** Adds a VIF on the Network page through its dialog, its MAC generated; returns the MAC. */
    private static String addVif(DomainEditor editor, String bridge) {
        editor.setActivePage("network");
        ModalShellInspector<String> addVif = new ModalShellInspector<>("Add Network Interface", TIMEOUT, shell -> {
            Text mac = Widgets.byData(shell, DomainEditor.FIELD_KEY, "mac", Text.class);
            Widgets.press(Widgets.button(shell, "Generate"));
            Widgets.type(Widgets.byData(shell, DomainEditor.FIELD_KEY, "bridge", Text.class), bridge);
            String generated = mac.getText();
            Widgets.press(Widgets.button(shell, "OK"));
            return generated;
        });
        addVif.arm();
        Widgets.press(Widgets.button(editor.pagesControl(), "Add..."));
        return addVif.result();
    }

    private String agentXml(String uuid) {
        return AgentCalls.call(agent, c -> WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml",
                WireValues.asRef(c.callWithSession("VM.get_by_uuid", uuid)))));
    }

    private Map<String, Object> agentRecord(String uuid) {
        return WireValues.asMap(AgentCalls.call(agent, c -> c.callWithSession("VM.get_record",
                WireValues.asRef(c.callWithSession("VM.get_by_uuid", uuid)))));
    }

    private List<Object> agentPending(String uuid) {
        return WireValues.asList(AgentCalls.call(agent, c -> c.callWithSession("Xenophilia.VM.get_pending_changes",
                WireValues.asRef(c.callWithSession("VM.get_by_uuid", uuid)))));
    }

    private List<IEditorPart> domainEditors() {
        return Arrays.stream(page.getEditorReferences()).filter(r -> r.getId().equals(DomainEditor.ID))
                .map((IEditorReference r) -> r.getEditor(false)).toList();
    }

    private static String labels(Shell shell) {
        return Widgets.all(shell).stream().filter(Label.class::isInstance).map(l -> ((Label) l).getText())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void execute(String commandId) throws Exception {
        Command command = window.getService(ICommandService.class).getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, null),
                null);
        Display.getCurrent().readAndDispatch();
    }
}
