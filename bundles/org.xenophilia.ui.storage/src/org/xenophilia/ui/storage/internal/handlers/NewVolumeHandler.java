package org.xenophilia.ui.storage.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.storage.internal.StorageUi;
import org.xenophilia.ui.storage.internal.wizards.NewVolumeWizard;

/**
 * Opens the New Volume wizard on the node named by the command's parameter ({@link StorageUi#NODE_PARAMETER}: the
 * domain editor asks for a volume of its domain's node) or of the selection, in the selected repository. The command
 * answers how a disk names the volume made ({@code VolumeReference}), or null if the wizard was cancelled.
 */
public final class NewVolumeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        StorageSelection selection = StorageSelection.ofSelection(HandlerUtil.getCurrentSelection(event));
        String nodeId = event.getParameter(StorageUi.NODE_PARAMETER);
        NodeConnection node = nodeId != null ? NodeService.get().connection(nodeId).orElse(null)
                : selection.node().orElse(null);
        String sr = nodeId != null ? null : selection.srUuid().orElse(null);
        NewVolumeWizard wizard = new NewVolumeWizard(node, sr);
        if (new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open() != Window.OK) {
            return null;
        }
        return wizard.result().orElse(null);
    }
}
