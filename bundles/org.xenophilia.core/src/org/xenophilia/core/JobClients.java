package org.xenophilia.core;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The XenAPI clients of one job, so that cancelling the job really stops its remote calls: the job's
 * {@link Job#canceling()} calls {@link #cancel()}, which aborts the call in flight on every client
 * ({@link XenApiClient#abort()}) and makes the next {@link #client(NodeConnection)} throw
 * {@link OperationCanceledException}. Clients are the job's own (never the event loop's), one per node, registered
 * before they log in so that even a login that hangs can be aborted.
 * <p>
 * A call may be between its registration and its start when the cancel comes, and an abort only reaches calls in
 * flight; so the abort is repeated by a short-lived thread until the job has {@linkplain #close() closed} its
 * clients or stopped running.
 */
public final class JobClients {

    /** How often a cancelled job's clients are aborted again while the job still runs. */
    private static final long REPEAT_MS = 50;

    private final Job job;
    private final Map<String, XenApiClient> clients = new ConcurrentHashMap<>();
    private volatile boolean cancelled;
    private volatile boolean closed;

    /** @param job the job whose calls these clients make */
    public JobClients(Job job) {
        this.job = Objects.requireNonNull(job, "job");
    }

    /**
     * The job's logged-in client for a node: the one it has, or a new one.
     *
     * @param node the node
     * @return the client
     * @throws OperationCanceledException if the job was cancelled
     * @throws IOException if the node is unreachable (or the call was aborted)
     * @throws XenApiException if the login is refused
     * @throws CredentialStoreException if no password can be read
     * @throws IllegalStateException if no certificate has been trusted for the node yet
     */
    public XenApiClient client(NodeConnection node) throws IOException, XenApiException, CredentialStoreException {
        checkCancelled();
        XenApiClient c = clients.get(node.nodeId());
        if (c != null && c.session().isPresent()) {
            return c;
        }
        c = node.newClient();
        clients.put(node.nodeId(), c);
        checkCancelled(); // a cancel that came before the registration found nothing to abort
        node.login(c);
        return c;
    }

    /** @throws OperationCanceledException if the job was cancelled */
    public void checkCancelled() {
        if (cancelled) {
            throw new OperationCanceledException();
        }
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }

    /** From {@link Job#canceling()}, on any thread: aborts the calls in flight, now and until the job ends. */
    public void cancel() {
        cancelled = true;
        abortAll();
        Thread repeat = new Thread(() -> {
            while (!closed && job.getState() == Job.RUNNING) {
                abortAll();
                try {
                    Thread.sleep(REPEAT_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "Cancelling " + job.getName());
        repeat.setDaemon(true);
        repeat.start();
    }

    /**
     * Ends the job's use of its clients: logs them out, or, after a cancel, only aborts them (a node that hangs
     * would hang the logout too; the session expires on the node).
     */
    public void close() {
        closed = true;
        Map<String, XenApiClient> all = new LinkedHashMap<>(clients);
        clients.clear();
        for (XenApiClient c : all.values()) {
            if (cancelled) {
                c.abort();
            } else {
                c.close();
            }
        }
    }

    private void abortAll() {
        for (XenApiClient c : clients.values()) {
            c.abort();
        }
    }
}
