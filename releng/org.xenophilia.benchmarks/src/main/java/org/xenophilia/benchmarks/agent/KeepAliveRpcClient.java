package org.xenophilia.benchmarks.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.xenophilia.xenapi.client.Fingerprints;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * One HTTP/1.1 keep-alive connection over TLS that posts prepared XML-RPC or JSON-RPC bodies and reads each response
 * by its {@code Content-Length}: as little client work as possible, so that the benchmark measures the server.
 * Trusts exactly the certificate with the pinned fingerprint. Fails if the server closes or asks to close the
 * connection.
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

        /** A call whose parameters are all strings. */
        byte[] body(String method, String... params) {
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
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {pinned(Fingerprints.normalize(fingerprint))}, null);
        socket = (SSLSocket) tls.getSocketFactory().createSocket();
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

    private static byte[] xmlBody(String method, String... params) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><methodCall><methodName>").append(method)
                .append("</methodName><params>");
        for (String p : params) {
            sb.append("<param><value>").append(escapeXml(p)).append("</value></param>");
        }
        return sb.append("</params></methodCall>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A JSON-RPC 2.0 call whose parameters are all strings (as Xen Orchestra's client sends them). */
    private static byte[] jsonBody(String method, String... params) {
        JsonArray a = new JsonArray();
        for (String p : params) {
            a.add(p);
        }
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("method", method);
        o.add("params", a);
        o.addProperty("id", 0);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Posts a body and reads the response.
     *
     * @return the response body
     * @throws IOException on a status other than 200, a missing length, or a connection the server closes
     */
    byte[] call(byte[] body) throws IOException {
        out.write(head);
        out.write(Integer.toString(body.length).getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
        out.write('\r');
        out.write('\n');
        out.write(body);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException("unexpected status: " + status);
        }
        int length = -1;
        for (String h; !(h = line()).isEmpty();) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                throw new IOException("the server closes the connection: no keep-alive");
            }
        }
        if (length < 0) {
            throw new IOException("response without Content-Length");
        }
        byte[] response = in.readNBytes(length);
        if (response.length != length) {
            throw new IOException("connection closed in the middle of a response");
        }
        return response;
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
