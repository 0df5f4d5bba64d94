package org.xenophilia.ui.deploy.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.ui.deploy.internal.Messages;
import org.xenophilia.ui.deploy.internal.wizards.DeployImageWizard;
import org.xenophilia.ui.internal.nodes.NodeService;

/** Opens the Deploy Image wizard on the selected image, or on the catalogs of every connected node. */
public final class DeployImageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (NodeService.get().connections().stream().noneMatch(ImageSelection::connected)) {
            MessageDialog.openError(shell, Messages.DeployWizard_title, Messages.DeployWizard_noNode);
            return null;
        }
        ImageSelection selection = ImageSelection.ofSelection(HandlerUtil.getCurrentSelection(event));
        new WizardDialog(shell, new DeployImageWizard(selection.image())).open();
        return null;
    }
}
