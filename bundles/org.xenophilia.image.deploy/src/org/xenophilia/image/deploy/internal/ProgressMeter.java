package org.xenophilia.image.deploy.internal;

import java.util.List;

import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployProgress;
import org.xenophilia.image.ImageException;

/**
 * A deployment's progress as the phases go through their bytes: the bytes reported at most every {@value #STEP}
 * bytes (a task's event costs more than a block), the cancellation asked after every block.
 */
final class ProgressMeter {

    /** How many bytes pass between two reports. */
    static final long STEP = 64 * 1024;

    private final DeployProgress progress;
    private long done;
    private long reported;

    ProgressMeter(DeployProgress progress) {
        this.progress = progress;
    }

    /** A phase begins, at {@code done} bytes of {@code total} (-1: it counts none). */
    void phase(DeployPhase phase, long total, long done) {
        progress.phase(phase, total);
        this.done = done;
        this.reported = done;
        if (done > 0) {
            progress.bytes(done);
        }
    }

    /**
     * Counts a block gone through, then asks whether the deployment was cancelled.
     *
     * @throws ImageException {@link ImageException.Kind#CANCELLED}
     */
    void add(long bytes) throws ImageException {
        done += bytes;
        if (done - reported >= STEP) {
            progress.bytes(done);
            reported = done;
        }
        checkCancelled();
    }

    /** Reports the last bytes of a phase. */
    void flush() {
        if (done != reported) {
            progress.bytes(done);
            reported = done;
        }
    }

    /** @return whether the deployment was cancelled (for a running tool, which is then killed) */
    boolean cancelled() {
        return progress.cancelled();
    }

    /** @throws ImageException {@link ImageException.Kind#CANCELLED} if the deployment was cancelled */
    void checkCancelled() throws ImageException {
        if (progress.cancelled()) {
            throw cancellation();
        }
    }

    /** @return the failure of a cancelled deployment */
    static ImageException cancellation() {
        return new ImageException(ImageException.Kind.CANCELLED, "the deployment was cancelled", List.of());
    }
}
