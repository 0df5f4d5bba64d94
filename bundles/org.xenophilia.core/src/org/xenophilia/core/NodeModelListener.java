package org.xenophilia.core;

import java.util.List;

/**
 * Observes a {@link NodeConnection}: its model's changes and its connection state. Called on the node's event thread
 * (never the UI thread; only the final {@link ConnectionState#CLOSED} is reported on the thread that calls
 * {@link NodeConnection#close()}), after the model has been updated, so the listener sees the new state when it reads
 * the model; a UI marshals to its display thread ({@code Display.asyncExec}) and must not block here.
 */
public interface NodeModelListener {

    /**
     * The model changed.
     *
     * @param node the node
     * @param changes what changed, in order
     * @param resync {@code true} for the changes of a full (re)synchronisation after connecting, which make the
     *            model equal to the node's state (objects that disappeared meanwhile are in it as removals)
     */
    void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync);

    /**
     * The connection state changed. When it leaves {@link ConnectionState#CONNECTED} the model is stale: it keeps
     * the last known objects, which must not be shown as current.
     *
     * @param node the node
     * @param state the new state
     * @param message what happened, in words (empty when there is nothing to say)
     */
    default void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
    }
}
