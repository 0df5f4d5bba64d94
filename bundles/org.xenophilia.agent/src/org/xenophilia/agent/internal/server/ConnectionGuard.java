package org.xenophilia.agent.internal.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Keeps slow, idle and half-open connections from taking the Agent away from its admins. Every network connection is
 * watched from the moment it is accepted:
 * <ul>
 * <li>at most {@link Limits#maxPerSource()} from one source address, and {@link Limits#maxConnections()} in all: one
 * more makes room by closing the oldest connection (of that source, or of all) that has not yet delivered a request
 * (one still in its TLS handshake or its headers), else the one kept alive idle the longest, else it is closed itself.
 * So flooding from many sources costs the flooders their own connections, never an admin's working one, and
 * connections held idle cannot keep a new client out;</li>
 * <li>its TLS handshake must end within {@link Limits#handshake()}; its first request's headers must have arrived
 * within {@link Limits#headers()} of the connection's opening; after an answer, the next request's headers within
 * {@link Limits#idle()} (a keep-alive connection waits no longer). Each is a deadline, not an idle time: a client
 * trickling a byte at a time ("slowloris") is closed as surely as a silent one. The body's deadline is the
 * {@link RpcHandler}'s.</li>
 * </ul>
 * None of this holds a thread: the server is non-blocking, and deadlines are timers of its scheduler.
 * <p>
 * A deadline measures the client's slowness, not the server's: when one falls due while the server itself is behind
 * on its I/O work ({@code serverBehind}: every I/O thread taken, e.g. by a crowd of clients handshaking at once after
 * a restart, on a host short of CPU), what the client sent may simply not have been read yet. The connection is then
 * looked at again every {@link #RECHECK}, for at most as long again as the deadline, and closed once the server has
 * caught up (or that grace is over) if the client still owes what was due.
 */
final class ConnectionGuard implements Connection.Listener, SslHandshakeListener {

    private static final System.Logger LOG = System.getLogger(ConnectionGuard.class.getName());

    /** How often a deadline that fell due while the server was behind is looked at again. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    /**
     * The limits of the front door.
     *
     * @param maxConnections connections open at once, in all
     * @param maxPerSource connections open at once from one source address
     * @param handshake the deadline of a TLS handshake, from the connection's opening
     * @param headers the deadline of the first request's headers, from the connection's opening
     * @param idle the deadline of a next request's headers, from the previous answer's end
     * @param body the deadline of a request's body, from its headers
     */
    record Limits(int maxConnections, int maxPerSource, Duration handshake, Duration headers, Duration idle,
            Duration body) {
    }

    /** One network connection being watched. */
    private final class Watched {
        final EndPoint endPoint;
        final InetAddress source;
        final long opened = System.nanoTime();
        volatile boolean delivered;
        /** Since when it waits for a request after an answer (kept alive), or {@link #BUSY}. */
        volatile long idleSince = BUSY;
        volatile boolean handshaken;
        // guarded by this: the deadline now armed, and its generation (a timer that is no longer armed does nothing)
        private Scheduler.Task deadline;
        private long armed;

        Watched(EndPoint endPoint, InetAddress source) {
            this.endPoint = endPoint;
            this.source = source;
        }

        synchronized void closeAt(Duration after, String why) {
            closeAt(after, why, endPoint);
        }

        /** @param closing the end point closed when the deadline falls due: the network's, or the one on top of TLS */
        synchronized void closeAt(Duration after, String why, EndPoint closing) {
            cancel();
            long generation = armed;
            long graceEnd = System.nanoTime() + 2 * after.toNanos();
            deadline = scheduler.schedule(() -> due(generation, why, graceEnd, closing), after.toNanos(),
                    TimeUnit.NANOSECONDS);
        }

        synchronized void cancel() {
            armed++;
            if (deadline != null) {
                deadline.cancel();
                deadline = null;
            }
        }

        /** The armed deadline fell due: closes the connection, unless the server is behind (see the class). */
        private void due(long generation, String why, long graceEnd, EndPoint closing) {
            synchronized (this) {
                if (generation != armed) {
                    return; // met or replaced meanwhile
                }
                if (serverBehind.getAsBoolean() && System.nanoTime() < graceEnd) {
                    deadline = scheduler.schedule(() -> due(generation, why, graceEnd, closing), RECHECK.toNanos(),
                            TimeUnit.NANOSECONDS);
                    return;
                }
            }
            close(this, closing, why);
        }

        /** The handshake's deadline fell due: closes the connection unless it is done, or the server is behind. */
        void handshakeDue(long graceEnd) {
            if (handshaken || !endPoint.isOpen()) {
                return;
            }
            if (serverBehind.getAsBoolean() && System.nanoTime() < graceEnd) {
                scheduler.schedule(() -> handshakeDue(graceEnd), RECHECK.toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
            close(this, "no TLS handshake within " + limits.handshake().toSeconds() + " s");
        }
    }

    private static final long BUSY = Long.MIN_VALUE;

    private final Limits limits;
    private final Scheduler scheduler;
    private final BooleanSupplier serverBehind;
    private final Map<EndPoint, Watched> open = new ConcurrentHashMap<>();
    private final Map<InetAddress, AtomicInteger> perSource = new ConcurrentHashMap<>();

    /**
     * @param limits the limits
     * @param scheduler the server's timers
     * @param serverBehind whether the server is behind on its I/O work now (its I/O threads all taken)
     */
    ConnectionGuard(Limits limits, Scheduler scheduler, BooleanSupplier serverBehind) {
        this.limits = limits;
        this.scheduler = scheduler;
        this.serverBehind = serverBehind;
    }

    /** @return the network connections open now */
    int openConnections() {
        return open.size();
    }

    @Override
    public void onOpened(Connection connection) {
        EndPoint ep = connection.getEndPoint();
        if (ep instanceof EndPoint.Wrapper || open.containsKey(ep)) {
            return; // the HTTP connection on top of a TLS one: the network connection is watched already
        }
        InetAddress source = address(ep.getRemoteSocketAddress());
        Watched w = new Watched(ep, source);
        open.put(ep, w);
        int fromSource = perSource.computeIfAbsent(source, s -> new AtomicInteger()).incrementAndGet();
        if (fromSource > limits.maxPerSource() && !makeRoom(w, o -> o.source.equals(source), "more than "
                + limits.maxPerSource() + " connections from " + source.getHostAddress())) {
            return;
        }
        if (open.size() > limits.maxConnections() && !makeRoom(w, o -> true, "more than " + limits.maxConnections()
                + " connections")) {
            return;
        }
        w.closeAt(limits.headers(), "no request within " + limits.headers().toSeconds() + " s of connecting");
        if (isTls(connection)) {
            long graceEnd = System.nanoTime() + 2 * limits.handshake().toNanos();
            scheduler.schedule(() -> w.handshakeDue(graceEnd), limits.handshake().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Closes a connection of those {@code among} to make room for {@code w}: the oldest one that has not yet delivered
     * a request, else the one kept alive idle the longest (its client opens another when it needs one), else
     * {@code w} itself, every other one having a request in flight.
     *
     * @return whether {@code w} stays open
     */
    private boolean makeRoom(Watched w, Predicate<Watched> among, String why) {
        // one closed already (its onClosed yet to come) makes no room
        Predicate<Watched> others = o -> o != w && o.endPoint.isOpen() && among.test(o);
        Optional<Watched> room = open.values().stream().filter(others.and(o -> !o.delivered))
                .min(Comparator.comparingLong(o -> o.opened));
        if (room.isEmpty()) {
            room = open.values().stream().filter(others.and(o -> o.idleSince != BUSY))
                    .min(Comparator.comparingLong(o -> o.idleSince));
        }
        if (room.isPresent()) {
            close(room.get(), why + ": the oldest one waiting for a request makes room");
            return true;
        }
        close(w, why + ", each with a request in flight");
        return false;
    }

    @Override
    public void onClosed(Connection connection) {
        Watched w = open.remove(connection.getEndPoint());
        if (w == null) {
            return;
        }
        w.cancel();
        perSource.computeIfPresent(w.source, (s, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    @Override
    public void handshakeSucceeded(Event event) {
        Watched w = open.get(network(event.getEndPoint()));
        if (w != null) {
            w.handshaken = true;
        }
    }

    /** A request's headers have arrived on the connection: its headers deadline is met. */
    void requestArrived(EndPoint ep) {
        Watched w = open.get(network(ep));
        if (w != null) {
            w.delivered = true;
            w.idleSince = BUSY;
            w.cancel();
        }
    }

    /**
     * A request's answer has been sent: the next one's headers are due within the idle deadline. A kept-alive
     * connection past it is closed through {@code ep}, the end point the answer went through: on TLS that sends the
     * {@code close_notify} a client needs to tell a connection that went cold from one cut off (Python's XML-RPC
     * transport opens a new one and retries only on the former).
     */
    void answerSent(EndPoint ep) {
        Watched w = open.get(network(ep));
        if (w != null && w.endPoint.isOpen()) {
            w.idleSince = System.nanoTime();
            w.closeAt(limits.idle(), "idle for " + limits.idle().toSeconds() + " s after an answer", ep);
        }
    }

    private void close(Watched w, String why) {
        close(w, w.endPoint, why);
    }

    private void close(Watched w, EndPoint closing, String why) {
        LOG.log(System.Logger.Level.DEBUG, () -> "closing the connection from " + w.source.getHostAddress() + ": "
                + why);
        closing.close();
    }

    private static boolean isTls(Connection c) {
        return c instanceof org.eclipse.jetty.io.ssl.SslConnection;
    }

    private static EndPoint network(EndPoint ep) {
        EndPoint e = ep;
        while (e instanceof EndPoint.Wrapper w) {
            e = w.unwrap();
        }
        return e;
    }

    private static InetAddress address(SocketAddress a) {
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress()
                : InetAddress.getLoopbackAddress();
    }
}
