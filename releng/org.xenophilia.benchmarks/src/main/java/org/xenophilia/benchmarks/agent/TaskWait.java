package org.xenophilia.benchmarks.agent;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.xenophilia.benchmarks.agent.LoadConnection.Failed;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * Waits for the task of an {@code Async.} call as XenAPI clients do: polling {@code task.get_status} at the client's
 * own pace (as {@code XenAPI.py} scripts do), or following the task's events with {@code event.from(["task/REF"])} (as
 * Xen Orchestra does); then reads its record and destroys it.
 */
final class TaskWait {

    /** The longest a task may stay pending before it counts as a hang. */
    private static final Duration MAX_PENDING = Duration.ofSeconds(60);
    private static final String PENDING = "pending";

    private final LoadConnection c;
    private final String session;
    private final boolean byEvents;
    private final long pollMillis;

    /**
     * @param c the client's connection
     * @param session its session
     * @param byEvents whether to follow the task's events rather than poll its status
     * @param pollMillis how long to wait between two polls
     */
    TaskWait(LoadConnection c, String session, boolean byEvents, long pollMillis) {
        this.c = c;
        this.session = session;
        this.byEvents = byEvents;
        this.pollMillis = pollMillis;
    }

    /**
     * @param task the task of an {@code Async.} call
     * @throws XenApiException the task's {@code error_info}, if it failed
     */
    void await(String task) throws XenApiException, Failed, XenApiProtocolException, InterruptedException {
        long deadline = System.nanoTime() + MAX_PENDING.toNanos();
        String status = byEvents ? followEvents(task, deadline) : poll(task, deadline);
        Map<String, Object> r = WireValues.asMap(c.call("task.get_record", "task.get_record", session, task));
        c.call("task.destroy", "task.destroy", session, task);
        if (!status.equals(r.get("status")) || WireValues.asDouble(r.get("progress")) != 1.0) {
            throw c.failed(LoadTally.Error.WRONG_ANSWER, "task.get_record of a task seen " + status + ": status "
                    + r.get("status") + ", progress " + r.get("progress"));
        }
        if ("failure".equals(status)) {
            List<Object> info = WireValues.asList(r.get("error_info"));
            throw new XenApiException(WireValues.asString(info.get(0)), info.subList(1, info.size()).stream()
                    .map(WireValues::asString).toList());
        }
        if (!"success".equals(status)) {
            throw c.failed(LoadTally.Error.WRONG_ANSWER, "a task nobody cancelled ended " + status);
        }
    }

    private String poll(String task, long deadline) throws XenApiException, Failed, InterruptedException {
        while (true) {
            String status = WireValues.asString(c.call("task.get_status", "task.get_status", session, task));
            if (!PENDING.equals(status)) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw c.failed(LoadTally.Error.HANG, "task " + task + " pending for " + MAX_PENDING.toSeconds()
                        + " s");
            }
            Thread.sleep(pollMillis); // the script's own pace
        }
    }

    private String followEvents(String task, long deadline) throws XenApiException, Failed, XenApiProtocolException {
        List<String> only = List.of("task/" + task);
        EventBatch batch = EventBatch.fromWire(c.call("event.from (one task, token \"\")", "event.from", session,
                only, "", 0.0));
        String status = status(batch, PENDING);
        while (PENDING.equals(status)) {
            if (System.nanoTime() > deadline) {
                throw c.failed(LoadTally.Error.HANG, "task " + task + " pending for " + MAX_PENDING.toSeconds()
                        + " s");
            }
            batch = EventBatch.fromWire(c.call("event.from (one task, 30 s)", Duration.ofSeconds(45),
                    "event.from", session, only, batch.token(), 30.0));
            status = status(batch, status);
        }
        return status;
    }

    /** @return the status in the batch's last snapshot of the task, or {@code now} if it has none */
    private static String status(EventBatch batch, String now) {
        String status = now;
        for (EventBatch.Event e : batch.events()) {
            if (e.snapshot().isPresent()) {
                status = WireValues.asString(e.snapshot().get().get("status"));
            }
        }
        return status;
    }
}
