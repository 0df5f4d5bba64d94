package org.xenophilia.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.ui.internal.wizards.NewConnectionWizard;

/** Opens the New Connection wizard. */
public final class NewConnectionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new WizardDialog(HandlerUtil.getActiveShell(event), new NewConnectionWizard()).open();
        return null;
    }
}
