package org.xenophilia.ui.network.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.network.NetworkImpact;
import org.xenophilia.core.network.NetworkJobs;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.network.internal.Messages;

/**
 * Deletes the selected network after confirmation, in a job. The node refuses while a running domain's vif is on it
 * ({@code NETWORK_CONTAINS_VIF}), so the refusal comes first, here, naming those domains ({@link NetworkImpact});
 * the confirmation names the halted domains that keep naming the network (they cannot start until it exists again or
 * their vif is changed).
 */
public final class DeleteNetworkHandler extends AbstractHandler {

    /** The title of the refusal. */
    public static final String IN_USE_TITLE = Messages.DeleteNetwork_inUseTitle;
    /** The title of the confirmation. */
    public static final String CONFIRM_TITLE = Messages.DeleteNetwork_confirmTitle;

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(NetworkSelection.of(evaluationContext).network().filter(NetworkSelection.Selected::changeable)
                .isPresent());
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<NetworkSelection.Selected> selected = NetworkSelection.ofSelection(HandlerUtil.getCurrentSelection(
                event)).network().filter(NetworkSelection.Selected::changeable);
        if (selected.isEmpty()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        NodeNetworks.Network network = selected.get().network();
        NetworkImpact impact = NetworkImpact.of(network);
        if (!impact.none()) {
            MessageDialog.openError(shell, IN_USE_TITLE, NLS.bind(Messages.DeleteNetwork_inUse, network.name(),
                    String.join(", ", impact.domains().stream().map(d -> NLS.bind(Messages.DeleteNetwork_domain, d
                            .name(), String.join(", ", d.devices()))).toList())));
            return null;
        }
        String halted = String.join(", ", network.attachments().stream().map(NodeNetworks.Attachment::vmName)
                .distinct().toList());
        String question = NLS.bind(Messages.DeleteNetwork_confirm, network.name(), network.info().bridge())
                + (halted.isEmpty() ? "" : "\n\n" + NLS.bind(Messages.DeleteNetwork_halted, halted, network.name()));
        if (MessageDialog.openConfirm(shell, CONFIRM_TITLE, question)) {
            NetworkJobs.delete(selected.get().node(), network.info().uuid(), network.name()).schedule();
        }
        return null;
    }
}
