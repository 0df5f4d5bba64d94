package org.xenophilia.ui.network.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The network bundle's identifiers, shared by its view, commands and tests, and its log. */
public final class NetworkUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.xenophilia.ui.network";
    /** The Networks view. */
    public static final String VIEW_ID = PLUGIN_ID + ".views.networks";
    /** The command that opens the New Network wizard. */
    public static final String NEW_NETWORK_COMMAND = PLUGIN_ID + ".commands.newNetwork";
    /** The command that opens the Edit Network wizard on the selected network. */
    public static final String EDIT_NETWORK_COMMAND = PLUGIN_ID + ".commands.editNetwork";
    /** The command that deletes the selected network. */
    public static final String DELETE_NETWORK_COMMAND = PLUGIN_ID + ".commands.deleteNetwork";
    /** The data key under which the wizard's input controls carry their field's path (for tests). */
    public static final String FIELD_KEY = PLUGIN_ID + ".field";

    private NetworkUi() {
    }

    /**
     * @param message what went wrong
     * @param e the cause, or null
     */
    public static void logError(String message, Throwable e) {
        ILog.of(NetworkUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
    }
}
