package org.xenophilia.ui.deploy.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.internal.handlers.HandlerSelection;
import org.xenophilia.ui.internal.nodes.NodeService;

/** What the image commands act on: the first selected image (of a connected node), or a selected node. */
final class ImageSelection {

    private final List<?> elements;

    private ImageSelection(Object selection) {
        elements = HandlerSelection.elements(selection);
    }

    /** @return the selection of a handler's evaluation context */
    static ImageSelection of(Object evaluationContext) {
        return new ImageSelection(HandlerSelection.of(evaluationContext));
    }

    /** @return a selection, as {@code HandlerUtil.getCurrentSelection} gives it */
    static ImageSelection ofSelection(Object selection) {
        return new ImageSelection(selection);
    }

    /** @return the first selected image, if its node is connected */
    Optional<ImageItem> image() {
        return elements.stream().filter(ImageItem.class::isInstance).map(ImageItem.class::cast).filter(
                i -> connected(i.node())).findFirst();
    }

    /** @return the node of the first selected image or node, if connected; else the first connected node */
    Optional<NodeConnection> nodeOrFirst() {
        for (Object o : elements) {
            NodeConnection c = o instanceof ImageItem i ? i.node() : o instanceof NodeConnection n ? n : null;
            if (c != null && connected(c)) {
                return Optional.of(c);
            }
        }
        return NodeService.get().connections().stream().filter(ImageSelection::connected).findFirst();
    }

    static boolean connected(NodeConnection c) {
        return c.state() == ConnectionState.CONNECTED && !c.isStale();
    }
}
