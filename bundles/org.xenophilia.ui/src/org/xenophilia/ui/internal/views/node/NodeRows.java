package org.xenophilia.ui.internal.views.node;

/** A node view's rows as its virtual tree asks for them: a snapshot's children and parents. */
public interface NodeRows {

    /**
     * @param parent the tree's input (any object that is not a row) or a row
     * @return its rows, in order (none for a row without children)
     */
    Object[] children(Object parent);

    /**
     * @param row a listed row
     * @return its parent's row (null for a node)
     */
    Object parent(Object row);
}
