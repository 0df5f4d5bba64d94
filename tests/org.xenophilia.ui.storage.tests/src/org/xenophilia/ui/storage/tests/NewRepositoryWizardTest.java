package org.xenophilia.ui.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.TIMEOUT;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.button;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.choose;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.chooseType;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.field;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.pressWhenEnabled;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.succeeded;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.StorageText;
import org.xenophilia.ui.storage.internal.VolumeItem;
import org.xenophilia.ui.storage.internal.view.StorageColumn;
import org.xenophilia.ui.storage.internal.view.StorageView;
import org.xenophilia.ui.storage.internal.wizards.NewRepositoryWizard;
import org.xenophilia.ui.storage.internal.wizards.NewVolumeWizard;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * The New Storage Repository and New Volume wizards driven as a user drives them, against a real Agent with the
 * {@code file} backend and a third party's types: a repository made through the wizard shows in the Storage view with
 * its capacity, then its volume; what the node finds at a location is shown before anything is written, with a force
 * checkbox only when other data is there; a type no plug-in contributes a page for gets the generic page made from the
 * node's description; a type whose contributed page is broken gets it too, with the error logged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NewRepositoryWizardTest {

    private static final long MIB = 1L << 20;

    private StorageNode n;
    private IWorkbenchPage page;
    private StorageView view;
    private WizardDialog dialog;

    @BeforeAll
    void start() throws Exception {
        n = new StorageNode("storage-wizard-test", "storage-wizard");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (StorageView) page.showView(StorageView.ID);
    }

    @AfterEach
    void closeTheWizardAndCheckTheUiThread() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        n.close();
    }

    /** Opens New Storage Repository, chooses the node, a type and a name, and goes Next. */
    private Shell openOn(String typeName, String name) {
        NewRepositoryWizard wizard = new NewRepositoryWizard(null);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        assertEquals(NewRepositoryWizard.TITLE, shell.getText());
        choose(shell, "node", n.name);
        chooseType(shell, typeName);
        type(shell, "name", name);
        pressWhenEnabled(shell, "Next >");
        return shell;
    }

    private NewRepositoryWizard wizard() {
        return (NewRepositoryWizard) dialog.getCurrentPage().getWizard();
    }

    /** The probe page's findings, once the node has answered. */
    private String findings(Shell shell) {
        Text findings = field(shell, "findings", Text.class);
        return UiConditions.waitFor("the node's findings", TIMEOUT, () -> findings.getText().startsWith(
                "Node " + n.name + " is looking") ? null : findings.getText());
    }

    @Test
    public void aRepositoryMadeWithTheWizardIsListedWithItsCapacityThenItsVolume() throws Exception {
        Path location = n.dir.resolve("wizard-disks");
        Shell shell = openOn("file", "wizard-disks");
        assertFalse(wizard().genericPage(), "the file type's own page");
        assertFalse(button(shell, "Finish").isEnabled(), "nothing is made before the node has looked");
        type(shell, "location", location.toString());
        pressWhenEnabled(shell, "Next >");
        String found = findings(shell);
        assertFalse(Files.exists(location), "looking wrote nothing: " + found);
        Screenshots.save(shell, "new-repository-probe");
        pressWhenEnabled(shell, "Finish");
        succeeded(wizard().job());
        assertTrue(Files.isDirectory(location));

        RepositoryItem item = StorageUiSteps.repository(view, n, "wizard-disks");
        String sr = n.call(c -> WireValues.asString(c.callWithSession("SR.get_by_uuid", item.srUuid())));
        long size = WireValues.asLong(n.record("SR", sr).get("physical_size"));
        assertEquals(StorageText.size(size), view.cellText(item, StorageColumn.SIZE), "the file system's size");
        assertEquals("file", view.cellText(item, StorageColumn.FORMAT));
        NodeStorage.Repository shown = item.repository().orElseThrow();
        assertEquals(StorageText.size(shown.sr().physicalUtilisation()) + " used, 0 B allocated, "
                + StorageText.size(shown.sr().free()) + " free", view.cellText(item, StorageColumn.CAPACITY));

        NewVolumeWizard volumes = new NewVolumeWizard(n.node, item.srUuid());
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), volumes);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell volumeShell = dialog.getShell();
        assertTrue(field(volumeShell, "repository", Combo.class).getText().startsWith("wizard-disks (file, "),
                field(volumeShell, "repository", Combo.class).getText());
        type(volumeShell, "name", "data1");
        type(volumeShell, "size", "64");
        field(volumeShell, "sizeUnit", Combo.class).select(0); // MiB
        field(volumeShell, "sizeUnit", Combo.class).notifyListeners(SWT.Modify, new Event());
        Screenshots.save(volumeShell, "new-volume");
        pressWhenEnabled(volumeShell, "Finish");
        assertEquals("data1", volumes.result().orElseThrow().volumeName());
        succeeded(volumes.job());
        VolumeItem data1 = StorageUiSteps.volume(view, n, "data1");
        assertEquals("64 MiB", view.cellText(data1, StorageColumn.SIZE));
        assertEquals("raw", view.cellText(data1, StorageColumn.FORMAT));
        assertEquals("", view.cellText(data1, StorageColumn.USED_BY));
        assertTrue(Files.size(location.resolve("data1.raw")) == 64 * MIB);
        UiConditions.waitFor("64 MiB allocated in the repository's capacity", TIMEOUT, () -> view.cellText(item,
                StorageColumn.CAPACITY).contains(", 64 MiB allocated, "));
        Screenshots.save(view.getSite().getShell(), "storage-view");
    }

    /** Needs {@code SR.probe_ext} (issue 13's storage API) and {@code force} in {@code SR.create}'s configuration. */
    @Test
    public void theNodeSaysWhatIsThereBeforeAnythingIsWrittenAndForceIsOfferedOnlyForOtherData() throws Exception {
        Path empty = n.dir.resolve("probe-empty");
        Shell shell = openOn("file", "probe-empty");
        type(shell, "location", empty.toString());
        pressWhenEnabled(shell, "Next >");
        assertTrue(findings(shell).contains("Nothing is there yet"), findings(shell));
        assertFalse(field(shell, "force", Button.class).isVisible(), "no force without other data");
        assertTrue(button(shell, "Finish").isEnabled());
        dialog.close();

        Path used = Files.createDirectories(n.dir.resolve("probe-used"));
        Files.writeString(used.resolve("notes.txt"), "an admin's notes\n");
        shell = openOn("file", "probe-used");
        type(shell, "location", used.toString());
        pressWhenEnabled(shell, "Next >");
        String found = findings(shell);
        assertTrue(found.contains("Other data is there:"), found);
        assertEquals(IMessageProvider.WARNING, dialog.getCurrentPage() instanceof IMessageProvider m
                ? m.getMessageType() : -1);
        Button force = field(shell, "force", Button.class);
        assertTrue(force.isVisible(), "force offered for other data");
        assertFalse(button(shell, "Finish").isEnabled(), "not without force");
        Screenshots.save(shell, "new-repository-other-data");
        Widgets.press(force);
        pressWhenEnabled(shell, "Finish");
        succeeded(wizard().job());
        StorageUiSteps.repository(view, n, "probe-used");
        assertEquals("an admin's notes\n", Files.readString(used.resolve("notes.txt")), "the other data stays");
    }

    /** Needs {@code SM.get_all_records} (issue 13's storage API): the page is made from the type's SM record. */
    @Test
    public void aTypeWithoutAContributedPageGetsTheGenericPageFromTheNodesDescription() throws Exception {
        Shell shell = openOn(ThirdPartyTypes.PLAIN, "generic");
        assertTrue(wizard().genericPage());
        Text root = field(shell, "root", Text.class);
        Text blockSize = field(shell, "block-size", Text.class);
        field(shell, "verify", Combo.class);
        List<String> labels = new ArrayList<>();
        for (Control c : Widgets.all(shell)) {
            if (c instanceof Label l) {
                labels.add(l.getText());
            }
        }
        assertTrue(labels.contains("root *"), "required: " + labels);
        assertTrue(labels.contains("where its volumes go (path)"), labels.toString());
        assertEquals("default: 4K", blockSize.getMessage());
        assertEquals("Enter root: where its volumes go", dialog.getCurrentPage().getErrorMessage());
        Widgets.type(blockSize, "lots");
        Widgets.type(root, "/srv/example");
        assertEquals("block-size must be a size: bytes, or a number with K, M, G, T or P.",
                dialog.getCurrentPage().getErrorMessage());
        Widgets.type(blockSize, "8K");
        assertEquals(null, dialog.getCurrentPage().getErrorMessage());
        assertTrue(button(shell, "Next >").isEnabled());
        Screenshots.save(shell, "generic-type-page");
    }

    @Test
    public void aBrokenContributionGivesWayToTheGenericPageWithItsErrorLogged() throws Exception {
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            Shell shell = openOn(ThirdPartyTypes.BROKEN, "broken");
            assertTrue(wizard().genericPage(), "the generic page stands in");
            String message = dialog.getCurrentPage() instanceof IMessageProvider m ? m.getMessage() : "";
            assertTrue(message.contains("org.xenophilia.ui.storage.tests") && message.contains(ThirdPartyTypes.BROKEN),
                    message);
            assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains(
                    "org.xenophilia.ui.storage.tests.NoSuchPage")), "logged: " + logged);
            // the node describes the type (its SM record): the generic page asks for its keys
            assertTrue(field(shell, "root", Text.class).isVisible(), "the generic page's fields");
        } finally {
            Platform.removeLogListener(listener);
        }
        dialog.close();
        // the others still work: the file type's own page
        openOn("file", "after-broken");
        assertFalse(wizard().genericPage());
    }

    @Test
    public void theNodesTypesAreListedWithTheirContributedLabels() {
        Shell shell = openOn("file", "listing");
        dialog.showPage(dialog.getCurrentPage().getPreviousPage());
        Table table = field(shell, "type", Table.class);
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0));
        }
        assertTrue(rows.containsAll(Arrays.asList("Directory (file)", "Broken store")), "contributed labels: " + rows);
        assertTrue(Arrays.stream(table.getItems()).anyMatch(i -> (i.getText(0) + i.getText(1)).contains("example")),
                "the third party's type without a contribution, by the node's name or words for it: " + rows);
        assertFalse(rows.contains("Throwing store"), "a contribution for a type the node does not offer is not listed");
    }
}
