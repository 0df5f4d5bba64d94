package org.xenophilia.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;

/**
 * The Workbench's UI plug-in: identifiers shared by the Workbench's views and commands, and the running
 * product's version.
 */
public final class XenophiliaUi extends AbstractUIPlugin {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.xenophilia.ui";
    /** The Xenophilia perspective. */
    public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective";
    /** The Nodes view: every connected Xen host and its domains. */
    public static final String NODES_VIEW_ID = PLUGIN_ID + ".views.nodes";
    /** The Domains view: one table of the domains of every node. */
    public static final String DOMAINS_VIEW_ID = PLUGIN_ID + ".views.domains";

    private static XenophiliaUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        UiThreadCalls.install();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        UiThreadCalls.uninstall();
        instance = null;
        super.stop(context);
    }

    /** @return the running plug-in, or {@code null} before it started */
    public static XenophiliaUi getDefault() {
        return instance;
    }

    /**
     * The Workbench version as users see it: the UI bundle's version, qualifier included (it carries the build
     * time stamp).
     *
     * @return e.g. {@code 0.1.0.202611251530}
     */
    public static String version() {
        Version v = instance == null ? Version.emptyVersion : instance.getBundle().getVersion();
        return v.toString();
    }
}
