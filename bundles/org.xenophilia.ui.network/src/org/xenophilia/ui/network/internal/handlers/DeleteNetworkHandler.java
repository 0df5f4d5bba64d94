package org.xenophilia.ui.network.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
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
public final class DeleteNetworkHandler extends ChangeableNetworkHandler {

    /** The title of the refusal. */
    public static final String IN_USE_TITLE = Messages.DeleteNetwork_inUseTitle;
    /** The title of the confirmation. */
    public static final String CONFIRM_TITLE = Messages.DeleteNetwork_confirmTitle;

    @Override
    void run(Shell shell, NetworkSelection.Selected s) {
        NodeNetworks.Network network = s.network();
        NetworkImpact impact = NetworkImpact.of(network);
        if (!impact.none()) {
            MessageDialog.openError(shell, IN_USE_TITLE, NLS.bind(Messages.DeleteNetwork_inUse, network.name(),
                    String.join(", ", impact.domains().stream().map(d -> NLS.bind(Messages.DeleteNetwork_domain, d
                            .name(), String.join(", ", d.devices()))).toList())));
            return;
        }
        String halted = String.join(", ", network.attachments().stream().map(NodeNetworks.Attachment::vmName)
                .distinct().toList());
        String question = NLS.bind(Messages.DeleteNetwork_confirm, network.name(), network.info().bridge())
                + (halted.isEmpty() ? "" : "\n\n" + NLS.bind(Messages.DeleteNetwork_halted, halted, network.name()));
        if (MessageDialog.openConfirm(shell, CONFIRM_TITLE, question)) {
            NetworkJobs.delete(s.node(), network.info().uuid(), network.name()).schedule();
        }
    }
}
