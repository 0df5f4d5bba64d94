package org.xenophilia.ui.internal.preferences;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.XenophiliaUi;

/**
 * The Workbench's preferences (instance scope of the UI plug-in), their defaults and how the code reads them. Set on
 * the Xenophilia preference page; the connection timings apply to connections opened afterwards.
 */
public final class WorkbenchPreferences extends AbstractPreferenceInitializer {

    /** Seconds one {@code event.from} may wait on a node; also bounds how late a dead connection is noticed. */
    public static final String EVENT_TIMEOUT = "connection.eventTimeoutSeconds";
    /** The longest wait, in seconds, between two reconnection attempts (the wait doubles from 1 s up to it). */
    public static final String MAX_BACKOFF = "connection.maxBackoffSeconds";
    /** Seconds a TCP connect to a node may take. */
    public static final String CONNECT_TIMEOUT = "connection.connectTimeoutSeconds";
    /** Whether Force Off asks for confirmation first. */
    public static final String CONFIRM_FORCE_OFF = "operations.confirmForceOff";

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = XenophiliaUi.getDefault().getPreferenceStore();
        NodeConnection.Options d = NodeConnection.Options.DEFAULTS;
        store.setDefault(EVENT_TIMEOUT, (int) d.eventTimeout().toSeconds());
        store.setDefault(MAX_BACKOFF, (int) d.maxBackoff().toSeconds());
        store.setDefault(CONNECT_TIMEOUT, (int) d.connectTimeout().toSeconds());
        store.setDefault(CONFIRM_FORCE_OFF, true);
    }

    /** @return the timings for a new connection, from the preferences (the defaults while the plug-in is not up) */
    public static NodeConnection.Options connectionOptions() {
        XenophiliaUi plugin = XenophiliaUi.getDefault();
        if (plugin == null) {
            return NodeConnection.Options.DEFAULTS;
        }
        IPreferenceStore store = plugin.getPreferenceStore();
        NodeConnection.Options d = NodeConnection.Options.DEFAULTS;
        return new NodeConnection.Options(seconds(store, EVENT_TIMEOUT, d.eventTimeout()), d.initialBackoff(),
                seconds(store, MAX_BACKOFF, d.maxBackoff()), seconds(store, CONNECT_TIMEOUT, d.connectTimeout()));
    }

    /** @return whether Force Off asks first */
    public static boolean confirmForceOff() {
        XenophiliaUi plugin = XenophiliaUi.getDefault();
        return plugin == null || plugin.getPreferenceStore().getBoolean(CONFIRM_FORCE_OFF);
    }

    private static Duration seconds(IPreferenceStore store, String key, Duration fallback) {
        int s = store.getInt(key);
        return s > 0 ? Duration.ofSeconds(s) : fallback;
    }
}
