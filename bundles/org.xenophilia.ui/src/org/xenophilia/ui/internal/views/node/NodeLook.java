package org.xenophilia.ui.internal.views.node;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.NodeCallJob;

/**
 * A wizard page's look at a node in the background: a job of its own (a system job: the page says what it is doing),
 * whose end is handed to the page on the display thread, and only while the page's control lives and the look is
 * still the page's current one (a newer look, or a cancel, makes an older answer moot).
 */
public final class NodeLook {

    private NodeCallJob<?> current;

    /**
     * Starts a look, cancelling the one before.
     *
     * @param job the job, not yet scheduled
     * @param owner the page's control
     * @param done told the job's result on the display thread, if still current
     * @param <J> the job's type
     */
    public <J extends NodeCallJob<?>> void start(J job, Control owner, Consumer<J> done) {
        cancel();
        current = job;
        job.setUser(false);
        job.setSystem(true);
        Display display = owner.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL || display.isDisposed()) {
                    return;
                }
                display.asyncExec(() -> {
                    if (current == job && !owner.isDisposed()) {
                        current = null;
                        done.accept(job);
                    }
                });
            }
        });
        job.schedule();
    }

    /** @return whether a look is under way */
    public boolean running() {
        return current != null;
    }

    /** Cancels the look under way, if any (its call is aborted). */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}
