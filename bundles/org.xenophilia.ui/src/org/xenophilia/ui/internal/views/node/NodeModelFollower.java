package org.xenophilia.ui.internal.views.node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * Follows the Workbench's node connections for a view: the nodes that come and go, and each one's model changes that
 * matter to the view and connection state, on whatever thread they come, coalesced into one refresh on the display
 * thread that names the nodes that changed (a node followed for the first time counts as changed).
 */
public final class NodeModelFollower {

    private final Predicate<ModelChange> matters;
    private final BiConsumer<List<NodeConnection>, Set<NodeConnection>> refresh;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final List<NodeConnection> observed = new ArrayList<>();
    /** Guarded by {@code this}. */
    private Set<NodeConnection> changed = new LinkedHashSet<>();
    private Control control;
    private NodeService service;

    private final NodeModelListener listener = new NodeModelListener() {
        @Override
        public void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync) {
            if (resync || changes.stream().anyMatch(matters)) {
                changed(node);
            }
        }

        @Override
        public void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
            changed(node);
        }
    };
    private final NodeService.Listener serviceListener = s -> schedule();

    /**
     * @param matters whether a change of a node's model is one the view shows (a resync always is)
     * @param refresh given the service's connections and the nodes that changed, brings the view up to date; run on
     *            the display thread
     */
    public NodeModelFollower(Predicate<ModelChange> matters,
            BiConsumer<List<NodeConnection>, Set<NodeConnection>> refresh) {
        this.matters = matters;
        this.refresh = refresh;
    }

    /**
     * Starts following.
     *
     * @param viewControl the view's control: refreshes stop once it is disposed
     * @param nodes the node service
     */
    public void start(Control viewControl, NodeService nodes) {
        control = viewControl;
        service = nodes;
        nodes.addListener(serviceListener);
        schedule();
    }

    private void changed(NodeConnection node) {
        synchronized (this) {
            changed.add(node);
        }
        schedule();
    }

    private void schedule() {
        if (control == null || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        Display display = control.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::run);
        }
    }

    private void run() {
        refreshPending.set(false);
        if (control.isDisposed()) {
            return;
        }
        Set<NodeConnection> now;
        synchronized (this) {
            now = changed;
            changed = new LinkedHashSet<>();
        }
        List<NodeConnection> nodes = service.connections();
        for (NodeConnection c : nodes) {
            if (!observed.contains(c)) {
                c.addListener(listener);
                observed.add(c);
                now.add(c);
            }
        }
        observed.removeIf(c -> {
            if (!nodes.contains(c)) {
                c.removeListener(listener);
                return true;
            }
            return false;
        });
        refresh.accept(nodes, now);
    }

    /** Stops following. */
    public void dispose() {
        if (service != null) {
            service.removeListener(serviceListener);
        }
        observed.forEach(c -> c.removeListener(listener));
        observed.clear();
    }
}
