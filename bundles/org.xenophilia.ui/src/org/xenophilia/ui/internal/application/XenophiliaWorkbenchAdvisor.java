package org.xenophilia.ui.internal.application;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * Opens every window on the Xenophilia perspective, keeps the window layout between sessions and closes the node
 * connections on shutdown.
 */
public final class XenophiliaWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postShutdown() {
        NodeService.shutdown(); // close every node connection (and its event thread)
        super.postShutdown();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return XenophiliaUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new XenophiliaWindowAdvisor(configurer);
    }
}
