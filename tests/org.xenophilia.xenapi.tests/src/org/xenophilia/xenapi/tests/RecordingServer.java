package org.xenophilia.xenapi.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.xenophilia.xenapi.client.Fingerprints;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTP or HTTPS server on loopback that answers each path with a fixed reply and records every request as it
 * arrived (path, {@code Content-Type}, body), to see exactly what the client sends where. {@code ${id}} in an answer
 * is the JSON-RPC request's id, as a server echoes it. Over HTTPS it presents a
 * self-signed certificate made for it by the JDK's {@code keytool}, as a node's would be. A path can be made to
 * stall: its requests wait for {@link #release()} (or the server's stop) before being answered.
 */
final class RecordingServer implements AutoCloseable {

    /** One request as the server received it. */
    record Request(String method, String path, String contentType, String body) {
    }

    /** A fixed answer. */
    record Reply(int status, String contentType, String body) {
    }

    private static final String STORE_PASSWORD = "test-store-password";
    private static final Pattern JSON_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stalled = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final String fingerprint;

    private RecordingServer(HttpServer server, String fingerprint) {
        this.server = server;
        this.fingerprint = fingerprint;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return a plain HTTP server */
    static RecordingServer http() throws IOException {
        return new RecordingServer(HttpServer.create(loopback(), 0), null);
    }

    /**
     * @param dir where to keep its key store
     * @return an HTTPS server with a fresh self-signed certificate
     */
    static RecordingServer https(Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=not-the-host-name", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD).redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, STORE_PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new RecordingServer(server, Fingerprints.sha256((X509Certificate) keys.getCertificate("server")));
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** @return the certificate's SHA-256 fingerprint (HTTPS only) */
    String fingerprint() {
        return fingerprint;
    }

    /** @return the server's root, e.g. {@code https://127.0.0.1:PORT/} */
    URI uri() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Answers {@code path} with this from now on; a path without an answer gets {@code 404}. */
    void answer(String path, int status, String contentType, String body) {
        replies.put(path, new Reply(status, contentType, body));
    }

    /** Makes requests to {@code path} wait for {@link #release()} before their answer. */
    void stall(String path) {
        stalled.put(path, true);
    }

    /** Lets stalled requests be answered. */
    void release() {
        release.countDown();
    }

    /** @return the requests received so far, in order */
    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * Waits until the server has received {@code n} requests.
     *
     * @param n how many
     * @param timeout how long it may take
     * @throws AssertionError if they did not come in time
     */
    void awaitRequests(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            for (long left = timeout.toNanos(); requests.size() < n; left = deadline - System.nanoTime()) {
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout + " for " + n + " requests, got " + requests);
                }
                TimeUnit.NANOSECONDS.timedWait(requests, left);
            }
        }
    }

    /** @return the paths of the requests received so far, in order */
    List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    /** @return the last request */
    Request last() {
        List<Request> all = requests();
        return all.get(all.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(new Request(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            requests.notifyAll();
        }
        if (stalled.containsKey(path)) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Reply reply = replies.getOrDefault(path, new Reply(404, "text/plain", "no such path"));
        Matcher id = JSON_ID.matcher(body);
        byte[] b = reply.body().replace("${id}", id.find() ? id.group(1) : "null").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), b.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(b);
        } catch (IOException e) {
            // the client went away (an aborted call)
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
