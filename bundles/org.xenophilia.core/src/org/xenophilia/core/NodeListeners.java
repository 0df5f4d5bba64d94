package org.xenophilia.core;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xenophilia.core.internal.CoreLog;

/**
 * The {@link NodeModelListener}s of one {@link NodeConnection}, told in the order they were added. A listener that
 * throws is logged and does not keep the others (or the event loop) from going on.
 */
final class NodeListeners {

    private final List<NodeModelListener> listeners = new CopyOnWriteArrayList<>();

    void add(NodeModelListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    void remove(NodeModelListener listener) {
        listeners.remove(listener);
    }

    void stateChanged(NodeConnection node, ConnectionState state, String message) {
        for (NodeModelListener l : listeners) {
            try {
                l.connectionStateChanged(node, state, message);
            } catch (RuntimeException e) {
                CoreLog.error("a node listener failed", e);
            }
        }
    }

    void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync) {
        List<ModelChange> copy = List.copyOf(changes);
        for (NodeModelListener l : listeners) {
            try {
                l.modelChanged(node, copy, resync);
            } catch (RuntimeException e) {
                CoreLog.error("a node listener failed", e);
            }
        }
    }
}
