package org.xenophilia.ui.storage.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.StorageJobs;

/** Takes a snapshot of each selected volume whose node allows it, one job each. */
public final class SnapshotVolumeHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(!targets(StorageSelection.of(evaluationContext)).isEmpty());
    }

    private static List<StorageSelection.Selected<NodeStorage.Volume>> targets(StorageSelection selection) {
        return selection.volumes().stream().filter(v -> v.live() && v.object().vdi().allows("snapshot")).toList();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        for (StorageSelection.Selected<NodeStorage.Volume> v : targets(StorageSelection.ofSelection(HandlerUtil
                .getCurrentSelection(event)))) {
            StorageJobs.snapshotVolume(v.node(), v.object().vdi().uuid(), v.object().vdi().name()).schedule();
        }
        return null;
    }
}
