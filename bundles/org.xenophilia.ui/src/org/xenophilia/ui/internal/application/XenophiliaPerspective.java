package org.xenophilia.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.xenophilia.ui.XenophiliaUi;

/**
 * The Xenophilia perspective: the Nodes view on the left, the editor area (domain editors) on the right and,
 * below it, a place for the Progress view where remote operations report.
 */
public final class XenophiliaPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("org.xenophilia.ui.folders.left", IPageLayout.LEFT, 0.28f,
                editorArea);
        left.addView(XenophiliaUi.NODES_VIEW_ID);
        layout.getViewLayout(XenophiliaUi.NODES_VIEW_ID).setCloseable(true);
        IFolderLayout top = layout.createFolder("org.xenophilia.ui.folders.top", IPageLayout.TOP, 0.55f, editorArea);
        top.addView(XenophiliaUi.DOMAINS_VIEW_ID);
        IFolderLayout bottom = layout.createFolder("org.xenophilia.ui.folders.bottom", IPageLayout.BOTTOM, 0.6f,
                editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(XenophiliaUi.NODES_VIEW_ID);
        layout.addShowViewShortcut(XenophiliaUi.DOMAINS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addPerspectiveShortcut(XenophiliaUi.PERSPECTIVE_ID);
    }
}
