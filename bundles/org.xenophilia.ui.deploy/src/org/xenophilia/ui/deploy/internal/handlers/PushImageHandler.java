package org.xenophilia.ui.deploy.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.ui.deploy.internal.Messages;
import org.xenophilia.ui.deploy.internal.wizards.PushImageWizard;

/** Opens the Push Image wizard on the selected image's node, or the first connected node. */
public final class PushImageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ImageSelection.ofSelection(HandlerUtil.getCurrentSelection(event)).nodeOrFirst().ifPresentOrElse(
                node -> new WizardDialog(shell, new PushImageWizard(node)).open(), () -> MessageDialog.openError(
                        shell, Messages.PushWizard_title, Messages.PushWizard_noNode));
        return null;
    }
}
