package org.xenophilia.ui.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.TIMEOUT;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.field;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.pressWhenEnabled;
import static org.xenophilia.ui.storage.tests.StorageUiSteps.type;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.VolumeItem;
import org.xenophilia.ui.storage.internal.handlers.DeleteVolumeHandler;
import org.xenophilia.ui.storage.internal.view.StorageColumn;
import org.xenophilia.ui.storage.internal.view.StorageView;
import org.xenophilia.ui.storage.internal.wizards.NewVolumeWizard;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * The Storage view against a real Agent with the {@code file} backend, changed by another administrator: volumes
 * made, grown and deleted show live; a volume a domain uses is refused deletion naming the domain (here, and by the
 * node when asked anyway); an unplugged repository and an unreachable node show as such; a cancelled job stops its
 * call while the node is frozen. No XenAPI call may happen on the UI thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class StorageViewTest {

    private static final long MIB = 1L << 20;
    /** Well below the clients' 60 s read timeout: a cancelled job that ends within it was aborted, not timed out. */
    private static final Duration ABORTED = Duration.ofSeconds(20);

    private StorageNode n;
    private IWorkbenchPage page;
    private StorageView view;

    @BeforeAll
    void start() throws Exception {
        n = new StorageNode("storage-view-test", "storage-view");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (StorageView) page.showView(StorageView.ID);
    }

    @AfterEach
    void checkTheUiThread() {
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        n.close();
    }

    private String cell(Object element, StorageColumn column) {
        return view.cellText(element, column);
    }

    @Test
    public void volumesMadeGrownAndDeletedByAnotherAdministratorShowLive() {
        String sr = n.createSr("live");
        RepositoryItem repository = StorageUiSteps.repository(view, n, "live");
        String vdi = n.createVdi(sr, "live1", 32 * MIB);
        VolumeItem volume = StorageUiSteps.volume(view, n, "live1");
        UiConditions.waitFor("32 MiB shown", TIMEOUT, () -> "32 MiB".equals(cell(volume, StorageColumn.SIZE)));
        assertEquals("raw", cell(volume, StorageColumn.FORMAT));
        UiConditions.waitFor("the repository's allocation", TIMEOUT, () -> cell(repository, StorageColumn.CAPACITY)
                .contains(", 32 MiB allocated, "));

        n.call(c -> c.callWithSession("VDI.resize", vdi, Long.toString(48 * MIB)));
        UiConditions.waitFor("48 MiB shown", TIMEOUT, () -> "48 MiB".equals(cell(volume, StorageColumn.SIZE)));
        UiConditions.waitFor("the repository's allocation grown", TIMEOUT, () -> cell(repository,
                StorageColumn.CAPACITY).contains(", 48 MiB allocated, "));

        n.call(c -> c.callWithSession("VDI.destroy", vdi));
        UiConditions.waitFor("live1 gone", TIMEOUT, () -> StorageUiSteps.listedVolume(view, n, "live1").isEmpty());
        assertTrue(StorageUiSteps.listedRepository(view, n, "live").isPresent());
    }

    @Test
    public void aVolumeADomainUsesIsRefusedDeletionNamingTheDomain() throws Exception {
        String sr = n.createSr("used");
        n.createVdi(sr, "root", 16 * MIB);
        VolumeItem volume = StorageUiSteps.volume(view, n, "root");
        n.createDomain("web01", "xvda", n.dir.resolve("used").resolve("root.raw"));
        UiConditions.waitFor("the domain that uses it", TIMEOUT, () -> "web01 (xvda)".equals(cell(volume,
                StorageColumn.USED_BY)));

        page.activate(view);
        view.select(List.of(volume));
        List<String> menu = Widgets.menuLabels(view.getViewer().getControl());
        assertTrue(menu.containsAll(List.of("New Volume...", "Resize...", "Snapshot", "Delete...")), "menu: " + menu);
        assertTrue(Widgets.menuItemEnabled(view.getViewer().getControl(), "Delete..."), "offered, refused with why");
        try (ModalShellInspector<String> refusal = new ModalShellInspector<>(DeleteVolumeHandler.IN_USE_TITLE,
                TIMEOUT, shell -> Widgets.all(shell).stream().filter(Label.class::isInstance).map(l -> ((Label) l)
                        .getText()).filter(t -> t.contains("web01")).findFirst().orElse(""))) {
            refusal.arm();
            view.getSite().getService(IHandlerService.class).executeCommand(
                    "org.xenophilia.ui.storage.commands.deleteVolume", null);
            UiConditions.waitFor("the refusal", TIMEOUT, refusal::done);
            assertTrue(refusal.result().contains("Volume root is used by web01 (xvda)."), refusal.result());
        }
        assertTrue(Files.exists(n.dir.resolve("used").resolve("root.raw")));

        // the node refuses too, when asked anyway (another Workbench's model was behind): its words name the domain
        StorageJob<Void> job = StorageJobs.deleteVolume(n.node, volume.vdiUuid(), "root");
        job.setUser(false);
        job.setSystem(true);
        job.schedule();
        UiConditions.waitFor("the node's refusal", TIMEOUT, () -> job.getState() == Job.NONE
                && job.getResult() != null);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertEquals("Cannot delete volume root: it is in use by domain web01 as xvda", job.getResult().getMessage());
        assertTrue(StorageUiSteps.listedVolume(view, n, "root").isPresent());
    }

    /**
     * Needs issue 13's VBDs: a disk that names a volume ({@code storageBackend}, {@code volume}) is a VBD of that
     * volume's VDI, so the view names its domain and the node refuses to delete the volume under it.
     */
    @Test
    public void aDomainWhoseDiskNamesTheVolumeIsShownAsItsUser() {
        String sr = n.createSr("named");
        n.createVdi(sr, "named1", 8 * MIB);
        VolumeItem volume = StorageUiSteps.volume(view, n, "named1");
        String srUuid = n.uuid("SR", sr);
        n.call(c -> c.callWithSession("Xenophilia.VM.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                  <name>db02</name>
                  <type>pv</type>
                  <memory>256</memory>
                  <vcpus>1</vcpus>
                  <kernel>/boot/vmlinuz</kernel>
                  <disk vdev="xvdc" storageBackend="file" volume="%s/named1"/>
                </domain>
                """.formatted(srUuid)));
        UiConditions.waitFor("the domain whose disk names it", TIMEOUT, () -> "db02 (xvdc)".equals(cell(volume,
                StorageColumn.USED_BY)));
        StorageJob<Void> job = StorageJobs.deleteVolume(n.node, volume.vdiUuid(), "named1");
        job.setUser(false);
        job.setSystem(true);
        job.schedule();
        UiConditions.waitFor("the node's refusal", TIMEOUT, () -> job.getState() == Job.NONE
                && job.getResult() != null);
        assertEquals("Cannot delete volume named1: it is in use by domain db02 as xvdc", job.getResult().getMessage());
    }

    @Test
    public void anUnpluggedRepositoryAndAnUnreachableNodeShowAsSuch() {
        String sr = n.createSr("plugs");
        n.createVdi(sr, "p1", 8 * MIB);
        RepositoryItem repository = StorageUiSteps.repository(view, n, "plugs");
        StorageUiSteps.volume(view, n, "p1");
        String pbd = n.call(c -> (String) WireValues.asList(c.callWithSession("SR.get_PBDs",
                sr)).get(0));
        n.call(c -> c.callWithSession("PBD.unplug", pbd));
        UiConditions.waitFor("shown unplugged, without its volumes", TIMEOUT, () -> "plugs (unplugged)".equals(cell(
                repository, StorageColumn.NAME)) && StorageUiSteps.listedVolume(view, n, "p1").isEmpty());
        assertEquals(greyed(), item(repository).getForeground(0));
        n.call(c -> c.callWithSession("PBD.plug", pbd));
        UiConditions.waitFor("plugged again, with its volume", TIMEOUT, () -> "plugs".equals(cell(repository,
                StorageColumn.NAME)) && StorageUiSteps.listedVolume(view, n, "p1").isPresent());

        n.node.disconnect();
        try {
            UiConditions.waitFor("the node offline", TIMEOUT, () -> n.node.state() == ConnectionState.OFFLINE);
            UiConditions.waitFor("its storage greyed, as last known", TIMEOUT, () -> greyed().equals(item(repository)
                    .getForeground(0)));
            assertEquals("plugs", cell(repository, StorageColumn.NAME), "the last known state stays listed");
        } finally {
            n.node.connect();
        }
        UiConditions.waitFor("current again", TIMEOUT, () -> n.node.state() == ConnectionState.CONNECTED
                && !greyed().equals(item(repository).getForeground(0)));
    }

    /** The scale the view is built for: a repository of a thousand volumes, a virtual subtree made as it is shown. */
    @Test
    public void aThousandVolumesAreListedAndOnlyTheRowsShownAreMade() {
        String sr = n.createSr("many");
        n.call(c -> {
            for (int i = 0; i < 1000; i++) {
                c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", String.format("v%04d", i),
                        "virtual_size", Long.toString(MIB), "type", "user", "sharable", false, "read_only", false,
                        "other_config", Map.of()));
            }
            return null;
        });
        RepositoryItem repository = StorageUiSteps.repository(view, n, "many");
        long[] seen = new long[1];
        try {
            UiConditions.waitFor("a thousand volumes listed", TIMEOUT,
                    () -> (seen[0] = volumesListedIn(repository)) == 1000);
        } catch (AssertionError e) {
            fail(e.getMessage() + ": " + seen[0] + " listed, the node's model has "
                    + n.node.model().objects(VdiInfo.class).size() + " VDIs", e);
        }
        TreeItem item = item(repository);
        UiConditions.waitFor("the repository's row counts them", TIMEOUT, () -> item.getItemCount() == 1000);
        long made = Arrays.stream(item.getItems()).filter(i -> i.getData() != null).count();
        assertTrue(made < 200, "only the rows the tree shows are made: " + made);
        assertEquals("1 MiB", cell(StorageUiSteps.volume(view, n, "v0999"), StorageColumn.SIZE));
        UiConditions.waitFor("the allocation of all of them", TIMEOUT, () -> cell(repository, StorageColumn.CAPACITY)
                .contains(", 1000 MiB allocated, "));
    }

    /**
     * @return how many of the view's volume rows are on the repository; one reading of the node's storage for all of
     *         them (a reading per row made this probe quadratic, and the display thread that runs it starved the view
     *         it waits for: with a thousand volumes the view fell behind the node's events)
     */
    private long volumesListedIn(RepositoryItem repository) {
        NodeStorage storage = NodeStorage.of(n.node.model());
        return view.listedVolumes().stream().filter(v -> storage.volume(v.vdiUuid())
                .map(x -> x.srUuid().equals(repository.srUuid())).orElse(false)).count();
    }

    private TreeItem item(Object element) {
        view.getViewer().reveal(element);
        return (TreeItem) view.getViewer().testFindItem(element);
    }

    private static Color greyed() {
        return Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
    }

    @Test
    public void cancellingASlowCreateAbortsItsCallWhileTheNodeIsFrozen() throws Exception {
        n.createSr("slow");
        RepositoryItem repository = StorageUiSteps.repository(view, n, "slow");
        NewVolumeWizard wizard = new NewVolumeWizard(n.node, repository.srUuid());
        WizardDialog dialog = new WizardDialog(view.getSite().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        type(shell, "name", "slow1");
        type(shell, "size", "1");
        assertTrue(field(shell, "repository", Combo.class).getText().startsWith("slow "));
        n.agent.signal("STOP"); // the node accepts connections but never answers
        try {
            pressWhenEnabled(shell, "Finish");
            StorageJob<String> job = wizard.job();
            UiConditions.waitFor("the create blocked reading from the node", ABORTED, () -> AgentNode
                    .isBlockedReading(job.getThread()));
            job.cancel(); // as the Progress view's stop button does
            UiConditions.waitFor("the cancelled create ended while the node is still frozen", ABORTED,
                    () -> job.getState() == Job.NONE);
            assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        } finally {
            n.agent.signal("CONT");
        }
    }
}
