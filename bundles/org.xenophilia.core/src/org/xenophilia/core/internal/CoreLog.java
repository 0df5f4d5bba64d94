package org.xenophilia.core.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Logs to the Eclipse log of this bundle, or to standard error where there is none. */
public final class CoreLog {

    /** This bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.xenophilia.core";

    private CoreLog() {
    }

    /**
     * @param message what failed
     * @param e why
     */
    public static void error(String message, Throwable e) {
        try {
            ILog.of(CoreLog.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
        } catch (RuntimeException | LinkageError noPlatform) {
            System.err.println(PLUGIN_ID + ": " + message + ": " + e);
        }
    }
}
