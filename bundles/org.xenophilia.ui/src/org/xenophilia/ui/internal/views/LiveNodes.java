package org.xenophilia.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.core.PbdInfo;
import org.xenophilia.core.SrInfo;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.XenObject;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * What the Nodes and Domains views share: following the service's node connections (added, removed) and each
 * one's model and state, with every change, on whatever thread it comes, coalesced into one refresh of the view on
 * the display thread; and the views' icons, made once and disposed with the view.
 */
final class LiveNodes {

    /**
     * What changed since the view's last refresh, for a view that updates only what changed (the Nodes view's tree
     * would otherwise rebuild every domain's item on every event).
     */
    static final class Changes {
        /** Nodes came or went: refresh everything. */
        boolean everything;
        /** Nodes whose domains came or went, or whose state changed (stale greying): refresh their subtree. */
        final Set<NodeConnection> restructured = new LinkedHashSet<>();
        /** Domains whose record changed, by node: update their labels. */
        final Map<NodeConnection, Set<String>> modified = new LinkedHashMap<>();

        static Changes everything() {
            Changes c = new Changes();
            c.everything = true;
            return c;
        }
    }

    private final Consumer<Changes> refresh;
    /** Guarded by {@code this}. */
    private Changes pending = Changes.everything();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final List<NodeConnection> observed = new ArrayList<>();
    private final Map<String, Image> images = new HashMap<>();
    private Control control;
    private NodeService service;

    private final NodeModelListener modelListener = new NodeModelListener() {
        @Override
        public void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync) {
            if (!resync && changes.stream().allMatch(ch -> isStorage(ch.object()))) {
                return; // a volume made or resized: nothing these views show
            }
            synchronized (LiveNodes.this) {
                boolean structural = resync || changes.stream().anyMatch(ch -> ch.object() instanceof VmInfo
                        && ch.kind() != ModelChange.Kind.MODIFIED);
                if (structural) {
                    pending.restructured.add(node);
                } else {
                    for (ModelChange ch : changes) {
                        if (ch.object() instanceof VmInfo vm) {
                            pending.modified.computeIfAbsent(node, n -> new LinkedHashSet<>()).add(vm.uuid());
                        }
                    }
                }
            }
            scheduleRefresh();
        }

        @Override
        public void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
            synchronized (LiveNodes.this) {
                pending.restructured.add(node);
            }
            scheduleRefresh();
        }
    };
    private final NodeService.Listener serviceListener = s -> {
        synchronized (LiveNodes.this) {
            pending.everything = true;
        }
        scheduleRefresh();
    };

    /** Storage is the Storage view's: the Nodes and Domains views and their properties show none of it. */
    private static boolean isStorage(XenObject o) {
        return o instanceof SrInfo || o instanceof PbdInfo || o instanceof VdiInfo;
    }

    /** @param refresh brings the view up to date, all of it; run on the display thread */
    LiveNodes(Runnable refresh) {
        this(changes -> refresh.run());
    }

    /** @param refresh brings the view up to date with what changed; run on the display thread */
    LiveNodes(Consumer<Changes> refresh) {
        this.refresh = refresh;
    }

    /**
     * Starts following the nodes.
     *
     * @param viewControl the view's main control: refreshes stop once it is disposed
     * @param nodes the Workbench's node service
     */
    void start(Control viewControl, NodeService nodes) {
        this.control = viewControl;
        this.service = nodes;
        nodes.addListener(serviceListener);
    }

    /** @return whether the view can be refreshed now (started, control not disposed) */
    boolean isLive() {
        return control != null && !control.isDisposed();
    }

    /**
     * Brings the listened-to connections up to date with the service's; call at the start of each refresh.
     *
     * @return the service's connections now, in registry order
     */
    List<NodeConnection> connections() {
        List<NodeConnection> now = service.connections();
        for (NodeConnection c : now) {
            if (!observed.contains(c)) {
                c.addListener(modelListener);
                observed.add(c);
            }
        }
        observed.removeIf(c -> {
            if (!now.contains(c)) {
                c.removeListener(modelListener);
                return true;
            }
            return false;
        });
        return now;
    }

    private void scheduleRefresh() {
        if (control == null || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        Display display = control.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                refreshPending.set(false);
                Changes changes;
                synchronized (this) {
                    changes = pending;
                    pending = new Changes();
                }
                if (isLive()) {
                    refresh.accept(changes);
                }
            });
        }
    }

    /**
     * @param name a file in the bundle's {@code icons/}
     * @return its image, made on first use
     */
    Image image(String name) {
        return images.computeIfAbsent(name, n -> ImageDescriptor.createFromURL(getClass().getResource("/icons/" + n))
                .createImage(false));
    }

    /** Stops following the nodes and disposes the images. */
    void dispose() {
        if (service != null) {
            service.removeListener(serviceListener);
        }
        observed.forEach(c -> c.removeListener(modelListener));
        observed.clear();
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
