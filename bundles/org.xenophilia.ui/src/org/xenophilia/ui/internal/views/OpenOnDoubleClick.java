package org.xenophilia.ui.internal.views;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.viewers.IDoubleClickListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.handlers.IHandlerService;
import org.xenophilia.ui.internal.nodes.DomainItem;

/**
 * A double-click on a domain runs the Open Domain command ({@link #COMMAND}) on the selection, as a double-click
 * opens a file in the IDE. This bundle only defines the command: its handler comes from whoever can open a domain
 * (the domain editor), so the views do not depend on the editor and a product without it simply has no handler. A
 * double-click on anything else (a node) expands or collapses it.
 */
final class OpenOnDoubleClick implements IDoubleClickListener {

    /** The command a double-click on a domain runs. */
    static final String COMMAND = "org.xenophilia.ui.commands.openDomain";

    private final IViewSite site;

    private OpenOnDoubleClick(IViewSite site) {
        this.site = site;
    }

    /** Makes a double-click in the viewer open the domains it selects. */
    static void install(StructuredViewer viewer, IViewSite site) {
        viewer.addDoubleClickListener(new OpenOnDoubleClick(site));
    }

    @Override
    public void doubleClick(org.eclipse.jface.viewers.DoubleClickEvent event) {
        if (!(event.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
            return;
        }
        Object first = selection.getFirstElement();
        if (first instanceof DomainItem) {
            try {
                site.getService(IHandlerService.class).executeCommand(COMMAND, null);
            } catch (CommandException e) {
                // not handled (no editor in this product) or not enabled: a double-click then does nothing
            }
        } else if (event.getViewer() instanceof TreeViewer tree) {
            tree.setExpandedState(first, !tree.getExpandedState(first));
        }
    }
}
