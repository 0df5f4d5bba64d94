package org.xenophilia.ui.internal.application;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.xenophilia.ui.XenophiliaUi;

/**
 * Brings a workspace's Xenophilia perspective to the layout of this version of {@link XenophiliaPerspective}, once.
 * <p>
 * A workspace keeps its windows' layout between sessions (the workbench model), and a perspective factory only runs
 * for a perspective that is new or reset; so a workspace made by an older Workbench would keep the older layout for
 * ever. The factory records the {@link #VERSION} it laid out in the workspace's preferences; when a window opens on a
 * workspace whose recorded version is older (or missing: made before there was one), the perspective is reset, which
 * runs the factory. Open editors stay open. After that the user's own arrangement is kept as always, and Window >
 * Reset Perspective returns to the default at any time.
 */
public final class PerspectiveLayout {

    /**
     * The layout of {@link XenophiliaPerspective} with the views other bundles add to it (3: the storage bundle's
     * Storage view beside the Domains view; 4: the image bundle's Images view stacked with them); raise it with every
     * change a workspace should get.
     */
    public static final int VERSION = 4;
    /** The preference (instance scope of the UI plug-in: the workspace) holding the version laid out last. */
    public static final String PREFERENCE = "perspective.layoutVersion";

    private PerspectiveLayout() {
    }

    /** @return the layout version the workspace's Xenophilia perspective has, 0 for one from before versions */
    public static int current() {
        return preferences().getInt(PREFERENCE, 0);
    }

    /** Called by the factory: the workspace now has this version's layout. */
    static void created() {
        IEclipsePreferences prefs = preferences();
        prefs.putInt(PREFERENCE, VERSION);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            ILog.of(PerspectiveLayout.class).log(Status.warning("cannot save the perspective's layout version", e));
        }
    }

    /**
     * Resets the window's Xenophilia perspective if the workspace's layout is older than this version's.
     *
     * @param window a window that just opened
     * @return whether the perspective was reset
     */
    public static boolean upgrade(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
        if (perspective == null || !XenophiliaUi.PERSPECTIVE_ID.equals(perspective.getId())
                || current() >= VERSION) {
            return false;
        }
        page.resetPerspective(); // runs the factory, which records the version
        return true;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(XenophiliaUi.PLUGIN_ID);
    }
}
