package org.xenophilia.agent.internal.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteArrayEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.junit.jupiter.api.Test;

/**
 * {@link ConnectionGuard}'s deadlines measure a client's slowness, not the server's. The load suite found it otherwise:
 * 200 clients connecting at once to an Agent short of CPU finished their side of the TLS handshake, and the Agent, still
 * working through the crowd's handshakes, closed most of them at its 10 s handshake deadline. A deadline that falls
 * due while the server is behind now waits for it (looked at again every second, for at most as long again), and still
 * closes a connection whose client owes what was due once the server has caught up. Timers run on a scheduler of the
 * test's own, whose clock the test moves: nothing waits for time to pass.
 */
public class ConnectionGuardTest {

    private static final Duration HANDSHAKE = Duration.ofSeconds(10);
    private static final Duration HEADERS = Duration.ofSeconds(20);

    private final VirtualScheduler timers = new VirtualScheduler();
    private boolean behind;
    private final ConnectionGuard guard = new ConnectionGuard(new ConnectionGuard.Limits(16, 16, HANDSHAKE, HEADERS,
            Duration.ofSeconds(60), Duration.ofSeconds(60)), timers, () -> behind);

    @Test
    public void aClientWithoutHeadersIsClosedAtTheDeadline() {
        EndPoint ep = plainConnection();
        timers.advanceTo(HEADERS.minusMillis(1));
        assertTrue(ep.isOpen());
        timers.advanceTo(HEADERS);
        assertFalse(ep.isOpen(), "closed at its deadline");
    }

    @Test
    public void aDeadlineFallingWhileTheServerIsBehindWaitsUntilItHasCaughtUp() {
        EndPoint ep = plainConnection();
        behind = true;
        timers.advanceTo(HEADERS.plusSeconds(5));
        assertTrue(ep.isOpen(), "the server is behind: what the client sent may not have been read yet");
        behind = false;
        timers.advanceTo(HEADERS.plusSeconds(6));
        assertFalse(ep.isOpen(), "closed once the server has caught up, the client still owing its headers");
    }

    @Test
    public void aRequestThatArrivesWhileTheServerIsBehindMeetsTheDeadline() {
        EndPoint ep = plainConnection();
        behind = true;
        timers.advanceTo(HEADERS.plusSeconds(3));
        guard.requestArrived(ep);
        behind = false;
        timers.advanceTo(HEADERS.plusSeconds(30));
        assertTrue(ep.isOpen(), "the request met the deadline that waited for the server");
    }

    @Test
    public void aHandshakeIsDueWithinItsDeadlineUnlessTheServerIsBehind() throws Exception {
        EndPoint slow = tlsConnection();
        timers.advanceTo(HANDSHAKE);
        assertFalse(slow.isOpen(), "no handshake within the deadline while the server kept up");

        timers.reset();
        EndPoint crowded = tlsConnection();
        behind = true;
        timers.advanceTo(HANDSHAKE.plusSeconds(4));
        assertTrue(crowded.isOpen(), "the server is behind on the handshakes");
        guard.handshakeSucceeded(new SslHandshakeListener.Event(crowded) {
            private static final long serialVersionUID = 1L;

            @Override
            public EndPoint getEndPoint() {
                return crowded;
            }
        });
        behind = false;
        timers.advanceTo(HEADERS.minusSeconds(1));
        assertTrue(crowded.isOpen(), "its handshake was done once the server got to it");
    }

    @Test
    public void theServerBeingBehindExtendsADeadlineByAtMostItsLength() {
        ConnectionGuard quick = new ConnectionGuard(new ConnectionGuard.Limits(16, 16, HANDSHAKE, Duration.ofMillis(1),
                Duration.ofSeconds(60), Duration.ofSeconds(60)), timers, () -> true);
        EndPoint ep = new ByteArrayEndPoint();
        quick.onOpened(new PlainConnection(ep));
        long realDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // the grace ends 2 ms after the opening, in real time: rechecks run until then, each a virtual second apart
        for (int s = 0; ep.isOpen() && System.nanoTime() < realDeadline; s++) {
            timers.advanceTo(Duration.ofSeconds(s));
        }
        assertFalse(ep.isOpen(), "closed when its grace was over, the server still behind");
    }

    @Test
    public void roomIsMadeFirstByAConnectionWithoutARequestThenByTheOneIdleLongest() {
        ConnectionGuard two = new ConnectionGuard(new ConnectionGuard.Limits(2, 16, HANDSHAKE, HEADERS,
                Duration.ofSeconds(60), Duration.ofSeconds(60)), timers, () -> false);
        EndPoint idle = new ByteArrayEndPoint();
        two.onOpened(new PlainConnection(idle));
        two.requestArrived(idle);
        two.answerSent(idle);
        EndPoint silent = new ByteArrayEndPoint();
        two.onOpened(new PlainConnection(silent));
        EndPoint third = new ByteArrayEndPoint();
        two.onOpened(new PlainConnection(third));
        assertFalse(silent.isOpen(), "the connection without a request made room");
        assertTrue(idle.isOpen() && third.isOpen());
        two.requestArrived(third);
        EndPoint fourth = new ByteArrayEndPoint();
        two.onOpened(new PlainConnection(fourth));
        assertFalse(idle.isOpen(), "then the idle one");
        assertTrue(third.isOpen() && fourth.isOpen(), "never one with a request in flight");
        two.requestArrived(fourth);
        EndPoint fifth = new ByteArrayEndPoint();
        two.onOpened(new PlainConnection(fifth));
        assertFalse(fifth.isOpen(), "every other one busy: the new one is closed");
        assertTrue(third.isOpen() && fourth.isOpen());
    }

    private EndPoint plainConnection() {
        EndPoint ep = new ByteArrayEndPoint();
        guard.onOpened(new PlainConnection(ep));
        return ep;
    }

    private EndPoint tlsConnection() throws Exception {
        EndPoint ep = new ByteArrayEndPoint();
        guard.onOpened(new SslConnection(new ArrayByteBufferPool(), Runnable::run, ep,
                SSLContext.getDefault().createSSLEngine()));
        return ep;
    }

    /** A connection of no protocol: what the guard watches is its end point. */
    private static final class PlainConnection extends AbstractConnection {
        PlainConnection(EndPoint ep) {
            super(ep, Runnable::run);
        }

        @Override
        public void onFillable() {
            // nothing is read
        }
    }

    /** A scheduler on a virtual clock: its tasks run, in time order, when the test moves the clock past them. */
    private static final class VirtualScheduler extends AbstractLifeCycle implements Scheduler {
        private final class Entry implements Task {
            final Runnable task;
            final long due;
            boolean cancelled;

            Entry(Runnable task, long due) {
                this.task = task;
                this.due = due;
            }

            @Override
            public boolean cancel() {
                boolean was = !cancelled;
                cancelled = true;
                return was;
            }
        }

        private final List<Entry> entries = new ArrayList<>();
        private long now;

        @Override
        public Task schedule(Runnable task, long delay, TimeUnit unit) {
            Entry e = new Entry(task, now + unit.toNanos(delay));
            entries.add(e);
            return e;
        }

        /** Runs every task due up to {@code t} from the clock's start, those they schedule included. */
        void advanceTo(Duration t) {
            long until = t.toNanos();
            while (true) {
                Entry next = entries.stream().filter(e -> e.due <= until).min(Comparator.comparingLong(e -> e.due))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                entries.remove(next);
                now = Math.max(now, next.due);
                if (!next.cancelled) {
                    next.task.run();
                }
            }
            now = Math.max(now, until);
        }

        /** Drops every task and puts the clock back to its start. */
        void reset() {
            entries.clear();
            now = 0;
        }
    }
}
