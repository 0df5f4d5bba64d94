package org.xenophilia.ui.internal.views.node;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.xenophilia.core.NodeConnection;

/**
 * Gives a {@code SWT.VIRTUAL} tree of nodes the rows it asks for, by parent and index, from the view's snapshot: a
 * refresh tells the tree only its counts, and the tree asks for the rows it shows.
 */
public final class LazyNodeRows implements ILazyTreeContentProvider {

    private final TreeViewer viewer;
    private final NodeRows rows;

    /**
     * @param viewer the tree, whose input is what the nodes are listed under
     * @param rows the snapshot the rows are read from
     */
    public LazyNodeRows(TreeViewer viewer, NodeRows rows) {
        this.viewer = viewer;
        this.rows = rows;
    }

    @Override
    public void updateElement(Object parent, int index) {
        if (parent == null) {
            // GTK asks for a row's data while JFace takes its parent's element away (a refresh that
            // disassociates the rows): that row is about to be made again, from its new parent
            return;
        }
        Object[] children = rows.children(parent);
        if (index < children.length) {
            Object child = children[index];
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, rows.children(child).length);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = rows.children(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof NodeConnection ? viewer.getInput() : rows.parent(element);
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
    }
}
