package org.xenophilia.ui.editor.tests;

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

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
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
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.EditDefinitionHandler;
import org.xenophilia.ui.editor.internal.NewDomainWizard;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * A domain's disk on a volume of its node's storage, from the domain editor's Disks page and the New Domain wizard,
 * against a real Agent with the {@code file} storage backend: a volume chosen from the node's repositories (the disk
 * names it by {@code storageBackend} and {@code volume}, its target cleared), and one made there and then with the
 * storage bundle's New Volume wizard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DiskVolumeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final long MIB = 1L << 20;
    private static final String NODE_ID = "disk-volume-test";
    private static final String NODE_NAME = "volumes-alpha";

    private Path dir;
    private AgentNode agent;
    private NodeConnection node;
    private IWorkbenchPage page;
    private String srUuid;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("xenophilia-disk-volume-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withStoragePlugins(List.of(
                AgentNode.fileBackendJar())).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, NODE_NAME, "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(NODE_ID).orElseThrow();
        UiConditions.waitFor("node connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED
                && node.model().vms().size() >= 3);
        Path location = dir.resolve("volumes");
        String sr = AgentCalls.call(agent, c -> {
            String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);
            String ref = (String) c.callWithSession("SR.create", host, Map.of("location", location.toString()), 0L,
                    "volumes", "", "file", "user", false, Map.of());
            c.callWithSession("VDI.create", Map.of("SR", ref, "name_label", "data1", "virtual_size",
                    Long.toString(32 * MIB), "type", "user", "sharable", false, "read_only", false, "other_config",
                    Map.of()));
            return ref;
        });
        srUuid = AgentCalls.call(agent, c -> WireValues.asString(c.callWithSession("SR.get_uuid", sr)));
        UiConditions.waitFor("the volume in the Workbench's model", TIMEOUT, () -> NodeStorage.of(node.model())
                .usableVolumes().stream().anyMatch(v -> v.vdi().name().equals("data1")));
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditorsAndCheckTheUiThread() {
        page.closeAllEditors(false);
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        NodeService.get().removeNode(NODE_ID);
        agent.close();
    }

    private DomainEditor open(String domain) {
        VmInfo vm = node.model().vmsNamed(domain).get(0);
        EditDefinitionHandler.open(page, new DomainItem(node, vm.uuid()));
        return UiConditions.waitFor(domain + " in the editor", TIMEOUT, () -> page.getActiveEditor()
                instanceof DomainEditor e && e.document() != null ? e : null);
    }

    private static Button button(Control root, String label) {
        Button b = Widgets.button(root, label);
        assertNotNull(b, "a button " + label);
        return b;
    }

    /** Chooses a row of the Choose Volume dialog by its volume's name, and presses OK. */
    private static String chooseIn(Shell shell, String volume) {
        Table table = Widgets.byData(shell, DomainEditor.FIELD_KEY, "volumes", Table.class);
        int row = -1;
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(1).equals(volume)) {
                row = i;
            }
        }
        assertTrue(row >= 0, "volume " + volume + " offered");
        table.setSelection(row);
        Event e = new Event();
        e.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, e);
        String offered = table.getItem(row).getText(0) + " " + table.getItem(row).getText(2);
        Widgets.press(button(shell, "OK"));
        return offered;
    }

    private static Table disksTable(DomainEditor editor) {
        return Widgets.all(editor.pagesControl()).stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(Control::isVisible).findFirst().orElseThrow();
    }

    private static void selectFirstDisk(DomainEditor editor) {
        Table disks = disksTable(editor);
        disks.setSelection(0);
        Event e = new Event();
        e.item = disks.getItem(0);
        disks.notifyListeners(SWT.Selection, e);
    }

    /** No disk selected: the volume goes to a new disk. */
    private static void selectNoDisk(DomainEditor editor) {
        Table disks = disksTable(editor);
        disks.deselectAll();
        disks.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    public void aDiskPutOnAChosenVolumeNamesItAndHasNoTarget() {
        DomainEditor editor = open("demo-web");
        editor.setActivePage("disks");
        selectFirstDisk(editor);
        try (ModalShellInspector<String> chooser = new ModalShellInspector<>("Choose Volume", TIMEOUT,
                shell -> chooseIn(shell, "data1"))) {
            chooser.arm();
            Widgets.press(button(editor.pagesControl(), "Volume..."));
            UiConditions.waitFor("the volume chosen", TIMEOUT, chooser::done);
            assertEquals("volumes 32 MiB", chooser.result());
        }
        String xml = editor.document().text();
        assertTrue(xml.contains("storageBackend=\"file\"") && xml.contains("volume=\"" + srUuid + "/data1\""), xml);
        assertFalse(xml.contains("target=\""), "the node resolves the volume: " + xml);
        assertTrue(editor.isDirty());
        editor.undo();
        assertTrue(editor.document().text().contains("target=\""), "one undoable edit");
    }

    @Test
    public void aVolumeMadeFromTheDisksPageIsMadeOnTheNodeAndUsedByANewDisk() {
        DomainEditor editor = open("demo-db");
        editor.setActivePage("disks");
        int disksBefore = editor.document().model().getDisks().size();
        selectNoDisk(editor);
        try (ModalShellInspector<Boolean> wizard = new ModalShellInspector<>("New Volume", TIMEOUT, shell -> {
            Combo repository = Widgets.byData(shell, "org.xenophilia.ui.storage.field", "repository", Combo.class);
            assertTrue(repository.getText().startsWith("volumes (file, "), repository.getText());
            Widgets.type(Widgets.byData(shell, "org.xenophilia.ui.storage.field", "name", Text.class), "db-data");
            Widgets.type(Widgets.byData(shell, "org.xenophilia.ui.storage.field", "size", Text.class), "1");
            Widgets.press(button(shell, "Finish"));
            return true;
        })) {
            wizard.arm();
            Widgets.press(button(editor.pagesControl(), "New Volume..."));
            UiConditions.waitFor("the wizard finished", TIMEOUT, wizard::done);
            assertTrue(wizard.result());
        }
        assertEquals(disksBefore + 1, editor.document().model().getDisks().size(), "a new disk: "
                + editor.document().text());
        assertEquals(srUuid + "/db-data", editor.document().model().getDisks().get(disksBefore).getVolume());
        UiConditions.waitFor("the volume made on the node", TIMEOUT, () -> Files.exists(dir.resolve("volumes")
                .resolve("db-data.raw")));
    }

    @Test
    public void theNewDomainWizardPutsTheDiskOnAChosenVolume() {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new NewDomainWizard(null));
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell wizard = dialog.getShell();
        Combo nodes = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "node", Combo.class);
        nodes.select(Arrays.asList(nodes.getItems()).indexOf(Arrays.stream(nodes.getItems()).filter(i -> i
                .startsWith(NODE_NAME + " ")).findFirst().orElseThrow()));
        nodes.notifyListeners(SWT.Modify, new Event());
        Widgets.type(Widgets.byData(wizard, DomainEditor.FIELD_KEY, "name", Text.class), "on-volume");
        try (ModalShellInspector<String> chooser = new ModalShellInspector<>("Choose Volume", TIMEOUT,
                shell -> chooseIn(shell, "data1"))) {
            chooser.arm();
            Widgets.press(button(wizard, "Volume..."));
            UiConditions.waitFor("the volume chosen", TIMEOUT, chooser::done);
            chooser.result();
        }
        assertEquals("volume data1 of repository volumes", Widgets.byData(wizard, DomainEditor.FIELD_KEY, "disk",
                Text.class).getText());
        Widgets.press(button(wizard, "Finish"));
        VmInfo created = UiConditions.waitFor("on-volume on the node", TIMEOUT, () -> node.model().vms().stream()
                .filter(v -> v.name().equals("on-volume")).findFirst().orElse(null));
        String xml = AgentCalls.call(agent, c -> WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml",
                c.callWithSession("VM.get_by_uuid", created.uuid()))));
        assertTrue(xml.contains("volume=\"" + srUuid + "/data1\"") && xml.contains("storageBackend=\"file\""), xml);
        assertFalse(xml.contains("target="), xml);
    }
}
