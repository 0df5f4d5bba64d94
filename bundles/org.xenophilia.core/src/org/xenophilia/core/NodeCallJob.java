package org.xenophilia.core;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.xenophilia.core.internal.CoreLog;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * One operation of the Workbench on one node as a user job with progress: its calls run on a client of the job's own
 * ({@link JobClients}), so cancelling the job (the Progress view's stop button, a wizard's Cancel) aborts the call in
 * flight at once; the result is then {@link Status#CANCEL_STATUS}. A failure is an error status in the words of the
 * subclass ("Cannot delete volume data1: ..."). What the calls answer (a new object's UUID, what a node reports) is
 * {@link #answer()} once the job is done. The storage and network jobs are its kinds: each names its
 * {@link NodeOperation}, its family and its failures' words.
 *
 * @param <T> what the calls answer
 */
public abstract class NodeCallJob<T> extends Job {

    /** The calls of a job, on its logged-in client. */
    @FunctionalInterface
    public interface Calls<T> {
        /**
         * @param c the job's client
         * @param progress the job's progress for the calls
         * @return the answer
         * @throws XenApiException if the node refuses
         * @throws IOException if the node cannot be reached, or the call was aborted
         */
        T run(XenApiClient c, SubMonitor progress) throws XenApiException, IOException;
    }

    /** Words for a refusal, when the operation knows more than the error says (who uses a volume). */
    @FunctionalInterface
    public interface Explanation {
        /**
         * @param c the job's client, to ask the node more
         * @param e the refusal
         * @return the sentence, "Cannot ...: ..."
         * @throws XenApiException if the node refuses to say more
         * @throws IOException if the node cannot be reached
         */
        String explain(XenApiClient c, XenApiException e) throws XenApiException, IOException;
    }

    private final NodeOperation operation;
    private final Object family;
    private final NodeConnection node;
    private final String subject;
    private final Calls<T> calls;
    private final JobClients clients = new JobClients(this);
    private Explanation explanation = (c, e) -> failed(e);
    private volatile T answer;

    /**
     * @param operation what it does; the job's name, as progress shows it, says so ("Deleting volume data1 on alpha")
     * @param family the family of every job of its kind, for {@code IJobManager.find/join/cancel}
     * @param node the node
     * @param subject what it acts on, by name ("volume data1" is named "data1")
     * @param calls the calls
     */
    protected NodeCallJob(NodeOperation operation, Object family, NodeConnection node, String subject,
            Calls<T> calls) {
        super(operation.progressing() + " " + subject + " on " + node.node().name());
        this.operation = operation;
        this.family = family;
        this.node = node;
        this.subject = subject;
        this.calls = calls;
        setUser(true);
    }

    /**
     * @param e the node's refusal
     * @return the sentence for it, "Cannot ...: ..."
     */
    protected abstract String failed(XenApiException e);

    /**
     * @param e a transport failure
     * @return the sentence for it, "Cannot ...: node alpha cannot be reached (...)"
     */
    protected abstract String failed(IOException e);

    /**
     * @param code the refusal explained: one with this code and parameters
     * @param words for it instead of {@link #failed(XenApiException)}, which any other refusal keeps
     */
    protected void explainWith(String code, Explanation words) {
        this.explanation = (c, e) -> e.code().equals(code) && !e.params().isEmpty() ? words.explain(c, e) : failed(e);
    }

    /** @return what it does */
    public NodeOperation operation() {
        return operation;
    }

    /** @return its node */
    public NodeConnection node() {
        return node;
    }

    /** @return what it acts on, by name */
    public String subject() {
        return subject;
    }

    /** @return what the calls answered, once the job has succeeded */
    public Optional<T> answer() {
        return Optional.ofNullable(answer);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == this.family || family == node;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        XenApiClient c = null;
        try {
            c = clients.client(node);
            progress.worked(2);
            answer = calls.run(c, progress.split(8));
            return Status.OK_STATUS;
        } catch (XenApiException e) {
            return error(explain(c, e), e);
        } catch (IOException e) {
            if (monitor.isCanceled() || clients.isCancelled()) {
                return Status.CANCEL_STATUS;
            }
            return error(failed(e), e);
        } catch (CredentialStoreException | IllegalStateException e) {
            return error("Cannot " + operation.verb() + " " + subject + ": " + e.getMessage(), e);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } finally {
            clients.close();
        }
    }

    /** Words for a refusal; the error's own if asking the node for more fails. */
    private String explain(XenApiClient c, XenApiException e) {
        try {
            return explanation.explain(c, e);
        } catch (XenApiException | IOException | RuntimeException more) {
            return failed(e);
        }
    }

    private static IStatus error(String message, Throwable cause) {
        return new Status(IStatus.ERROR, CoreLog.PLUGIN_ID, message, cause);
    }

    /** Aborts the calls in progress. */
    @Override
    protected void canceling() {
        clients.cancel();
    }
}
