package org.xenophilia.benchmarks.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.xenophilia.xenapi.client.Fingerprints;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * One HTTP/1.1 keep-alive connection over TLS that posts prepared XML-RPC or JSON-RPC bodies and reads each response
 * whole (by its {@code Content-Length} or chunks), or as it comes, counting what it holds without keeping it
 * ({@link #stream}): as little client work as possible, so that the benchmark measures the server. Trusts
 * exactly the certificate with the pinned fingerprint. Fails if the server closes or asks to close the
 * connection. It may be opened from a given local address (127.0.0.2 ...), so that many clients on one
 * machine look like clients of many machines to the Agent's per-source connection limit.
 */
final class KeepAliveRpcClient implements AutoCloseable {

    /** The two encodings of the XenAPI: where each is posted, and how a success starts. */
    enum Wire {
        XML_RPC("XML-RPC", "/", "text/xml", "<name>Status</name><value>Success</value>"),
        JSON_RPC("JSON-RPC", "/jsonrpc", "application/json", "{\"jsonrpc\":\"2.0\",\"result\":");

        final String label;
        final String path;
        final String contentType;
        final byte[] success;

        Wire(String label, String path, String contentType, String success) {
            this.label = label;
            this.path = path;
            this.contentType = contentType;
            this.success = success.getBytes(StandardCharsets.US_ASCII);
        }

        /**
         * A call whose parameters are strings, lists of them (sets), doubles (floats), {@link Long}s (a XenAPI
         * {@code int}: a decimal string in XML-RPC, an integer in JSON-RPC) or booleans.
         */
        byte[] body(String method, Object... params) {
            return this == XML_RPC ? xmlBody(method, params) : jsonBody(method, params);
        }
    }

    private final SSLSocket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] head;

    KeepAliveRpcClient(URI uri, String fingerprint) throws IOException, GeneralSecurityException {
        this(uri, fingerprint, Wire.XML_RPC);
    }

    KeepAliveRpcClient(URI uri, String fingerprint, Wire wire) throws IOException, GeneralSecurityException {
        this(uri, fingerprint, wire, null);
    }

    /** @param from the local address to connect from, or {@code null} for any */
    KeepAliveRpcClient(URI uri, String fingerprint, Wire wire, InetAddress from)
            throws IOException, GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {pinned(Fingerprints.normalize(fingerprint))}, null);
        socket = (SSLSocket) tls.getSocketFactory().createSocket();
        if (from != null) {
            socket.bind(new InetSocketAddress(from, 0));
        }
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        socket.setSoTimeout(60_000);
        socket.setTcpNoDelay(true);
        socket.startHandshake();
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        head = ("POST " + wire.path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUser-Agent: xenophilia-benchmark\r\nContent-Type: " + wire.contentType
                + "\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    private static X509TrustManager pinned(String fingerprint) {
        return new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (!Fingerprints.sha256(chain[0]).equals(fingerprint)) {
                    throw new CertificateException("not the pinned certificate");
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("no client certificates");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    /** An XML-RPC call whose parameters are all strings. */
    static byte[] body(String method, String... params) {
        return xmlBody(method, params);
    }

    private static byte[] xmlBody(String method, Object... params) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>").append(method)
                .append("</methodName><params>");
        for (Object p : params) {
            sb.append("<param>").append(xmlValue(p)).append("</param>");
        }
        return sb.append("</params></methodCall>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xmlValue(Object p) {
        if (p instanceof Double d) {
            return "<value><double>" + d + "</double></value>";
        }
        if (p instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("<value><array><data>");
            l.forEach(e -> sb.append(xmlValue(e)));
            return sb.append("</data></array></value>").toString();
        }
        if (p instanceof Boolean b) {
            return "<value><boolean>" + (b ? 1 : 0) + "</boolean></value>";
        }
        if (p instanceof Long n) {
            return "<value>" + n + "</value>"; // a XenAPI int is a decimal string
        }
        return "<value>" + escapeXml((String) p) + "</value>";
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A JSON-RPC 2.0 call (as Xen Orchestra's client sends them). */
    private static byte[] jsonBody(String method, Object... params) {
        JsonArray a = new JsonArray();
        for (Object p : params) {
            a.add(jsonValue(p));
        }
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("method", method);
        o.add("params", a);
        o.addProperty("id", 0);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonElement jsonValue(Object p) {
        if (p instanceof Double d) {
            return new JsonPrimitive(d);
        }
        if (p instanceof List<?> l) {
            JsonArray a = new JsonArray();
            l.forEach(e -> a.add(jsonValue(e)));
            return a;
        }
        if (p instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (p instanceof Long n) {
            return new JsonPrimitive(n);
        }
        return new JsonPrimitive((String) p);
    }

    /**
     * Posts a body and reads the response, whole or streamed (chunked).
     *
     * @return the response body
     * @throws IOException on a status other than 200, or a connection the server closes
     */
    byte[] call(byte[] body) throws IOException {
        try (InputStream response = post(body)) {
            return response.readAllBytes();
        }
    }

    /**
     * What a client reading a large answer as it comes saw of it, without keeping it.
     *
     * @param bytes the body's length
     * @param markers how many times the marker occurred in it (e.g. one per record)
     * @param head its first bytes, as text
     * @param tail its last bytes, as text
     */
    record Answer(long bytes, long markers, String head, String tail) {
    }

    /**
     * Posts a body and reads the response as it comes, counting a marker, keeping none of it but its ends: what a
     * client that streams a large answer costs the server, not the client's memory.
     *
     * @param body the request
     * @param marker what to count (it must not overlap itself)
     * @return what was read
     */
    Answer stream(byte[] body, byte[] marker) throws IOException {
        byte[] buf = new byte[64 * 1024];
        byte[] head = new byte[256];
        byte[] tail = new byte[256];
        long total = 0;
        long markers = 0;
        int matched = 0;
        try (InputStream response = post(body)) {
            for (int n; (n = response.read(buf)) > 0;) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (total + i < head.length) {
                        head[(int) (total + i)] = b;
                    }
                    tail[(int) ((total + i) % tail.length)] = b;
                    matched = b == marker[matched] ? matched + 1 : b == marker[0] ? 1 : 0;
                    if (matched == marker.length) {
                        markers++;
                        matched = 0;
                    }
                }
                total += n;
            }
        }
        int headLength = (int) Math.min(total, head.length);
        StringBuilder end = new StringBuilder();
        for (long i = Math.max(0, total - tail.length); i < total; i++) {
            end.append((char) (tail[(int) (i % tail.length)] & 0xFF));
        }
        return new Answer(total, markers, new String(head, 0, headLength, StandardCharsets.ISO_8859_1),
                end.toString());
    }

    /**
     * An HTTP answer.
     *
     * @param status its status
     * @param retryAfterSeconds its {@code Retry-After}, or -1
     * @param body its body
     */
    record Reply(int status, int retryAfterSeconds, byte[] body) {
    }

    /**
     * Posts a body and reads the response whole, whatever its status, waiting for it at most {@code timeout}.
     *
     * @return the answer
     * @throws java.net.SocketTimeoutException if it does not come within {@code timeout}
     * @throws IOException on a connection the server closes
     */
    Reply exchange(byte[] body, Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Head h = send(body);
        try (InputStream response = h.body()) {
            return new Reply(h.status(), h.retryAfterSeconds(), response.readAllBytes());
        }
    }

    /** What precedes a body: the status and the headers read, and the body to read. */
    private record Head(int status, int retryAfterSeconds, InputStream body) {
    }

    /** Sends a request and reads the status and headers; the body follows in the stream returned. */
    private InputStream post(byte[] body) throws IOException {
        Head h = send(body);
        if (h.status() != 200) {
            throw new IOException("unexpected status: " + h.status());
        }
        return h.body();
    }

    private Head send(byte[] body) throws IOException {
        out.write(head);
        out.write(Integer.toString(body.length).getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
        out.write('\r');
        out.write('\n');
        out.write(body);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        int retryAfter = -1;
        for (String h; !(h = line()).isEmpty();) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("retry-after:")) {
                retryAfter = Integer.parseInt(h.substring(12).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                throw new IOException("the server closes the connection (status " + code + "): no keep-alive");
            }
        }
        if (chunked) {
            return new Head(code, retryAfter, new ChunkedBody());
        }
        if (length < 0) {
            throw new IOException("response without Content-Length or chunks");
        }
        return new Head(code, retryAfter, new LengthBody(length));
    }

    /** A response body, read in blocks. */
    private abstract static class Body extends InputStream {
        @Override
        public final int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }

    /** A body of a known length. */
    private final class LengthBody extends Body {
        private long left;

        LengthBody(long length) {
            left = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("connection closed in the middle of a response");
            }
            left -= n;
            return n;
        }
    }

    /** A body in HTTP/1.1 chunks, as a streamed answer comes. */
    private final class ChunkedBody extends Body {
        private long left;
        private boolean done;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line();
                int semicolon = size.indexOf(';');
                left = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (left == 0) {
                    while (!line().isEmpty()) {
                        // trailers
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("connection closed in the middle of a chunk (the answer was cut off)");
            }
            left -= n;
            if (left == 0 && !line().isEmpty()) {
                throw new IOException("a chunk does not end with CRLF");
            }
            return n;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c; (c = in.read()) != '\n';) {
            if (c < 0) {
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
