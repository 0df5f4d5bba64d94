package org.xenophilia.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.xenophilia.ui.XenophiliaUi;

/**
 * The Xenophilia perspective, laid out as the Java and Debug perspectives are, views around a large editor area: the
 * Nodes view on the left with the Properties view (and the Progress view when shown) below it, the Domains view
 * across the bottom under the editor area, and the editor area, where domain editors open, taking the rest: over three
 * quarters of the width and two thirds of the height, half the window (the Java perspective gives its editor about
 * 42 %). The Domains view keeps a band wide enough for its columns and, in a 1200 x 800 window, five rows.
 * <p>
 * A workspace keeps the layout it was closed with; {@link PerspectiveLayout} resets the perspective once when this
 * factory's {@link PerspectiveLayout#VERSION} is newer than the layout a workspace has.
 */
public final class XenophiliaPerspective implements IPerspectiveFactory {

    /** The left column: the Nodes view. */
    static final String LEFT = "org.xenophilia.ui.folders.left";
    /** Below the Nodes view: Properties, and Progress when shown. */
    static final String LEFT_BOTTOM = "org.xenophilia.ui.folders.leftBottom";
    /** Below the editor area: the Domains view. */
    static final String BOTTOM = "org.xenophilia.ui.folders.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(XenophiliaUi.NODES_VIEW_ID);
        layout.getViewLayout(XenophiliaUi.NODES_VIEW_ID).setCloseable(true);
        IFolderLayout leftBottom = layout.createFolder(LEFT_BOTTOM, IPageLayout.BOTTOM, 0.6f, LEFT);
        leftBottom.addView(IPageLayout.ID_PROP_SHEET);
        leftBottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        // the Domains view across the bottom: wide enough for its columns, a third of the height for its rows
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.65f, editorArea);
        bottom.addView(XenophiliaUi.DOMAINS_VIEW_ID);
        layout.addShowViewShortcut(XenophiliaUi.NODES_VIEW_ID);
        layout.addShowViewShortcut(XenophiliaUi.DOMAINS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addPerspectiveShortcut(XenophiliaUi.PERSPECTIVE_ID);
        PerspectiveLayout.created();
    }
}
