package org.xenophilia.agent.internal.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import org.xenophilia.agent.internal.api.Dispatcher;

/**
 * The listening socket: the JDK's {@link HttpsServer} (TLS 1.3/1.2, keep-alive) or, only on a loopback address and
 * only when asked for, a plain {@link HttpServer}; requests run on a bounded pool of threads.
 */
public final class AgentServer implements AutoCloseable {

    /**
     * How to listen.
     *
     * @param address the address and port; port 0 picks a free one
     * @param tls the TLS context presenting the Agent's certificate, or {@code null} for plain HTTP
     * @param maxRequestBytes the largest request body accepted
     * @param threads how many requests are served at once
     */
    public record Settings(InetSocketAddress address, SSLContext tls, int maxRequestBytes, int threads) {
    }

    /** Thrown when plain HTTP is asked for on an address other hosts can reach. */
    public static final class InsecureListenException extends IOException {
        private static final long serialVersionUID = 1L;

        InsecureListenException(String message) {
            super(message);
        }
    }

    /** How long an idle request thread lives. */
    private static final long IDLE_THREAD_SECONDS = 3;

    private final HttpServer server;
    private final ExecutorService executor;
    private final boolean https;
    private final RpcHttpHandler handler;

    private AgentServer(HttpServer server, ExecutorService executor, boolean https, RpcHttpHandler handler) {
        this.server = server;
        this.executor = executor;
        this.https = https;
        this.handler = handler;
    }

    /** @return how many HTTP requests have come so far */
    public long requests() {
        return handler.requests();
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
        HttpServer server;
        if (settings.tls() == null) {
            checkPlainHttpAllowed(settings.address());
            server = HttpServer.create(settings.address(), 128);
        } else {
            HttpsServer s = HttpsServer.create(settings.address(), 128);
            s.setHttpsConfigurator(new HttpsConfigurator(settings.tls()) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = getSSLContext().getDefaultSSLParameters();
                    p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                    p.setCipherSuites(cipherSuites(getSSLContext()));
                    p.setUseCipherSuitesOrder(true);
                    p.setNeedClientAuth(false);
                    params.setSSLParameters(p);
                }
            });
            server = s;
        }
        AtomicInteger n = new AtomicInteger();
        // Idle request threads end after a few seconds: each holds its touched stack pages.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.threads(), settings.threads(),
                IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024), r -> {
                    Thread t = new Thread(r, "xenophiliad-rpc-" + n.incrementAndGet());
                    t.setDaemon(false);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        RpcHttpHandler handler = new RpcHttpHandler(dispatcher, settings.maxRequestBytes());
        server.createContext("/", handler);
        server.start();
        return new AgentServer(server, executor, settings.tls() != null, handler);
    }

    /** @return the bound address (with the actual port) */
    public InetSocketAddress address() {
        return server.getAddress();
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
        server.stop(1);
        executor.shutdownNow();
    }
}
