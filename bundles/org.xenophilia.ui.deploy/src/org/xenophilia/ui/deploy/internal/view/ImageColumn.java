package org.xenophilia.ui.deploy.internal.view;

import org.xenophilia.core.image.ImageInfo;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;

/** The Images view's columns, in order, each with its cell's text. */
public enum ImageColumn {
    /** The image's name. */
    IMAGE(Messages.ImagesView_image, 160),
    /** Its version. */
    VERSION(Messages.ImagesView_version, 150),
    /** The node whose catalog lists it. */
    NODE(Messages.ImagesView_node, 110),
    /** The size of its file (what a download reads). */
    SIZE(Messages.ImagesView_size, 80),
    /** The smallest volume it is deployed onto. */
    MINIMUM_DISK(Messages.ImagesView_minimumDisk, 110),
    /** A disk image or a root filesystem, with its compression. */
    CONTENT(Messages.ImagesView_content, 140),
    /** Whether the node has its file already (no download needed). */
    DOWNLOADED(Messages.ImagesView_downloaded, 100),
    /** The catalog that lists it. */
    SOURCE(Messages.ImagesView_source, 260);

    private final String title;
    private final int width;

    ImageColumn(String title, int width) {
        this.title = title;
        this.width = width;
    }

    /** @return its header */
    public String title() {
        return title;
    }

    int width() {
        return width;
    }

    /**
     * @param item a listed image
     * @return its cell's text in this column
     */
    public String text(ImageItem item) {
        ImageInfo i = item.image();
        return switch (this) {
            case IMAGE -> i.name();
            case VERSION -> i.version();
            case NODE -> item.node().node().name();
            case SIZE -> ByteSizes.format(i.fileSize());
            case MINIMUM_DISK -> ByteSizes.format(i.minimumDisk());
            case CONTENT -> content(i);
            case DOWNLOADED -> i.local() ? Messages.ImagesView_yes : Messages.ImagesView_no;
            case SOURCE -> i.source();
        };
    }

    private static String content(ImageInfo i) {
        String what = i.content().equals("rootfs") ? Messages.ImagesView_rootfs : Messages.ImagesView_disk;
        return i.compression().isEmpty() || i.compression().equals("none") ? what : what + " (" + i.compression()
                + ")";
    }
}
