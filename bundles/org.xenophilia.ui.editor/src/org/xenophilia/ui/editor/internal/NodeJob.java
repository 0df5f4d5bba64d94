package org.xenophilia.ui.editor.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.JobClients;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;

/**
 * A job of the editor's bundle that calls nodes: its calls run on {@link JobClients} of its own, so cancelling it (the
 * Progress view's stop button, or the editor closing) aborts the call in flight at once, as {@code VmOperationJob}
 * does, instead of waiting for the node. The job then ends with {@link Status#CANCEL_STATUS} after
 * {@link #cancelled()}. What it learns reaches the UI through {@link #onDisplay(Runnable)}.
 */
abstract class NodeJob extends Job {

    /** The bundle's symbolic name, for statuses. */
    static final String PLUGIN_ID = "org.xenophilia.ui.editor";

    private final JobClients clients = new JobClients(this);

    NodeJob(String name) {
        super(name);
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        try {
            return runCalls(monitor);
        } catch (OperationCanceledException e) {
            cancelled();
            return Status.CANCEL_STATUS;
        } finally {
            clients.close();
        }
    }

    /**
     * The job's work, its node calls through {@link #call}.
     *
     * @param monitor the job's monitor
     * @return the result
     * @throws OperationCanceledException once the job is cancelled
     */
    protected abstract IStatus runCalls(IProgressMonitor monitor);

    /** Called on the job's thread when a cancel stopped the work; nothing by default. */
    protected void cancelled() {
    }

    /**
     * Runs calls on the job's client for a node (logged in on first use).
     *
     * @param node the node
     * @param what what the calls do, for the message ("fetch web01")
     * @param subject the domain's name, for the message
     * @param call the calls
     * @return their result
     * @throws NodeCallException with the failure in words
     * @throws OperationCanceledException if the job was cancelled
     */
    protected final <T> T call(NodeConnection node, String what, String subject, NodeCalls.Call<T> call)
            throws NodeCallException {
        return NodeCalls.run(clients, node, what, subject, call);
    }

    /** Aborts the calls in flight. */
    @Override
    protected void canceling() {
        clients.cancel();
    }

    /**
     * @param severity an {@link IStatus} severity
     * @param message the message
     * @param cause the cause, or null
     * @return a status of this bundle
     */
    static IStatus status(int severity, String message, Throwable cause) {
        return new Status(severity, PLUGIN_ID, message, cause);
    }

    /** @param r run on the display thread, later, unless the display is gone */
    static void onDisplay(Runnable r) {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
