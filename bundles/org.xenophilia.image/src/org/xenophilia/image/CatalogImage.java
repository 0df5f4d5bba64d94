package org.xenophilia.image;

import java.util.Objects;

import org.xenophilia.image.catalog.Image;

/**
 * An image as a node offers it: the catalog's entry, which source it came from, and whether its file is already on
 * the node.
 *
 * @param entry the catalog's entry (valid by {@link ImageCatalogValidator}); not to be changed
 * @param source the catalog it came from, as the node's settings name it (a directory or a URL)
 * @param local whether the verified file is on the node: a deployment downloads nothing
 */
public record CatalogImage(Image entry, String source, boolean local) {

    /** Checks the parts. */
    public CatalogImage {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(source, "source");
    }

    /** {@return the image's id on the node, {@code NAME:VERSION}} */
    public String id() {
        return entry.getName() + ":" + entry.getVersion();
    }
}
