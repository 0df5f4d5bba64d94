package org.xenophilia.ui.storage.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.ui.storage.internal.wizards.NewRepositoryWizard;

/** Opens the New Storage Repository wizard, on the node of the selection if there is one. */
public final class NewRepositoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewRepositoryWizard wizard = new NewRepositoryWizard(StorageSelection.ofSelection(HandlerUtil
                .getCurrentSelection(event)).node().orElse(null));
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
