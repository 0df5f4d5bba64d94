package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTP or HTTPS server on loopback serving image files as a web server does ({@code Range} answered with
 * {@code 206} and {@code Content-Range}, an {@code ETag}, {@code If-Range} honoured), with the faults a deployment
 * must survive or refuse: the connection dropped after N bytes (once, or every time), other bytes than the file's,
 * a stall (no byte until the server stops), redirects (to another path, in a loop, to http). Over HTTPS it presents
 * a self-signed certificate made by the JDK's {@code keytool} at test time. Every request is logged with its
 * {@code Range} and {@code If-Range}.
 */
final class ImageServer implements AutoCloseable {

    /** One request as the server received it. */
    record Request(String path, String range, String ifRange) {
    }

    private static final String STORE_PASSWORD = "test-store-password";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, Long> dropAfter = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dropAlways = new ConcurrentHashMap<>();
    private final Map<String, Boolean> corrupt = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stalled = new ConcurrentHashMap<>();
    private final Map<String, Boolean> noRanges = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final String fingerprint;

    private ImageServer(HttpServer server, String fingerprint) {
        this.server = server;
        this.fingerprint = fingerprint;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return a plain HTTP server */
    static ImageServer http() throws IOException {
        return new ImageServer(HttpServer.create(loopback(), 0), null);
    }

    /**
     * @param dir where to keep its key store
     * @return an HTTPS server with a fresh self-signed certificate
     */
    static ImageServer https(Path dir) throws Exception {
        Path store = dir.resolve("server-" + System.nanoTime() + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=images.test", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, STORE_PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new ImageServer(server, TlsPolicy.fingerprint((X509Certificate) keys.getCertificate("server")));
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** @return the SHA-256 of the certificate's DER, lower-case hex (HTTPS only) */
    String fingerprint() {
        return fingerprint;
    }

    /** @return the URL of a path, e.g. {@code https://127.0.0.1:PORT/a/b} */
    URI uri(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves a file at a path, with an ETag of its version. */
    void serve(String path, Path file, String etag) {
        files.put(path, file);
        etags.put(path, etag);
    }

    /** Answers a path with a redirect to {@code location} (absolute or relative). */
    void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** Drops the connection after {@code bytes} of the next answer's body, once. */
    void dropOnceAfter(String path, long bytes) {
        dropAfter.put(path, bytes);
    }

    /** Drops every connection after {@code bytes} more bytes of the body. */
    void dropAlwaysAfter(String path, long bytes) {
        dropAfter.put(path, bytes);
        dropAlways.put(path, true);
    }

    /** Ends the faults of a path: it is served as it is again. */
    void heal(String path) {
        dropAfter.remove(path);
        dropAlways.remove(path);
        corrupt.remove(path);
        stalled.remove(path);
        noRanges.remove(path);
    }

    /** Serves other bytes than the file's (its first byte flipped). */
    void corrupt(String path) {
        corrupt.put(path, true);
    }

    /** Sends the headers, then nothing until the server stops. */
    void stall(String path) {
        stalled.put(path, true);
    }

    /** Ignores Range headers: always the whole file with 200, as a server that cannot resume. */
    void ignoreRanges(String path) {
        noRanges.put(path, true);
    }

    /** @return the requests so far, in order */
    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
        synchronized (requests) {
            requests.add(new Request(path, range, ifRange));
        }
        try (exchange) {
            String location = redirects.get(path);
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Path file = files.get(path);
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            if (corrupt.containsKey(path)) {
                body[0] ^= 1;
            }
            String etag = etags.get(path);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            int start = 0;
            Matcher m = range == null ? null : RANGE.matcher(range);
            boolean honour = m != null && m.matches() && !noRanges.containsKey(path)
                    && (ifRange == null || ifRange.equals(etag));
            if (honour) {
                start = Integer.parseInt(m.group(1));
                if (start >= body.length) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Range",
                        "bytes " + start + "-" + (body.length - 1) + "/" + body.length);
                exchange.sendResponseHeaders(206, body.length - start);
            } else {
                exchange.sendResponseHeaders(200, body.length);
            }
            if (stalled.containsKey(path)) {
                exchange.getResponseBody().flush();
                stop.await(120, TimeUnit.SECONDS);
                return;
            }
            OutputStream out = exchange.getResponseBody();
            Long drop = dropAlways.containsKey(path) ? dropAfter.get(path) : dropAfter.remove(path);
            int end = drop == null ? body.length : (int) Math.min(body.length, start + drop);
            out.write(body, start, end - start);
            out.flush();
            if (end < body.length) {
                // the body is shorter than its Content-Length: the client sees the connection end midway
                throw new IOException("dropped on purpose after " + end + " bytes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
