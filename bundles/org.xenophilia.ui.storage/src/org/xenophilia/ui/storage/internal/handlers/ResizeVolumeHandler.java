package org.xenophilia.ui.storage.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.storage.internal.wizards.ResizeVolumeWizard;

/** Opens Resize Volume on the one selected volume, when its node allows resizing it. */
public final class ResizeVolumeHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(target(StorageSelection.of(evaluationContext)) != null);
    }

    private static StorageSelection.Selected<NodeStorage.Volume> target(StorageSelection selection) {
        List<StorageSelection.Selected<NodeStorage.Volume>> volumes = selection.volumes();
        return volumes.size() == 1 && volumes.get(0).live() && volumes.get(0).object().vdi().allows("resize")
                ? volumes.get(0) : null;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        StorageSelection.Selected<NodeStorage.Volume> v = target(StorageSelection.ofSelection(HandlerUtil
                .getCurrentSelection(event)));
        if (v != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new ResizeVolumeWizard(v.node(), v.object().vdi()))
                    .open();
        }
        return null;
    }
}
