package org.xenophilia.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.xenophilia.ui.XenophiliaUi;

/**
 * The Nodes view: every Xen host the Workbench knows, with its domains below it. Until a node is connected it
 * says so instead of showing a blank tree.
 */
public final class NodesView extends ViewPart {

    /** The view's identifier, as registered in plugin.xml. */
    public static final String ID = XenophiliaUi.NODES_VIEW_ID;

    static final String EMPTY_MESSAGE = "No nodes yet. Xen hosts you connect to are listed here with their domains.";

    private TreeViewer viewer;
    private Label emptyHint;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        emptyHint = new Label(parent, SWT.WRAP);
        emptyHint.setText(EMPTY_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 6).hint(200, SWT.DEFAULT).applyTo(emptyHint);

        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.setContentProvider(new NoNodesContentProvider());
        viewer.setInput(List.of());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        getSite().setSelectionProvider(viewer);
    }

    /** @return the tree of nodes and domains */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** @return the text shown while no node is known, or {@code null} once nodes are listed */
    public String getEmptyMessage() {
        return emptyHint.isDisposed() || !emptyHint.isVisible() ? null : emptyHint.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Placeholder content until nodes can be connected: a tree with no roots. */
    private static final class NoNodesContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }
}
