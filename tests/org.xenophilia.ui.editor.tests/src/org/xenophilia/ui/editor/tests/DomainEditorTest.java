package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;

/**
 * The domain editor and the New Domain wizard against a real Agent process (simulated backend, demo domains) on
 * loopback over TLS, driving real widgets: Edit Definition from the Domains view, memory changed on the Resources
 * page and seen in the XML page, undo and redo across pages, invalid XML typed on the XML page (the parse error at
 * its line, leaving the page and saving refused), fixed and saved, and the new memory read back from the Agent with
 * a client of the test's own; then an xl.cfg file imported into the wizard and created on the node. No XenAPI call
 * may happen on the UI thread meanwhile.
 */
public class DomainEditorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "editor-test-alpha";
    private static final String NODE_NAME = "editor-alpha";

    private static Path dir;
    private static AgentNode agent;

    @BeforeAll
    static void startAgent() throws Exception {
        dir = Files.createTempDirectory("xenophilia-editor-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, NODE_NAME, "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        NodeConnection c = NodeService.get().connection(NODE_ID).orElseThrow();
        UiConditions.waitFor("node connected", TIMEOUT, () -> c.state() == ConnectionState.CONNECTED
                && c.model().vms().size() >= 3);
    }

    @AfterAll
    static void stopAgent() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        NodeService.get().removeNode(NODE_ID);
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    public void editMemoryOnTheFormSeeItInXmlRefuseInvalidXmlThenSaveToTheNode() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        DomainsView domainsView = (DomainsView) page.showView(DomainsView.ID);
        Table table = domainsView.getViewer().getTable();
        DomainItem web = UiConditions.waitFor("demo-web in the Domains view", TIMEOUT, () -> domainsView
                .listedDomains().stream().filter(d -> d.node().nodeId().equals(NODE_ID))
                .filter(d -> d.vm().map(VmInfo::name).orElse("").equals("demo-web")).findFirst().orElse(null));

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
        execute(window, "org.xenophilia.ui.editor.commands.editDefinition");
        UiConditions.flush();
        assertEquals(1, domainEditors(page).stream().filter(e -> e.getEditorInput().equals(editor.getEditorInput()))
                .count(), "one editor per domain");
        assertSame(editor, page.getActiveEditor());

        // memory on the Resources page, seen in the XML page's text
        editor.setActivePage("resources");
        Text memory = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "memory", Text.class);
        assertNotNull(memory, "the memory field");
        assertEquals("512", memory.getText());
        Widgets.typeKeys(memory, "768");
        assertTrue(editor.isDirty(), "dirty after a form edit");
        Text maxmem = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "maxmem", Text.class);
        assertEquals("1024", maxmem.getText());
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        UiConditions.flush();
        Path formShot = Screenshots.save(window.getShell(), "domain-editor-resources");
        assertTrue(Files.size(formShot) > 1000, "screenshot written to " + formShot);

        int xml = editor.xmlPageIndex();
        editor.showPage(xml);
        assertEquals(xml, editor.getActivePage());
        assertTrue(editor.xmlPage().text().contains("<memory>768</memory>"), editor.xmlPage().text());
        assertTrue(editor.xmlPage().text().contains("<maxmem>1024</maxmem>"), "the rest as it was");

        // Undo and Redo are the workbench's commands, over the one command stack; the three keystrokes typed into
        // the memory field are one step
        execute(window, "org.eclipse.ui.edit.undo");
        UiConditions.flush();
        assertTrue(editor.xmlPage().text().contains("<memory>512</memory>"), editor.xmlPage().text());
        execute(window, "org.eclipse.ui.edit.redo");
        UiConditions.flush();
        assertTrue(editor.xmlPage().text().contains("<memory>768</memory>"), editor.xmlPage().text());
        Path xmlShot = Screenshots.save(window.getShell(), "domain-editor-xml");
        assertTrue(Files.size(xmlShot) > 1000, "screenshot written to " + xmlShot);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

        // a VIF added on the Network page, its MAC generated in Xen's range
        editor.setActivePage("network");
        ModalShellInspector<String> addVif = new ModalShellInspector<>("Add Network Interface", TIMEOUT, shell -> {
            Text mac = Widgets.byData(shell, DomainEditor.FIELD_KEY, "mac", Text.class);
            Widgets.press(Widgets.button(shell, "Generate"));
            Widgets.type(Widgets.byData(shell, DomainEditor.FIELD_KEY, "bridge", Text.class), "xenbr1");
            String generated = mac.getText();
            Widgets.press(Widgets.button(shell, "OK"));
            return generated;
        });
        addVif.arm();
        Widgets.press(Widgets.button(editor.pagesControl(), "Add..."));
        String newMac = addVif.result();
        assertTrue(newMac.matches("00:16:3e:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}"), newMac);
        assertTrue(editor.document().text().contains("mac=\"" + newMac + "\""), editor.document().text());
        assertTrue(editor.document().text().contains("bridge=\"xenbr1\""), editor.document().text());
        editor.showPage(xml);

        // invalid XML: the error at its line, and neither leaving the page nor saving is allowed
        StyledText widget = editor.xmlPage().textWidget();
        String valid = widget.getText();
        widget.setText(valid.replace("<memory>768</memory>", "<memory>768</memry>"));
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

        execute(window, "org.eclipse.ui.file.save");
        String refused = editor.headerMessage();
        assertTrue(refused != null && refused.contains("does not parse") && refused.contains("line " + line),
                "the reason in the header: " + refused);
        assertTrue(editor.isDirty(), "not saved");

        // fixed, the other pages may be shown again; saved to the node
        widget.setText(valid);
        editor.setActivePage("overview");
        assertEquals("overview", editor.getActivePageInstance().getId());
        // a PVH domain without its kernel: cleared on the form, an error beside the field, and Save says so
        Text kernel = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "kernel", Text.class);
        Widgets.type(kernel, "");
        assertTrue(editor.document().problems().stream().anyMatch(p -> p.path().equals("kernel") && p.isError()),
                editor.document().problems().toString());
        execute(window, "org.eclipse.ui.file.save");
        assertTrue(editor.headerMessage().startsWith("Not saved") && editor.headerMessage().contains("kernel"),
                editor.headerMessage());
        assertTrue(editor.fieldMessages("kernel").stream().anyMatch(m -> m.contains("kernel is missing")),
                "beside the field: " + editor.fieldMessages("kernel"));
        Widgets.type(kernel, "/boot/vmlinuz-demo");
        assertEquals(List.of(), editor.fieldMessages("kernel"));
        assertTrue(editor.document().canSave().allowed(), editor.document().canSave().reason());
        execute(window, "org.eclipse.ui.file.save");
        UiConditions.waitFor("saved, or the reason why not", TIMEOUT, () -> !editor.isDirty()
                || (editor.headerMessage() != null && editor.headerMessage().startsWith("Not saved")));
        assertFalse(editor.isDirty(), "saved: " + editor.headerMessage());

        String uuid = web.uuid();
        CompletableFuture<Object[]> check = AgentCalls.async(agent, client -> {
            Ref ref = WireValues.asRef(client.callWithSession("VM.get_by_uuid", uuid));
            String definition = WireValues.asString(client.callWithSession("Xenophilia.VM.get_xml", ref));
            Map<String, Object> record = WireValues.asMap(client.callWithSession("VM.get_record", ref));
            return new Object[] {definition, WireValues.asLong(record.get("memory_dynamic_max"))};
        });
        UiConditions.waitFor("the Agent's answer", TIMEOUT, check::isDone);
        Object[] answer = check.join();
        assertTrue(((String) answer[0]).contains("<memory>768</memory>"), (String) answer[0]);
        assertTrue(((String) answer[0]).contains("<kernel>/boot/vmlinuz-demo</kernel>"), (String) answer[0]);
        assertTrue(((String) answer[0]).contains(newMac), (String) answer[0]);

        // the Agent's refusal, in words: a name another domain has
        editor.setActivePage("overview");
        Widgets.type(Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "name", Text.class),
                "demo-build");
        execute(window, "org.eclipse.ui.file.save");
        UiConditions.waitFor("the node's answer", TIMEOUT, () -> editor.headerMessage() != null
                && editor.headerMessage().startsWith("Not saved"));
        assertTrue(editor.headerMessage().contains("refused demo-build as name_label"), editor.headerMessage());
        assertTrue(editor.isDirty());
        editor.revert();
        assertFalse(editor.isDirty());
        assertEquals("demo-web", editor.document().model().getName());
        assertEquals(768L << 20, answer[1], "memory_dynamic_max on the node");

        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @Test
    public void importAnXlCfgFileAndCreateTheDomainThroughTheWizard() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
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
        Combo node = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "node", Combo.class);
        int index = Arrays.asList(node.getItems()).indexOf(Arrays.stream(node.getItems())
                .filter(i -> i.startsWith(NODE_NAME + " ")).findFirst().orElseThrow());
        node.select(index);
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

        NodeConnection c = NodeService.get().connection(NODE_ID).orElseThrow();
        VmInfo created = UiConditions.waitFor("imported-web2 on the node", TIMEOUT, () -> c.model().vms().stream()
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

        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @Test
    public void saveToARunningDomainAppliesMemoryLiveAndKeepsTheRestForItsNextBoot() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        NodeConnection c = NodeService.get().connection(NODE_ID).orElseThrow();
        VmInfo db = c.model().vms().stream().filter(v -> v.name().equals("demo-db")).findFirst().orElseThrow();
        CompletableFuture<Object> start = agentCall(client -> client.callWithSession("VM.start",
                WireValues.asRef(client.callWithSession("VM.get_by_uuid", db.uuid())), false, false));
        UiConditions.waitFor("VM.start answered", TIMEOUT, start::isDone);
        start.join();
        UiConditions.waitFor("demo-db running", TIMEOUT, () -> c.model().vm(db.uuid()).orElseThrow().powerState()
                .name().equalsIgnoreCase("running"));

        EditDefinitionHandler.open(page, new DomainItem(c, db.uuid()));
        DomainEditor editor = UiConditions.waitFor("demo-db in the editor", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null
                        && e.getEditorInput().equals(new NodeDomainInput(NODE_ID, db.uuid(), null, null)) ? e
                                : null);
        assertEquals(null, editor.headerMessage(), "nothing waits for the next boot yet");
        editor.setActivePage("resources");
        Widgets.type(Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "memory", Text.class), "3072");
        editor.setActivePage("overview");
        Widgets.type(Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "kernel", Text.class),
                "/boot/vmlinuz-db");

        ModalShellInspector<String> report = new ModalShellInspector<>(DomainEditor.RUNNING_SAVE_TITLE, TIMEOUT,
                DomainEditorTest::labels);
        report.arm();
        execute(window, "org.eclipse.ui.file.save");
        UiConditions.waitFor("the report of what applied", TIMEOUT, report::done);
        String text = report.result();
        assertTrue(text.contains("Applied now") && text.contains("memory"), text);
        assertTrue(text.contains("next boot") && text.contains("kernel"), text);
        UiConditions.waitFor("the editor saved", TIMEOUT, () -> !editor.isDirty());
        String header = editor.headerMessage();
        assertTrue(header.contains("Applied now: memory") && header.contains("At the next boot: kernel"), header);

        String vm = db.uuid();
        Map<String, Object> r = agentRecord(vm);
        assertEquals(3072L << 20, WireValues.asLong(r.get("memory_target")), "memory set live");
        assertEquals("/boot/vmlinuz-6.1.0-demo", r.get("PV_kernel"), "the running domain keeps its kernel");
        List<Object> pending = agentPending(vm);
        assertTrue(pending.contains("kernel"), pending.toString());

        // opened again, the editor shows the next boot's definition and says what waits for it
        page.closeEditor(editor, false);
        EditDefinitionHandler.open(page, new DomainItem(c, db.uuid()));
        DomainEditor again = UiConditions.waitFor("demo-db in the editor again", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null
                        && e.getEditorInput().equals(new NodeDomainInput(NODE_ID, db.uuid(), null, null)) ? e
                                : null);
        assertTrue(again.document().text().contains("/boot/vmlinuz-db"), again.document().text());
        assertTrue(again.headerMessage().startsWith(DomainEditor.PENDING_PREFIX)
                && again.headerMessage().contains("kernel"), again.headerMessage());
        page.closeEditor(again, false);

        // a reboot through the Agent boots the domain with what waited
        CompletableFuture<Object> reboot = agentCall(client -> client.callWithSession("VM.clean_reboot",
                WireValues.asRef(client.callWithSession("VM.get_by_uuid", vm))));
        UiConditions.waitFor("VM.clean_reboot answered", TIMEOUT, reboot::isDone);
        reboot.join();
        r = agentRecord(vm);
        assertEquals("/boot/vmlinuz-db", r.get("PV_kernel"));
        assertEquals(3072L << 20, WireValues.asLong(r.get("memory_dynamic_max")));
        assertEquals(List.of(), agentPending(vm));
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    private static Map<String, Object> agentRecord(String uuid) throws Exception {
        CompletableFuture<Object> record = agentCall(client -> client.callWithSession("VM.get_record",
                WireValues.asRef(client.callWithSession("VM.get_by_uuid", uuid))));
        UiConditions.waitFor("the Agent's answer", TIMEOUT, record::isDone);
        return WireValues.asMap(record.join());
    }

    private static List<Object> agentPending(String uuid) throws Exception {
        CompletableFuture<Object> pending = agentCall(client -> client.callWithSession(
                "Xenophilia.VM.get_pending_changes", WireValues.asRef(client.callWithSession("VM.get_by_uuid",
                        uuid))));
        UiConditions.waitFor("the Agent's answer", TIMEOUT, pending::isDone);
        return WireValues.asList(pending.join());
    }

    /** A call with a client of the test's own, on another thread (the UI thread makes no XenAPI call). */
    private static CompletableFuture<Object> agentCall(AgentCalls.Call<Object> call) {
        return AgentCalls.async(agent, call);
    }

    private static List<IEditorPart> domainEditors(IWorkbenchPage page) {
        return Arrays.stream(page.getEditorReferences()).filter(r -> r.getId().equals(DomainEditor.ID))
                .map((IEditorReference r) -> r.getEditor(false)).toList();
    }

    private static String labels(Shell shell) {
        return Widgets.all(shell).stream().filter(Label.class::isInstance).map(l -> ((Label) l).getText())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private static void execute(IWorkbenchWindow window, String commandId) throws Exception {
        Command command = window.getService(ICommandService.class).getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, null),
                null);
        Display.getCurrent().readAndDispatch();
    }
}
