package org.xenophilia.ui.editor.internal;

import java.io.IOException;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.CredentialStoreException;
import org.xenophilia.core.JobClients;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The XenAPI calls of the editor's jobs ({@link NodeJob}), on the job's own clients (never the event loop's), so
 * that cancelling a job aborts its call. Never called on the UI thread.
 */
final class NodeCalls {

    /** Calls on a logged-in client. */
    interface Call<T> {
        T run(XenApiClient client) throws XenApiException, IOException;
    }

    private NodeCalls() {
    }

    /**
     * @param nodeId a registry id
     * @return the node's connection
     * @throws IllegalStateException if the node is no longer registered
     */
    static NodeConnection connection(String nodeId) {
        return NodeService.get().connection(nodeId)
                .orElseThrow(() -> new IllegalStateException("node " + nodeId + " is no longer registered"));
    }

    /**
     * Runs calls on the job's client for the node (logged in on first use; the job logs out at its end).
     *
     * @param clients the job's clients
     * @param node the node
     * @param what what the call does, for the message ("fetch web01")
     * @param subject the domain's name, for the message
     * @param call the call
     * @return its result
     * @throws NodeCallException with the failure in words
     * @throws OperationCanceledException if the job was cancelled (its call then fails as aborted)
     */
    static <T> T run(JobClients clients, NodeConnection node, String what, String subject, Call<T> call)
            throws NodeCallException {
        String nodeName = node.node().name();
        try {
            return call.run(clients.client(node));
        } catch (XenApiException e) {
            throw new NodeCallException(NLS.bind(Messages.NodeCalls_failed, what, XenApiErrorMessages.reason(subject,
                    nodeName, e)), e);
        } catch (IOException e) {
            clients.checkCancelled(); // an aborted call is a cancel, not a node that cannot be reached
            throw new NodeCallException(NLS.bind(Messages.NodeCalls_unreachable, new Object[] {what, nodeName,
                    e.getMessage()}), e);
        } catch (CredentialStoreException | IllegalStateException e) {
            throw new NodeCallException(NLS.bind(Messages.NodeCalls_failed, what, e.getMessage()), e);
        }
    }

    /** A failed call, its message already in words. */
    static final class NodeCallException extends Exception {
        private static final long serialVersionUID = 1L;

        NodeCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
