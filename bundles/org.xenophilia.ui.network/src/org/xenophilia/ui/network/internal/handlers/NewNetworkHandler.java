package org.xenophilia.ui.network.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.wizards.NetworkWizard;

/**
 * Opens the New Network wizard on the node of the selection (a node, a network or a lease in the Networks view), or
 * else on the first connected node.
 */
public final class NewNetworkHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<NodeConnection> node = NetworkSelection.ofSelection(HandlerUtil.getCurrentSelection(event)).node()
                .filter(c -> c.state() == ConnectionState.CONNECTED).or(() -> NodeService.get().connections()
                        .stream().filter(c -> c.state() == ConnectionState.CONNECTED).findFirst());
        if (node.isEmpty()) {
            MessageDialog.openError(shell, NetworkWizard.NEW_TITLE, Messages.NewNetwork_noNode);
            return null;
        }
        new WizardDialog(shell, NetworkWizard.create(node.get())).open();
        return null;
    }
}
