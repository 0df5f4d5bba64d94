package org.xenophilia.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** New Domain...: the New Domain wizard, from a shipped template. */
public final class NewDomainHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new WizardDialog(HandlerUtil.getActiveShell(event), new NewDomainWizard(null)).open();
        return null;
    }
}
