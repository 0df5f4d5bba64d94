package org.xenophilia.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.deploy.tests.ImageNode.TIMEOUT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.view.ImageColumn;
import org.xenophilia.ui.deploy.internal.view.ImagesView;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/**
 * The Images view against two real Agents: one whose local catalog holds the busybox images, listed with their node,
 * sizes, content, downloaded state and source, and filtered by the filter box; one without the image deployer, whose
 * refusal shows as its node's problem. A node that disconnects leaves the list. The context menu deploys, refreshes
 * (the catalog as another administrator changed it), pushes, and forgets only a download.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ImagesViewTest {

    private ImageNode images;
    private ImageNode plain;
    private ImagesView view;

    @BeforeAll
    void start() throws Exception {
        images = ImageNode.withImages("images-view-test", "imagery");
        plain = ImageNode.withoutImages("images-view-plain", "plain");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (ImagesView) page.showView(ImagesView.ID);
    }

    @AfterEach
    void noCallOnTheUiThread() {
        Widgets.type(view.getFilter(), "");
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        images.close();
        plain.close();
    }

    private List<ImageItem> listedOf(ImageNode n) {
        return view.listedImages().stream().filter(i -> i.node() == n.node).toList();
    }

    @Test
    public void theNodesCatalogIsListedWithWhatEachImageIs() throws Exception {
        List<ImageItem> listed = UiConditions.waitFor("the busybox images listed", TIMEOUT, () -> {
            List<ImageItem> l = listedOf(images);
            return l.size() == 4 ? l : null;
        });
        assertEquals(List.of("busybox-disk", "busybox-disk-raw", "busybox-disk-xz", "busybox-rootfs"), listed.stream()
                .map(i -> i.image().name()).toList());
        ImageItem rootfs = listed.get(3);
        assertEquals("busybox-rootfs", view.cellText(rootfs, ImageColumn.IMAGE));
        assertEquals("imagery", view.cellText(rootfs, ImageColumn.NODE));
        assertEquals("64 MiB", view.cellText(rootfs, ImageColumn.MINIMUM_DISK));
        assertEquals("Root filesystem (gz)", view.cellText(rootfs, ImageColumn.CONTENT));
        assertEquals("Yes", view.cellText(rootfs, ImageColumn.DOWNLOADED), "its own catalog's files need no download");
        assertEquals("Disk image (xz)", view.cellText(listed.get(2), ImageColumn.CONTENT));
        Screenshots.save(view.getSite().getShell(), "images-view");
    }

    @Test
    public void theFilterKeepsTheImagesWhoseRowHasItsText() {
        UiConditions.waitFor("the busybox images listed", TIMEOUT, () -> listedOf(images).size() == 4);
        Widgets.type(view.getFilter(), "XZ");
        assertEquals(List.of("busybox-disk-xz"), listedOf(images).stream().map(i -> i.image().name()).toList());
        assertEquals(1, view.getViewer().getTable().getItemCount(), "and only it is shown");
        Widgets.type(view.getFilter(), "");
        assertEquals(4, listedOf(images).size());
    }

    @Test
    public void aNodeWithoutImagesShowsItsRefusalAsItsProblem() {
        String problem = UiConditions.waitFor("plain's problem shown", TIMEOUT, () -> view.shownProblems().stream()
                .filter(p -> p.startsWith("plain: ")).findFirst().orElse(null));
        assertTrue(problem.contains("Cannot read the images of node plain"), problem);
        assertEquals(List.of(), listedOf(plain));
    }

    @Test
    public void aDisconnectedNodesImagesLeaveTheList() {
        UiConditions.waitFor("the busybox images listed", TIMEOUT, () -> listedOf(images).size() == 4);
        images.node.disconnect();
        UiConditions.waitFor("its images gone", TIMEOUT, () -> listedOf(images).isEmpty());
        images.node.connect();
        UiConditions.waitFor("listed again once connected", TIMEOUT, () -> listedOf(images).size() == 4);
    }

    @Test
    public void theContextMenuRefreshesTheCatalogAndForgetsOnlyDownloads() throws Exception {
        List<ImageItem> listed = UiConditions.waitFor("the busybox images listed", TIMEOUT, () -> {
            List<ImageItem> l = listedOf(images);
            return l.size() == 4 ? l : null;
        });
        view.getSite().getPage().activate(view);
        view.select(List.of(listed.get(0)));
        Control table = view.getViewer().getControl();
        List<String> menu = Widgets.menuLabels(table);
        assertTrue(menu.containsAll(List.of("Deploy Image...", "Refresh", "Forget Download...", "Push Image...")),
                menu.toString());
        assertFalse(Widgets.menuItemEnabled(table, "Forget Download..."), "an image of the node's own directory is"
                + " no download");

        // another administrator takes an image out of the node's catalog; Refresh shows the catalog as it is now
        Path file = images.catalog.resolve("catalog.xml");
        String before = Files.readString(file);
        Catalog catalog = ImageCatalogs.load(file);
        catalog.getImages().removeIf(i -> i.getName().equals("busybox-disk-raw"));
        ImageCatalogs.save(catalog, file);
        try {
            Widgets.chooseMenuItem(table, "Refresh");
            UiConditions.waitFor("busybox-disk-raw gone after Refresh", TIMEOUT, () -> listedOf(images).size() == 3
                    && listedOf(images).stream().noneMatch(i -> i.image().name().equals("busybox-disk-raw")));
        } finally {
            Files.writeString(file, before);
            view.refreshCatalogs(List.of(images.node));
            UiConditions.waitFor("the catalog whole again", TIMEOUT, () -> listedOf(images).size() == 4);
        }
    }
}
