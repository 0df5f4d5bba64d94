package org.xenophilia.ui.deploy.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The image bundle's identifiers, shared by its view, commands and tests, and its log. */
public final class DeployUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.xenophilia.ui.deploy";
    /** The Images view. */
    public static final String VIEW_ID = PLUGIN_ID + ".views.images";
    /** The command that opens the Deploy Image wizard. */
    public static final String DEPLOY_COMMAND = PLUGIN_ID + ".commands.deployImage";
    /** The command that has the selected images' nodes (or every connected node) read their sources again. */
    public static final String REFRESH_COMMAND = PLUGIN_ID + ".commands.refreshImages";
    /** The command that removes the selected image's download from its node. */
    public static final String FORGET_COMMAND = PLUGIN_ID + ".commands.forgetDownload";
    /** The command that opens the Push Image wizard. */
    public static final String PUSH_COMMAND = PLUGIN_ID + ".commands.pushImage";
    /** The command of the Workbench that opens the selected domain in the editor. */
    public static final String OPEN_DOMAIN_COMMAND = "org.xenophilia.ui.commands.openDomain";
    /** The data key under which the wizards' input controls carry their field's name (for tests). */
    public static final String FIELD_KEY = PLUGIN_ID + ".field";

    private DeployUi() {
    }

    /**
     * @param message what went wrong
     * @param e the cause, or null
     */
    public static void logError(String message, Throwable e) {
        ILog.of(DeployUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
    }
}
