package org.xenophilia.agent.internal.image;

import java.util.Map;

import org.xenophilia.agent.internal.api.TaskManager.TrackedTask;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployProgress;

/**
 * A deployment's progress as its task shows it: {@code progress} through the phases ({@link DeployPhase#start}, and
 * within a phase that counts bytes, by its bytes), and in {@code other_config} the phase's wire name, the bytes done
 * and in all ({@code -1} when the phase counts none) and the image's id. The deployer's cancellation is the task's.
 */
final class TaskDeployProgress implements DeployProgress {

    static final String PHASE = "xenophilia:phase";
    static final String BYTES_DONE = "xenophilia:bytes_done";
    static final String BYTES_TOTAL = "xenophilia:bytes_total";
    static final String IMAGE = "xenophilia:image";

    private final TrackedTask task;
    private final String image;
    private DeployPhase phase = DeployPhase.CHECKING;
    private long total = -1;

    TaskDeployProgress(TrackedTask task, String image) {
        this.task = task;
        this.image = image;
    }

    @Override
    public synchronized void phase(DeployPhase next, long totalBytes) {
        phase = next;
        total = totalBytes;
        describe(totalBytes < 0 ? -1 : 0, true);
    }

    @Override
    public synchronized void bytes(long done) {
        describe(done, false);
    }

    @Override
    public boolean cancelled() {
        return task.cancelled();
    }

    private void describe(long done, boolean milestone) {
        double end = phase.ordinal() + 1 < DeployPhase.values().length ? DeployPhase.values()[phase.ordinal() + 1].start
                : 1.0;
        double within = total > 0 && done > 0 ? Math.min(1.0, (double) done / total) : 0;
        task.describe(Map.of(PHASE, phase.wire, BYTES_DONE, Long.toString(done), BYTES_TOTAL, Long.toString(total),
                IMAGE, image), phase.start + (end - phase.start) * within, milestone);
    }
}
