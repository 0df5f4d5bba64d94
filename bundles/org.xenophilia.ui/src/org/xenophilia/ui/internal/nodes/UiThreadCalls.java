package org.xenophilia.ui.internal.nodes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Watches that no XenAPI call is made on the UI thread: every call blocks on the network, and a node that answers
 * slowly would freeze the Workbench. Installed as the {@link XenApiClient#setCallGuard call guard} when the UI
 * plug-in starts; a call on a display thread is logged as an error with its stack and remembered, and the UI tests
 * assert that none was made.
 */
public final class UiThreadCalls {

    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

    private UiThreadCalls() {
    }

    /** Makes every XenAPI client of this JVM report calls on a display thread. */
    public static void install() {
        XenApiClient.setCallGuard(UiThreadCalls::check);
    }

    /** Stops watching (the plug-in stops). */
    public static void uninstall() {
        XenApiClient.setCallGuard(null);
    }

    private static void check(String method) {
        if (Display.getCurrent() != null) {
            String what = method + " on thread '" + Thread.currentThread().getName() + "'";
            VIOLATIONS.add(what);
            ILog.of(UiThreadCalls.class).log(Status.error("XenAPI call " + what + " made on the UI thread: the "
                    + "Workbench freezes until the node answers", new Throwable("called from")));
        }
    }

    /** @return the XenAPI calls made on a UI thread since the plug-in started, oldest first */
    public static List<String> violations() {
        return List.copyOf(VIOLATIONS);
    }
}
