package org.xenophilia.core.image;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.xenophilia.core.CredentialStoreException;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Follows a deployment's task on the node to its end, telling a job's progress its phase and bytes, by reading the
 * task's record at most twice a second ({@code task.get_record}: one small record; the event stream would bring every
 * other object's changes too). Its end is the new VM's reference, the node's refusal as a {@link XenApiException}, or
 * a cancel: when the job is cancelled, its client's call is aborted and the task is cancelled on a client of its own
 * ({@code task.cancel}), then followed until the node has removed what it made, so that a job that ended cancelled
 * left nothing on the node.
 */
final class DeployTask {

    /** How often the task is read: at most twice a second, as the node's API asks of its pollers. */
    private static final long POLL_MS = 500;
    /** How long a cancelled deployment may take to clean up before the job gives up waiting for it. */
    private static final Duration CLEAN_UP = Duration.ofMinutes(2);
    private static final int TICKS = 1000;

    private final NodeConnection node;
    private final Ref task;

    DeployTask(NodeConnection node, Ref task) {
        this.node = node;
        this.task = task;
    }

    /**
     * @param c the job's client
     * @param progress the job's progress for the deployment
     * @return the new VM's reference
     * @throws XenApiException the node's refusal or the deployment's failure ({@code XENOPHILIA_IMAGE_*})
     * @throws IOException if the node cannot be reached
     * @throws OperationCanceledException if the job was cancelled; the task is cancelled too
     */
    Ref follow(XenApiClient c, SubMonitor progress) throws XenApiException, IOException {
        progress.setWorkRemaining(TICKS);
        int reported = 0;
        while (true) {
            Map<String, Object> record;
            try {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                record = WireValues.asMap(c.callWithSession("task.get_record", task));
            } catch (IOException | OperationCanceledException e) {
                if (progress.isCanceled()) {
                    cancel();
                    throw new OperationCanceledException();
                }
                throw e;
            }
            DeployStatus status = DeployStatus.of(record);
            progress.subTask(status.words());
            int ticks = (int) (status.progress() * TICKS);
            if (ticks > reported) {
                progress.worked(ticks - reported);
                reported = ticks;
            }
            String state = String.valueOf(record.getOrDefault("status", ""));
            switch (state) {
                case "success":
                    return Ref.of(result(String.valueOf(record.getOrDefault("result", ""))));
                case "failure":
                    throw failure(record);
                case "cancelled":
                    throw new OperationCanceledException();
                default:
                    pause();
            }
        }
    }

    /**
     * Cancels the task on a client of its own (the job's is being aborted) and waits until it has ended, so that
     * what it made is gone; a node that cannot be reached keeps its task, which it cleans up as it ends.
     */
    private void cancel() {
        XenApiClient own = node.newClient();
        try {
            node.login(own);
            try {
                own.callWithSession("task.cancel", task);
            } catch (XenApiException e) {
                // ended meanwhile (or beyond cancelling): what it made is the node's to keep or clean up
            }
            long deadline = System.nanoTime() + CLEAN_UP.toNanos();
            while (System.nanoTime() < deadline) {
                String state = WireValues.asString(own.callWithSession("task.get_status", task));
                if (!state.equals("pending") && !state.equals("cancelling")) {
                    return;
                }
                pause();
            }
        } catch (XenApiException | IOException | CredentialStoreException | IllegalStateException e) {
            // the node keeps its task; a cancel it never heard of ends as the task ends
        } finally {
            own.close();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /** A task's result is the XML-RPC {@code <value>} of the answer, as xapi's are. */
    private static String result(String value) {
        String v = value.strip();
        if (v.startsWith("<value>") && v.endsWith("</value>")) {
            v = v.substring("<value>".length(), v.length() - "</value>".length());
        }
        return v.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static XenApiException failure(Map<String, Object> record) {
        List<String> info = WireValues.asList(record.getOrDefault("error_info", List.of())).stream().map(
                String::valueOf).toList();
        if (info.isEmpty()) {
            return new XenApiException("INTERNAL_ERROR", List.of("the deployment failed without saying why"));
        }
        return new XenApiException(info.get(0), info.subList(1, info.size()));
    }
}
