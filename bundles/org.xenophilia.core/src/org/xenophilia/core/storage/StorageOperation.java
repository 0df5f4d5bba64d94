package org.xenophilia.core.storage;

import org.xenophilia.core.NodeOperation;

/**
 * What a {@link StorageJob} does, in the words of its progress and of its failure ("Cannot delete volume data1: ...",
 * see {@code XenApiErrorMessages.storageFailed}).
 */
public enum StorageOperation implements NodeOperation {
    /** Reads the storage types a node offers ({@code SM} records). */
    READ_TYPES("read the storage types of", "Reading the storage types of"),
    /** Looks at a location before a repository is made there ({@code SR.probe_ext}). */
    PROBE("look at the location of", "Looking at the location of"),
    /** {@code SR.create}. */
    CREATE_REPOSITORY("create repository", "Creating repository"),
    /** {@code SR.forget}: the node stops using it, the storage keeps everything. */
    FORGET_REPOSITORY("forget repository", "Forgetting repository"),
    /** {@code SR.destroy}: the repository's storage is removed. */
    DESTROY_REPOSITORY("destroy repository", "Destroying repository"),
    /** {@code PBD.plug}. */
    PLUG_REPOSITORY("plug repository", "Plugging repository"),
    /** {@code PBD.unplug}. */
    UNPLUG_REPOSITORY("unplug repository", "Unplugging repository"),
    /** {@code VDI.create}. */
    CREATE_VOLUME("create volume", "Creating volume"),
    /** {@code VDI.resize} (grow only). */
    RESIZE_VOLUME("resize volume", "Resizing volume"),
    /** {@code VDI.snapshot}. */
    SNAPSHOT_VOLUME("snapshot volume", "Taking a snapshot of volume"),
    /** {@code VDI.destroy}. */
    DELETE_VOLUME("delete volume", "Deleting volume");

    private final String verb;
    private final String progressing;

    StorageOperation(String verb, String progressing) {
        this.verb = verb;
        this.progressing = progressing;
    }

    @Override
    public String verb() {
        return verb;
    }

    @Override
    public String progressing() {
        return progressing;
    }
}
