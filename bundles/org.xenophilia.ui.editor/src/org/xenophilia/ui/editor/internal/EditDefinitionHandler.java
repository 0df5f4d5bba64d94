package org.xenophilia.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.internal.nodes.DomainItem;

/** Edit Definition: opens the domain editor on each selected domain (an open editor of it is brought forward). */
public final class EditDefinitionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof DomainItem d) {
                    open(page, d);
                }
            }
        }
        return null;
    }

    /**
     * Opens the editor on a domain, or activates the one already open.
     *
     * @param page the workbench page
     * @param domain the domain
     * @return the editor, or null if it could not be opened (the user was told)
     */
    public static IEditorPart open(IWorkbenchPage page, DomainItem domain) {
        String name = domain.vm().map(VmInfo::name).orElse(domain.uuid());
        return open(page, new NodeDomainInput(domain.node().nodeId(), domain.uuid(), name,
                domain.node().node().name()));
    }

    static IEditorPart open(IWorkbenchPage page, NodeDomainInput input) {
        try {
            return page.openEditor(input, DomainEditor.ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.EditDefinitionHandler_title,
                    NLS.bind(Messages.EditDefinitionHandler_cannotOpen, input.name(), e.getMessage()));
            return null;
        }
    }
}
