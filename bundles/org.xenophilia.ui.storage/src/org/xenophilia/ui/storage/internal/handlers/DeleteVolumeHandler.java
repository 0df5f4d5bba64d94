package org.xenophilia.ui.storage.internal.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageText;

/**
 * Deletes the selected volumes after confirmation, one job each. A volume a domain's disk uses is refused here,
 * naming the domain and its device, before anything is asked of the node (which would refuse too, with
 * {@code VDI_IN_USE}: the job then names the domains the node reports).
 */
public final class DeleteVolumeHandler extends AbstractHandler {

    /** The title of the refusal. */
    public static final String IN_USE_TITLE = Messages.DeleteVolume_inUseTitle;
    /** The title of the confirmation. */
    public static final String CONFIRM_TITLE = Messages.DeleteVolume_confirmTitle;

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(!targets(StorageSelection.of(evaluationContext)).isEmpty());
    }

    private static List<StorageSelection.Selected<NodeStorage.Volume>> targets(StorageSelection selection) {
        return selection.volumes().stream().filter(v -> v.live() && v.object().vdi().allows("destroy")).toList();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<StorageSelection.Selected<NodeStorage.Volume>> volumes = targets(StorageSelection.ofSelection(
                HandlerUtil.getCurrentSelection(event)));
        if (volumes.isEmpty()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        List<String> inUse = volumes.stream().filter(v -> v.object().inUse()).map(v -> NLS.bind(
                Messages.DeleteVolume_inUseBy, v.object().vdi().name(), StorageText.uses(v.object().uses())))
                .toList();
        if (!inUse.isEmpty()) {
            MessageDialog.openError(shell, IN_USE_TITLE, NLS.bind(Messages.DeleteVolume_inUse, String.join("\n",
                    inUse)));
            return null;
        }
        String names = volumes.stream().map(v -> v.object().vdi().name()).collect(Collectors.joining(", "));
        if (!MessageDialog.openConfirm(shell, CONFIRM_TITLE, NLS.bind(volumes.size() == 1
                ? Messages.DeleteVolume_confirmOne : Messages.DeleteVolume_confirmMany, names))) {
            return null;
        }
        for (StorageSelection.Selected<NodeStorage.Volume> v : volumes) {
            StorageJobs.deleteVolume(v.node(), v.object().vdi().uuid(), v.object().vdi().name()).schedule();
        }
        return null;
    }
}
