package org.xenophilia.ui.storage.internal.view;

import org.xenophilia.ui.storage.internal.Messages;

/** The Storage view's columns, in order. */
public enum StorageColumn {
    /** A node's, repository's or volume's name, with its state. */
    NAME(Messages.StorageView_name, 280),
    /** A repository's storage size; a volume's virtual size. */
    SIZE(Messages.StorageView_size, 80),
    /** A volume's bytes on its storage (its allocation). */
    ALLOCATION(Messages.StorageView_allocation, 90),
    /** A repository's storage type; a volume's image format. */
    FORMAT(Messages.StorageView_format, 100),
    /** The domains whose disks use a volume, with their devices. */
    USED_BY(Messages.StorageView_usedBy, 160),
    /** A repository's used, allocated and free space, as a bar and in words. */
    CAPACITY(Messages.StorageView_capacity, 300);

    private final String title;
    private final int width;

    StorageColumn(String title, int width) {
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
}
