package org.xenophilia.ui.internal.handlers;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.ui.PlatformUI;

/**
 * Asks the workbench to re-evaluate the enablement of toolbar and menu items. Handler enablement depends on the
 * domains' power states, which change with node events, not only with the selection; the views call this after
 * each refresh so that, e.g., Start greys out once the selected domain runs.
 */
public final class EnablementUpdates {

    private EnablementUpdates() {
    }

    /** Posts the request (display thread or not); does nothing while no workbench runs. */
    public static void request() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
    }
}
