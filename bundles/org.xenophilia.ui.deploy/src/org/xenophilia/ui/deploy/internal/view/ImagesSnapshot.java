package org.xenophilia.ui.deploy.internal.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.image.ImageInfo;
import org.xenophilia.core.image.NodeImages;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;

/**
 * What the Images view lists: each connected node's catalog as it last answered, or why it could not be read, and the
 * rows the filter keeps (an image whose row contains the filter's text in any column, ignoring case). Display thread
 * only.
 */
final class ImagesSnapshot {

    /** Each connected node's catalog, in the order of the node service. */
    private final Map<NodeConnection, NodeImages> catalogs = new LinkedHashMap<>();
    /** Why a node's catalog could not be read, in words. */
    private final Map<NodeConnection, String> failures = new LinkedHashMap<>();
    private String filter = "";

    /**
     * Keeps the nodes listed now, in their order, and forgets the others.
     *
     * @param nodes the connected nodes
     */
    void retain(List<NodeConnection> nodes) {
        Map<NodeConnection, NodeImages> kept = new LinkedHashMap<>();
        for (NodeConnection c : nodes) {
            NodeImages images = catalogs.get(c);
            if (images != null) {
                kept.put(c, images);
            }
        }
        catalogs.clear();
        catalogs.putAll(kept);
        failures.keySet().retainAll(nodes);
    }

    /**
     * @param node a node
     * @param images its catalog as it answered now
     */
    void put(NodeConnection node, NodeImages images) {
        catalogs.put(node, images);
        failures.remove(node);
    }

    /**
     * @param node a node whose catalog could not be read
     * @param words why
     */
    void failed(NodeConnection node, String words) {
        catalogs.remove(node);
        failures.put(node, words);
    }

    /** @param node a node no longer connected: its images are not listed */
    void remove(NodeConnection node) {
        catalogs.remove(node);
        failures.remove(node);
    }

    /** @param text the filter's text */
    void filter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the images the filter keeps, node by node */
    List<ImageItem> rows() {
        List<ImageItem> rows = new ArrayList<>();
        for (Map.Entry<NodeConnection, NodeImages> e : catalogs.entrySet()) {
            for (ImageInfo i : e.getValue().images()) {
                ImageItem item = new ImageItem(e.getKey(), i);
                if (kept(item)) {
                    rows.add(item);
                }
            }
        }
        return rows;
    }

    private boolean kept(ImageItem item) {
        if (filter.isEmpty()) {
            return true;
        }
        for (ImageColumn column : ImageColumn.values()) {
            if (column.text(item).toLowerCase(Locale.ROOT).contains(filter)) {
                return true;
            }
        }
        return false;
    }

    /** @return every node's sources' problems and failed reads, each "alpha: words" */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<NodeConnection, NodeImages> e : catalogs.entrySet()) {
            for (String p : e.getValue().problems()) {
                out.add(NLS.bind(Messages.ImagesView_problem, e.getKey().node().name(), p));
            }
        }
        for (Map.Entry<NodeConnection, String> e : failures.entrySet()) {
            out.add(NLS.bind(Messages.ImagesView_problem, e.getKey().node().name(), e.getValue()));
        }
        return out;
    }

    /**
     * @param node a node
     * @return its catalog as last read; empty when not read (yet)
     */
    NodeImages catalog(NodeConnection node) {
        return catalogs.getOrDefault(node, NodeImages.empty());
    }
}
