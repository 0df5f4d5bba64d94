package org.xenophilia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.application.PerspectiveLayout;
import org.xenophilia.ui.testing.UiConditions;

/**
 * A workspace keeps its windows' layout between sessions, so a Workbench with a new perspective layout must bring an
 * existing workspace to it itself: once, when a window opens on a workspace whose layout is older; after that the
 * user's own arrangement stays. (A new workspace, as this test runtime's, is laid out by the current factory.)
 */
public class PerspectiveLayoutTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void backToTheDefaultLayout() {
        page.resetPerspective();
    }

    @Test
    public void aNewWorkspaceHasTheCurrentLayout() {
        assertEquals(XenophiliaUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals(PerspectiveLayout.VERSION, PerspectiveLayout.current());
        assertFalse(PerspectiveLayout.upgrade(window), "nothing to upgrade");
    }

    @Test
    public void anOlderWorkspacesLayoutIsResetOnceThenTheUsersArrangementStays() throws Exception {
        // a workspace of an older Workbench: no layout version recorded, and views where that layout had them
        IViewPart properties = page.findView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(properties, "the Properties view is in the default layout");
        page.hideView(properties);
        InstanceScope.INSTANCE.getNode(XenophiliaUi.PLUGIN_ID).remove(PerspectiveLayout.PREFERENCE);
        assertEquals(0, PerspectiveLayout.current());

        assertTrue(PerspectiveLayout.upgrade(window), "the perspective is reset");
        UiConditions.flush();
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "the current layout's views are back");
        assertNotNull(page.findView(XenophiliaUi.DOMAINS_VIEW_ID));
        assertNotNull(page.findView(XenophiliaUi.NODES_VIEW_ID));
        assertEquals(PerspectiveLayout.VERSION, PerspectiveLayout.current(), "recorded for the next start");

        // from now on what the user arranges is kept, as for any workspace
        page.hideView(page.findView(IPageLayout.ID_PROP_SHEET));
        assertFalse(PerspectiveLayout.upgrade(window));
        assertNull(page.findView(IPageLayout.ID_PROP_SHEET), "the user's choice stays");
    }
}
