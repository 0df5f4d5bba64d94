package org.xenophilia.ui.storage.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.xenophilia.core.storage.NewVolumeCommand;

/** The storage bundle's identifiers, shared by its views, commands and tests, and its log. */
public final class StorageUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.xenophilia.ui.storage";
    /** The Storage view. */
    public static final String VIEW_ID = PLUGIN_ID + ".views.storage";
    /** The command that opens the New Volume wizard; answers the new volume's {@code VolumeReference}. */
    public static final String NEW_VOLUME_COMMAND = NewVolumeCommand.ID;
    /** The command's optional parameter: the node the volume is made on. */
    public static final String NODE_PARAMETER = NewVolumeCommand.NODE_PARAMETER;
    /** The data key under which the wizards' and pages' input controls carry their field's name (for tests). */
    public static final String FIELD_KEY = PLUGIN_ID + ".field";

    private StorageUi() {
    }

    /**
     * @param message what went wrong
     * @param e the cause, or null
     */
    public static void logError(String message, Throwable e) {
        ILog.of(StorageUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
    }
}
