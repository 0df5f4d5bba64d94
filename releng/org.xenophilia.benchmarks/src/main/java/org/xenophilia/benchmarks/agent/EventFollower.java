package org.xenophilia.benchmarks.agent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.xenophilia.benchmarks.agent.LoadConnection.Failed;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * The Workbench's event loop for a load client, on a connection and session of its own: {@code event.from} over the
 * classes the Workbench follows ({@code host, vm, vif, vbd, sr, pbd, vdi}), first with token {@code ""}, then with
 * each token and the client's timeout (30-60 s), as {@code org.xenophilia.core.EventLoop} does. It watches the
 * client's own VM: every snapshot of it must show the state before or after the change the client is making
 * ({@link #expect}), and each change must show up ({@link #awaitShown}) before the client makes the next one, as a
 * Workbench user sees a VM paused before resuming it. A call that returns nothing long before its timeout was not
 * allowed to wait (every thread for waits was taken): a refusal, which the loop treats as a timeout, as clients do.
 */
final class EventFollower implements Runnable {

    /** The classes the Workbench follows ({@code NodeConnection.EVENT_CLASSES}). */
    static final List<String> CLASSES = List.of("host", "vm", "vif", "vbd", "sr", "pbd", "vdi");
    /** The longest a change may take to show up before it counts as a hang. */
    static final Duration SHOW_UP = Duration.ofSeconds(60);
    /** The refusal of a wait: every thread for waits was taken ({@code max-event-waits}). */
    static final String NOT_WAITING = "event.from answered at once, not allowed to wait (max-event-waits)";

    private final LoadConnection events;
    private final String session;
    private final String vm;
    private final Duration timeout;
    private String token = "";
    private volatile boolean stopping;
    // guarded by this
    private VmState before;
    private VmState after;
    private Map<String, Object> shown;
    private boolean ended;

    /**
     * @param events the loop's own connection
     * @param session its own session
     * @param vm the client's VM
     * @param timeout the timeout of each {@code event.from}
     * @param state the VM's state now
     */
    EventFollower(LoadConnection events, String session, String vm, Duration timeout, VmState state) {
        this.events = events;
        this.session = session;
        this.vm = vm;
        this.timeout = timeout;
        this.before = state;
        this.after = state;
    }

    /** The first call (token ""): every object as it is now; the client's VM must show its state. */
    void start() throws XenApiException, Failed {
        follow(Duration.ZERO, "event.from (Workbench, token \"\")");
    }

    @Override
    public void run() {
        try {
            while (!stopping) {
                follow(timeout, "event.from (Workbench)");
            }
        } catch (XenApiException e) {
            events.failed(LoadTally.Error.UNEXPECTED, "event.from: " + e.errorDescription());
        } catch (Failed e) {
            // counted
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    private void follow(Duration wait, String kind) throws XenApiException, Failed {
        long t0 = System.nanoTime();
        Object value = events.call(kind, wait.plusSeconds(15), "event.from", session, CLASSES, token,
                (double) wait.toSeconds());
        long took = System.nanoTime() - t0;
        EventBatch batch;
        try {
            batch = EventBatch.fromWire(value);
        } catch (XenApiProtocolException e) {
            throw events.failed(LoadTally.Error.WRONG_ANSWER, "event.from: " + e.getMessage());
        }
        if (!wait.isZero() && batch.events().isEmpty() && took < wait.toNanos() / 2) {
            events.refusal(NOT_WAITING);
        }
        for (EventBatch.Event e : batch.events()) {
            if ("vm".equals(e.cls()) && vm.equals(e.ref().value())) {
                shown(e);
            }
        }
        token = batch.token();
    }

    /** A snapshot of the client's VM: it must show its state before or after its change; a wrong one is counted. */
    private synchronized void shown(EventBatch.Event e) {
        if (e.snapshot().isEmpty()) {
            events.failed(LoadTally.Error.WRONG_ANSWER, "event.from: the client's VM was deleted (" + e.operation()
                    + ")");
            return;
        }
        Map<String, Object> record = e.snapshot().get();
        String notBefore = before.mismatch(record);
        String notAfter = after.mismatch(record);
        if (notBefore != null && notAfter != null) {
            events.failed(LoadTally.Error.WRONG_ANSWER, "event.from: a snapshot of the client's VM shows neither"
                    + " the state before its change (" + notBefore + ") nor after it (" + notAfter + ")");
            return;
        }
        shown = record;
        notifyAll();
    }

    /** The client is about to change its VM from its state now to {@code next}. */
    synchronized void expect(VmState next) {
        after = next;
    }

    /** After an error: the VM is in {@code now}, whatever the change did. */
    synchronized void reset(VmState now) {
        before = now;
        after = now;
    }

    /** The change was refused: the VM stays as it was. */
    synchronized void cancelled() {
        after = before;
    }

    /**
     * Waits until the event loop has shown the client's VM in the state its last change gave it.
     *
     * @return the record that showed it
     * @throws Failed if it does not within {@link #SHOW_UP}, or the loop ended
     */
    synchronized Map<String, Object> awaitShown() throws Failed, InterruptedException {
        long deadline = System.nanoTime() + SHOW_UP.toNanos();
        while (shown == null || after.mismatch(shown) != null) {
            long left = deadline - System.nanoTime();
            if (ended) {
                throw events.failed(LoadTally.Error.WRONG_ANSWER, "the event loop ended before the change to "
                        + after + " showed");
            }
            if (left <= 0) {
                throw events.failed(LoadTally.Error.HANG, "the change to " + after + " did not show in the event"
                        + " stream within " + SHOW_UP.toSeconds() + " s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        before = after.learnt(shown);
        after = before;
        return shown;
    }

    /** Ends the loop once its current call returns (the client then makes it return with an event). */
    void stop() {
        stopping = true;
    }

    /** Waits until the loop has ended, at most its timeout and a margin. */
    synchronized boolean awaitEnd() throws InterruptedException {
        long deadline = System.nanoTime() + timeout.plusSeconds(30).toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
