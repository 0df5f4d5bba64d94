package org.xenophilia.core.storage;

/**
 * The contract between the Workbench's storage bundle, which makes volumes, and the bundles that need one without
 * depending on it (the domain editor, the New Domain wizard): the Eclipse command {@link #ID}, with the optional
 * parameter {@link #NODE_PARAMETER} (a node's registry id), opens the New Volume wizard and answers, as the command's
 * result, the {@link VolumeReference} a disk names the new volume by, or {@code null} when the user cancelled. When
 * the storage bundle is not installed the command is not defined, and the asking bundle offers no New Volume.
 */
public final class NewVolumeCommand {

    /** The command's id. */
    public static final String ID = "org.xenophilia.ui.storage.commands.newVolume";
    /** Its optional parameter: the node the volume is made on. */
    public static final String NODE_PARAMETER = "org.xenophilia.ui.storage.commands.nodeId";

    private NewVolumeCommand() {
    }
}
