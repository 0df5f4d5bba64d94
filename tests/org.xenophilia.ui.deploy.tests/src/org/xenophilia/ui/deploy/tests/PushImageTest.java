package org.xenophilia.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.deploy.tests.ImageNode.TIMEOUT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.view.ImageColumn;
import org.xenophilia.ui.deploy.internal.view.ImagesView;
import org.xenophilia.ui.deploy.internal.wizards.PushImageWizard;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/**
 * Push Image against a real Agent with the image deployer: a file of this machine, beside a {@code catalog.xml} that
 * names it, is sent over the node's pinned TLS connection; the Images view then lists it as the node's own. A file
 * without a catalog beside it asks for its entry, checked by the catalog rules as typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PushImageTest {

    private ImageNode n;
    private ImagesView view;
    private WizardDialog dialog;
    private Path outside;

    @BeforeAll
    void start() throws Exception {
        n = ImageNode.withImages("push-image-test", "pushee");
        outside = Files.createTempDirectory("xenophilia-push");
        ImageNode.buildBusybox(outside);
        view = (ImagesView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(
                ImagesView.ID);
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

    private Shell open() {
        PushImageWizard wizard = new PushImageWizard(n.node);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog.getShell();
    }

    private static Text field(Shell shell, String key) {
        Text t = Widgets.byData(shell, DeployUi.FIELD_KEY, key, Text.class);
        assertNotNull(t, "a field " + key);
        return t;
    }

    @Test
    public void aFileBesideItsCatalogIsPushedAndListedAsTheNodesOwn() throws Exception {
        // the busybox disk as another image: the node's catalog has busybox-disk already
        Path dir = Files.createDirectories(outside.resolve("other"));
        Path file = Files.copy(outside.resolve("busybox-disk.raw.zst"), dir.resolve("pushed-disk.raw.zst"));
        Catalog built = ImageCatalogs.load(outside.resolve("catalog.xml"));
        Image disk = built.getImages().stream().filter(i -> i.getName().equals("busybox-disk")).findFirst()
                .orElseThrow();
        disk.setName("pushed-disk");
        disk.getUrls().set(0, "pushed-disk.raw.zst");
        Files.writeString(dir.resolve("catalog.xml"), ImageCatalogs.toXml(disk));

        Shell shell = open();
        Widgets.type(field(shell, "file"), file.toString());
        assertEquals(null, dialog.getCurrentPage().getErrorMessage());
        assertTrue(!field(shell, "name").isEnabled(), "the entry is the catalog's: its fields are not asked");
        assertEquals("pushed-disk", field(shell, "name").getText(), "but shown");
        Screenshots.save(shell, "push-image");
        Button finish = Widgets.button(shell, "Finish");
        Widgets.press(finish);
        ImageJob<String> job = ((PushImageWizard) dialog.getCurrentPage().getWizard()).job();
        UiConditions.waitFor(job.getName() + " done", TIMEOUT, () -> job.getState() == Job.NONE && job
                .getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals("pushed-disk:" + disk.getVersion(), job.answer().orElseThrow());
        ImageItem pushed = UiConditions.waitFor("pushed-disk listed", TIMEOUT, () -> view.listedImages().stream()
                .filter(i -> i.node() == n.node && i.image().name().equals("pushed-disk")).findFirst().orElse(null));
        assertEquals("Yes", view.cellText(pushed, ImageColumn.DOWNLOADED));
        assertEquals(disk.getSha256(), pushed.image().sha256(), "the sum the push measured is the file's");
    }

    @Test
    public void aFileWithoutACatalogAsksForItsEntryCheckedAsTyped() throws Exception {
        Path dir = Files.createDirectories(outside.resolve("bare"));
        Path file = Files.copy(outside.resolve("busybox-disk.raw"), dir.resolve("bare.raw"));
        Shell shell = open();
        Widgets.type(field(shell, "file"), file.toString());
        assertEquals("Enter the image's name and version.", dialog.getCurrentPage().getErrorMessage());
        Widgets.type(field(shell, "name"), "bare");
        Widgets.type(field(shell, "version"), "1");
        Widgets.type(field(shell, "contentSize"), "64 MiB");
        Widgets.type(field(shell, "minimumDisk"), "64 MiB");
        Widgets.byData(shell, DeployUi.FIELD_KEY, "boot", org.eclipse.swt.widgets.Combo.class).select(1);
        Widgets.type(field(shell, "cmdline"), "root=/dev/xvda");
        String problem = dialog.getCurrentPage().getErrorMessage();
        assertTrue(problem != null && problem.startsWith("template.kernel: "), problem);
        Widgets.type(field(shell, "kernel"), "/boot/vmlinuz");
        assertEquals(null, dialog.getCurrentPage().getErrorMessage());
    }
}
