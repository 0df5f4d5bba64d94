package org.xenophilia.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * What the Nodes and Domains views share: following the service's node connections (added, removed) and each
 * one's model and state, with every change, on whatever thread it comes, coalesced into one refresh of the view on
 * the display thread; and the views' icons, made once and disposed with the view.
 */
final class LiveNodes {

    private final Runnable refresh;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final List<NodeConnection> observed = new ArrayList<>();
    private final Map<String, Image> images = new HashMap<>();
    private Control control;
    private NodeService service;

    private final NodeModelListener modelListener = new NodeModelListener() {
        @Override
        public void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync) {
            scheduleRefresh();
        }

        @Override
        public void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
            scheduleRefresh();
        }
    };
    private final NodeService.Listener serviceListener = s -> scheduleRefresh();

    /** @param refresh brings the view up to date; run on the display thread */
    LiveNodes(Runnable refresh) {
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
                if (isLive()) {
                    refresh.run();
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
