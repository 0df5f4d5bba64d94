package org.xenophilia.ui.internal.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.xenophilia.ui.internal.Messages;

/**
 * Shapes the main window: title, size, tool bar and status line; once it is open, brings the perspective of a
 * workspace made by an older Workbench to the current layout ({@link PerspectiveLayout}).
 */
final class XenophiliaWindowAdvisor extends WorkbenchWindowAdvisor {

    XenophiliaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new XenophiliaActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.WindowAdvisor_title);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        // later, once the window's restored parts are rendered: resetting while the renderer still builds them
        // fails (the reset parts would be reparented into widgets being made)
        window.getShell().getDisplay().asyncExec(() -> {
            if (window.getShell() != null && !window.getShell().isDisposed()) {
                PerspectiveLayout.upgrade(window);
            }
        });
    }
}
