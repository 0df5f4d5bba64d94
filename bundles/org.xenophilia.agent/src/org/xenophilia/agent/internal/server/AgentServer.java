package org.xenophilia.agent.internal.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.xenophilia.agent.internal.api.Dispatcher;

/**
 * The front door: a non-blocking HTTPS server (Jetty's core, no servlets) with TLS 1.3/1.2 and keep-alive, or, only
 * on a loopback address and only when asked for, plain HTTP. No client's slowness holds a thread: the TLS handshake,
 * the headers and the body are read without one and each has its own deadline; connections are capped per source and
 * in all ({@link ConnectionGuard}); a request gets a thread only once it has arrived whole ({@link RpcHandler}), from
 * a bounded pool for calls, or one for calls that may wait ({@code event.from}); an answer is sent without one unless
 * it is too large to hold, and then a reader slower than {@link Limits#minResponseRate()} is cut off.
 */
public final class AgentServer implements AutoCloseable {

    /**
     * The limits of the front door, each an {@code agent.conf} setting (see {@code docs/agent-api.md}).
     *
     * @param threads the threads that answer calls, at once
     * @param maxEventWaits the {@code event.from} calls that may wait at once
     * @param maxConnections connections open at once, in all
     * @param maxConnectionsPerSource connections open at once from one source address
     * @param handshake the deadline of a TLS handshake
     * @param headers the deadline of a request's headers, from the connection's opening
     * @param idle how long a connection may stay idle after an answer
     * @param body the deadline of a request's body, from its headers
     * @param minResponseRate bytes per second below which a reader of a large answer is cut off
     */
    public record Limits(int threads, int maxEventWaits, int maxConnections, int maxConnectionsPerSource,
            Duration handshake, Duration headers, Duration idle, Duration body, long minResponseRate) {

        /** The defaults: as {@code agent.conf} documents them. */
        public static Limits defaults(int threads) {
            return new Limits(threads, 32, 1024, 64, Duration.ofSeconds(10), Duration.ofSeconds(20),
                    Duration.ofSeconds(60), Duration.ofSeconds(60), 4096);
        }
    }

    /**
     * How to listen.
     *
     * @param address the address and port; port 0 picks a free one
     * @param tls the TLS context presenting the Agent's certificate, or {@code null} for plain HTTP
     * @param maxRequestBytes the largest request body accepted
     * @param limits the front door's limits
     */
    public record Settings(InetSocketAddress address, SSLContext tls, int maxRequestBytes, Limits limits) {

        /** Settings with the default limits and {@code threads} threads for calls. */
        public Settings(InetSocketAddress address, SSLContext tls, int maxRequestBytes, int threads) {
            this(address, tls, maxRequestBytes, Limits.defaults(threads));
        }
    }

    /** Thrown when plain HTTP is asked for on an address other hosts can reach. */
    public static final class InsecureListenException extends IOException {
        private static final long serialVersionUID = 1L;

        InsecureListenException(String message) {
            super(message);
        }
    }

    /** How long an idle thread lives: each holds its touched stack pages. */
    private static final long IDLE_THREAD_MILLIS = 3000;
    /** Buffers kept for reuse by the I/O layer, at most (heap and direct each). */
    private static final long POOLED_BUFFER_BYTES = 4L << 20;
    /**
     * Answers holding every object of a class made at once: each is built whole in the heap (a few MB for hundreds of
     * domains), so that 32 Workbenches resyncing at once took more than the launcher's 64 MB; the others wait their
     * turn in the queue.
     */
    static final int EVERY_OBJECT_ANSWERS = 2;
    /** Uploads read at once: each holds its thread while its client sends the file; more answer 503. */
    static final int UPLOADS = 2;

    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor calls;
    private final ThreadPoolExecutor waits;
    private final ThreadPoolExecutor everyObject;
    private final ThreadPoolExecutor uploads;
    private final RpcHandler handler;
    private final ConnectionGuard guard;
    private final boolean https;

    private AgentServer(Server server, ServerConnector connector, ThreadPoolExecutor calls, ThreadPoolExecutor waits,
            ThreadPoolExecutor everyObject, ThreadPoolExecutor uploads, RpcHandler handler, ConnectionGuard guard,
            boolean https) {
        this.server = server;
        this.connector = connector;
        this.calls = calls;
        this.waits = waits;
        this.everyObject = everyObject;
        this.uploads = uploads;
        this.handler = handler;
        this.guard = guard;
        this.https = https;
    }

    /** @return how many HTTP requests have come so far */
    public long requests() {
        return handler.requests();
    }

    /** @return the network connections open now */
    public int openConnections() {
        return guard.openConnections();
    }

    /**
     * The cipher suites offered, in the server's order of preference: AEAD only (TLS 1.3's, and TLS 1.2's with an
     * ephemeral key exchange), AES-GCM first, AES-128 before AES-256 (fewer rounds). The launcher runs C2, whose
     * AES and GHASH intrinsics (AES-NI, carry-less multiply) make AES-GCM several times cheaper per byte than
     * ChaCha20-Poly1305, which has no intrinsic in Java 17. The server's order decides; a client offering only
     * ChaCha20-Poly1305 (e.g. one without AES hardware) still gets it.
     */
    static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    /** @return {@link #CIPHER_SUITES} that {@code tls} supports, in that order */
    static String[] cipherSuites(SSLContext tls) {
        List<String> supported = List.of(tls.getSupportedSSLParameters().getCipherSuites());
        return CIPHER_SUITES.stream().filter(supported::contains).toArray(String[]::new);
    }

    /**
     * Checks that plain HTTP would be acceptable on an address.
     *
     * @param address where to listen
     * @throws InsecureListenException unless it is a loopback address
     */
    public static void checkPlainHttpAllowed(InetSocketAddress address) throws InsecureListenException {
        if (address.isUnresolved() || !address.getAddress().isLoopbackAddress()) {
            throw new InsecureListenException("refusing plain HTTP on " + describe(address)
                    + ": without TLS, passwords and session references would cross the network in clear text."
                    + " Plain HTTP is only allowed on a loopback address (127.0.0.1 or ::1); listen with TLS"
                    + " (the default) or on loopback.");
        }
    }

    private static String describe(InetSocketAddress a) {
        String host = a.isUnresolved() ? a.getHostString() : a.getAddress().getHostAddress();
        return host + ":" + a.getPort();
    }

    /**
     * Binds and starts serving.
     *
     * @param settings how to listen
     * @param dispatcher the API
     * @return the running server
     * @throws InsecureListenException if plain HTTP was asked for on a non-loopback address
     * @throws IOException if the address cannot be bound
     */
    public static AgentServer start(Settings settings, Dispatcher dispatcher) throws IOException {
        if (settings.tls() == null) {
            checkPlainHttpAllowed(settings.address());
        }
        Limits limits = settings.limits();
        // the I/O layer's own threads: accepting, selecting, and reading what clients send (TLS handshakes and
        // decryption, request headers), each a short non-blocking step (RpcHandler says why not on the selector)
        QueuedThreadPool io = new QueuedThreadPool(8, 2, (int) IDLE_THREAD_MILLIS);
        io.setName("xenophiliad-io");
        io.setReservedThreads(0);
        Server server = new Server(io);
        server.setStopTimeout(1000);
        Scheduler timers = new ScheduledExecutorScheduler("xenophiliad-timer", true);
        ArrayByteBufferPool buffers = new ArrayByteBufferPool(0, -1, -1, -1, POOLED_BUFFER_BYTES,
                POOLED_BUFFER_BYTES);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        http.setMinResponseDataRate(limits.minResponseRate());
        // heap buffers: the JVM's direct memory is not returned to the system, and the Agent's answers are small
        http.setUseInputDirectByteBuffers(false);
        http.setUseOutputDirectByteBuffers(false);
        // no cache of header fields per connection: Jetty's (an index of 1,024 characters, built once a connection is
        // reused) holds ~90 KB of heap for every kept-alive connection, so that max-connections of them (1,024) took
        // more than the launcher's 64 MB heap; it only spares a few small strings per request
        http.setHeaderCacheSize(0);
        ConnectionFactory[] factories;
        if (settings.tls() != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setSslContext(settings.tls());
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            ssl.setIncludeCipherSuites(cipherSuites(settings.tls()));
            ssl.setUseCipherSuitesOrder(true);
            ssl.setRenegotiationAllowed(false);
            ssl.setSniRequired(false);
            ssl.setNeedClientAuth(false);
            // clients pin the Agent's certificate: the host name they send need not be one it names (they reach
            // Agents by addresses, forwarded ports, names of their own)
            http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
            SslConnectionFactory tlsLayer = new SslConnectionFactory(ssl, "http/1.1");
            tlsLayer.setDirectBuffersForEncryption(false);
            tlsLayer.setDirectBuffersForDecryption(false);
            factories = new ConnectionFactory[] {tlsLayer, new HttpConnectionFactory(http)};
        } else {
            factories = new ConnectionFactory[] {new HttpConnectionFactory(http)};
        }
        // no acceptor thread: the one selector accepts too
        ServerConnector connector = new ServerConnector(server, null, timers, buffers, 0, 1, factories);
        connector.setHost(settings.address().getAddress() == null ? settings.address().getHostString()
                : settings.address().getAddress().getHostAddress());
        connector.setPort(settings.address().getPort());
        connector.setAcceptQueueSize(128);
        // the longest a connection may go without any progress at all: twice the guard's idle deadline, so that an
        // idle kept-alive connection is closed by the guard, which closes it as TLS should (Jetty's own idle timeout
        // cuts the network connection)
        connector.setIdleTimeout(2 * limits.idle().toMillis());
        // behind: every I/O thread taken (the acceptor and the selector hold two for good), so that what clients sent
        // may wait unread; their deadlines then wait for the server (ConnectionGuard)
        ConnectionGuard guard = new ConnectionGuard(new ConnectionGuard.Limits(limits.maxConnections(),
                limits.maxConnectionsPerSource(), limits.handshake(), limits.headers(), limits.idle(), limits.body()),
                timers, io::isLowOnThreads);
        connector.addBean(guard);
        server.addConnector(connector);

        ThreadPoolExecutor calls = new ThreadPoolExecutor(limits.threads(), limits.threads(), IDLE_THREAD_MILLIS,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(limits.threads() * 16), threads("xenophiliad-rpc-"),
                new ThreadPoolExecutor.AbortPolicy());
        calls.allowCoreThreadTimeOut(true);
        ThreadPoolExecutor waits = new ThreadPoolExecutor(0, limits.maxEventWaits(), IDLE_THREAD_MILLIS,
                TimeUnit.MILLISECONDS, new SynchronousQueue<>(), threads("xenophiliad-wait-"),
                new ThreadPoolExecutor.AbortPolicy());
        ThreadPoolExecutor everyObject = new ThreadPoolExecutor(EVERY_OBJECT_ANSWERS, EVERY_OBJECT_ANSWERS,
                IDLE_THREAD_MILLIS, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(limits.threads() * 16),
                threads("xenophiliad-all-"), new ThreadPoolExecutor.AbortPolicy());
        everyObject.allowCoreThreadTimeOut(true);
        ThreadPoolExecutor uploads = new ThreadPoolExecutor(0, UPLOADS, IDLE_THREAD_MILLIS, TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), threads("xenophiliad-upload-"), new ThreadPoolExecutor.AbortPolicy());
        RpcHandler handler = new RpcHandler(dispatcher, settings.maxRequestBytes(), limits.body(), guard, timers,
                calls, waits, everyObject, uploads);
        server.setHandler(handler);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            calls.shutdownNow();
            everyObject.shutdownNow();
            uploads.shutdownNow();
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            calls.shutdownNow();
            everyObject.shutdownNow();
            uploads.shutdownNow();
            throw new IOException("cannot start serving on " + describe(settings.address()) + ": " + e.getMessage(),
                    e);
        }
        return new AgentServer(server, connector, calls, waits, everyObject, uploads, handler, guard,
                settings.tls() != null);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        };
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // it never started
        }
    }

    /** @return the bound address (with the actual port) */
    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    /** @return whether the server speaks TLS */
    public boolean isHttps() {
        return https;
    }

    /** @return the URL clients use, e.g. {@code https://127.0.0.1:8443/} */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((https ? "https" : "http") + "://" + host + ":" + a.getPort() + "/");
    }

    /** Stops accepting, lets running requests finish for up to a second, and stops. */
    @Override
    public void close() {
        stopQuietly(server);
        calls.shutdownNow();
        waits.shutdownNow();
        everyObject.shutdownNow();
        uploads.shutdownNow();
    }
}
