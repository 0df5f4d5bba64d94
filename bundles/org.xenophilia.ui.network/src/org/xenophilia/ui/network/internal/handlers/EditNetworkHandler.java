package org.xenophilia.ui.network.internal.handlers;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.xenophilia.core.network.NetworkJob;
import org.xenophilia.core.network.NetworkJobs;
import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.wizards.NetworkWizard;

/**
 * Opens the Edit Network wizard on the selected network, with the definition the node has now: read first in a job
 * ({@code Xenophilia.network.get_xml}), the wizard opened when it is there. A read that fails is reported as any
 * job's failure.
 */
public final class EditNetworkHandler extends ChangeableNetworkHandler {

    @Override
    void run(Shell shell, NetworkSelection.Selected s) {
        String uuid = s.network().info().uuid();
        NetworkJob<String> read = NetworkJobs.readDefinition(s.node(), uuid, s.network().name());
        Display display = shell.getDisplay();
        read.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent e) {
                if (e.getResult().getSeverity() == IStatus.OK && !display.isDisposed()) {
                    display.asyncExec(() -> open(shell, s, uuid, read.answer().orElse("")));
                }
            }
        });
        read.schedule();
    }

    private static void open(Shell shell, NetworkSelection.Selected s, String uuid, String xml) {
        Shell parent = shell.isDisposed() ? null : shell;
        try {
            WizardDialog dialog = new WizardDialog(parent, NetworkWizard.edit(s.node(), uuid, NetworkDefinitions.load(
                    xml)));
            // opened from the read's answer: modal, but the workbench's event loop runs it (no nested loop here)
            dialog.setBlockOnOpen(false);
            dialog.open();
        } catch (NetworkDefinitionException e) {
            MessageDialog.openError(parent, NetworkWizard.EDIT_TITLE, NLS.bind(Messages.EditNetwork_unreadable, s
                    .network().name(), e.getMessage()));
        }
    }
}
