package org.xenophilia.ui.deploy.internal;

import java.util.Objects;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.image.ImageInfo;

/**
 * An image as the Images view lists and selects it: its node and its record as the node last answered (images are
 * not in the node's model; the view reads them).
 *
 * @param node the node whose catalog lists it
 * @param image the image
 */
public record ImageItem(NodeConnection node, ImageInfo image) {

    /** Checks the fields. */
    public ImageItem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(image, "image");
    }
}
