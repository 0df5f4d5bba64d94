package org.xenophilia.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.deploy.tests.ImageNode.TIMEOUT;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.image.DeployRequest;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.core.image.ImageJobs;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.view.ImageColumn;
import org.xenophilia.ui.deploy.internal.view.ImagesView;
import org.xenophilia.ui.deploy.internal.wizards.DeployImageWizard;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.internal.views.DomainsView;
import org.xenophilia.ui.storage.internal.VolumeItem;
import org.xenophilia.ui.storage.internal.view.StorageView;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * The Deploy Image wizard against a real Agent with the image deployer, its busybox catalog and a file repository
 * {@code local}: a name a domain of the node has and a size larger than the repository's room are refused in words
 * naming them; corrected, the summary says what is made, Finish deploys, and the new domain ends selected in the
 * Domains view with its volume in the Storage view. A deployment cancelled while its download is held by the source
 * leaves no domain and no volume; while held, the job's progress says "Downloading: 1 MiB of 64 MiB".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DeployImageWizardTest {

    private Path served;
    private HeldImageServer source;
    private ImageNode n;
    private String sr;
    private IWorkbenchPage page;
    private ImagesView images;
    private WizardDialog dialog;

    @BeforeAll
    void start() throws Exception {
        served = Files.createTempDirectory("xenophilia-held-image");
        ImageNode.buildBusybox(served);
        source = new HeldImageServer(served);
        n = ImageNode.withSources("deploy-wizard-test", "deployer", source.catalogUrl());
        sr = n.createSr("local");
        UiConditions.waitFor("local in the model", TIMEOUT, () -> NodeStorage.of(n.node.model()).repository(sr)
                .filter(NodeStorage.Repository::attached).isPresent());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        images = (ImagesView) page.showView(ImagesView.ID);
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
        source.close();
    }

    private ImageItem listed(String name) {
        return UiConditions.waitFor(name + " listed", TIMEOUT, () -> images.listedImages().stream().filter(i -> i
                .node() == n.node && i.image().name().equals(name)).findFirst().orElse(null));
    }

    private static Text field(Shell shell, String key) {
        Text t = Widgets.byData(shell, DeployUi.FIELD_KEY, key, Text.class);
        assertNotNull(t, "a field " + key);
        return t;
    }

    private static Button button(Shell shell, String label) {
        Button b = Widgets.button(shell, label);
        assertNotNull(b, "a button " + label);
        return b;
    }

    private int volumes() {
        return NodeStorage.of(n.node.model()).repository(sr).orElseThrow().volumes().size();
    }

    @Test
    public void aTakenNameAndATooSmallRepositoryAreRefusedThenTheDeployedDomainIsSelected() throws Exception {
        ImageItem rootfs = listed("busybox-rootfs");
        int before = volumes();
        String taken = n.node.model().vms().get(0).name();
        DeployImageWizard wizard = new DeployImageWizard(Optional.of(rootfs));
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        UiConditions.waitFor("the catalog read and busybox-rootfs chosen", TIMEOUT, () -> button(shell, "Next >")
                .isEnabled());
        Screenshots.save(shell, "deploy-wizard-image");
        Widgets.press(button(shell, "Next >"));

        Widgets.type(field(shell, "name"), taken);
        assertEquals("Name " + taken + " is taken: node deployer has a domain of that name.", dialog
                .getCurrentPage().getErrorMessage());
        assertFalse(button(shell, "Next >").isEnabled());
        Widgets.type(field(shell, "name"), "deployed-1");
        Widgets.type(field(shell, "size"), "100 TiB");
        String tooSmall = dialog.getCurrentPage().getErrorMessage();
        assertTrue(tooSmall != null && tooSmall.startsWith("Repository local is too small: it has ") && tooSmall
                .endsWith(" free, the volume needs 100 TiB."), tooSmall);
        assertFalse(button(shell, "Next >").isEnabled());
        Screenshots.save(shell, "deploy-wizard-too-small");
        Widgets.type(field(shell, "size"), "32 MiB");
        assertEquals("Disk size 32 MiB is below the minimum disk of " + rootfs.image().id() + ", 64 MiB.", dialog
                .getCurrentPage().getErrorMessage());
        Widgets.type(field(shell, "size"), "96 MiB");
        assertEquals(null, dialog.getCurrentPage().getErrorMessage());
        Widgets.press(button(shell, "Next >"));
        String summary = Widgets.byData(shell, DeployUi.FIELD_KEY, "summary", Text.class).getText();
        assertTrue(summary.startsWith("Domain deployed-1 on node deployer, from image " + rootfs.image().id()), summary);
        assertTrue(summary.contains("a volume of 96 MiB in repository local (file, "), summary);
        Screenshots.save(shell, "deploy-wizard-summary");
        Widgets.press(button(shell, "Finish"));

        ImageJob<String> job = wizard.job();
        assertNotNull(job, "a job was started");
        UiConditions.waitFor(job.getName() + " done", TIMEOUT, () -> job.getState() == Job.NONE && job
                .getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        String uuid = job.answer().orElseThrow();
        VmInfo vm = UiConditions.waitFor("deployed-1 in the model", TIMEOUT, () -> n.node.model().vm(uuid).orElse(
                null));
        assertEquals("deployed-1", vm.name());
        DomainsView domains = (DomainsView) page.findView(DomainsView.ID);
        UiConditions.waitFor("deployed-1 selected in the Domains view", TIMEOUT, () -> domains != null && domains
                .selectedDomains().equals(List.of(new DomainItem(n.node, uuid))));

        assertEquals(before + 1, volumes(), "its volume was made in local");
        StorageView storage = (StorageView) page.showView(StorageView.ID);
        UiConditions.waitFor("its volume in the Storage view", TIMEOUT, () -> storage.listedVolumes().stream()
                .map(VolumeItem::volume).flatMap(Optional::stream).anyMatch(v -> v.srUuid().equals(sr) && v.uses()
                        .stream().anyMatch(u -> u.vmUuid().equals(uuid))));
    }

    @Test
    public void aDeploymentCancelledInItsDownloadLeavesNothing() throws Exception {
        ImageItem held = listed("held");
        assertEquals("No", images.cellText(held, ImageColumn.DOWNLOADED));
        int before = volumes();
        ImageJob<String> job = ImageJobs.deploy(n.node, new DeployRequest(held.image().id(), sr, "held-1",
                OptionalLong.empty(), OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), false));
        job.schedule();
        assertTrue(source.awaitHeld(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the node began downloading");
        job.cancel();
        UiConditions.waitFor(job.getName() + " done", TIMEOUT, () -> job.getState() == Job.NONE && job
                .getResult() != null);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(List.of(), n.node.model().vmsNamed("held-1"), "no domain");
        UiConditions.waitFor("no volume left in local", TIMEOUT, () -> volumes() == before);
        assertTrue(n.call(c -> WireValues.asMap(c.callWithSession("task.get_all_records"))
                .values().stream().map(WireValues::asMap).noneMatch(t -> "pending".equals(t
                        .get("status")))), "no task left running");
    }

    @Test
    public void theDownloadsPhaseAndBytesAreTheJobsProgress() throws Exception {
        ImageItem held = listed("held");
        int before = volumes();
        ImageJob<String> job = ImageJobs.deploy(n.node, new DeployRequest(held.image().id(), sr, "held-2",
                OptionalLong.empty(), OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), false));
        // the job's body with a monitor of the test's, as the Progress view's would be given it
        List<String> subTasks = new CopyOnWriteArrayList<>();
        NullProgressMonitor progress = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                subTasks.add(name);
            }
        };
        Method run = Job.class.getDeclaredMethod("run", IProgressMonitor.class);
        run.setAccessible(true);
        CompletableFuture<Object> ran = CompletableFuture.supplyAsync(() -> {
            try {
                return run.invoke(job, progress);
            } catch (ReflectiveOperationException e) {
                throw new CompletionException(e);
            }
        });
        assertTrue(source.awaitHeld(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the node began downloading");
        UiConditions.waitFor("the download's bytes in the progress", TIMEOUT, () -> subTasks
                .stream().filter(t -> t.matches("Downloading: [0-9.]+ [KM]iB of 64 MiB")).findFirst().orElse(null));
        progress.setCanceled(true);
        IStatus result = (IStatus) ran.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(IStatus.CANCEL, result.getSeverity(), result.getMessage());
        assertEquals(List.of(), n.node.model().vmsNamed("held-2"), "no domain");
        UiConditions.waitFor("no volume left in local", TIMEOUT, () -> volumes() == before);
    }
}
