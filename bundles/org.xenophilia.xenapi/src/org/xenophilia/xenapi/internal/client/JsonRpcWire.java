package org.xenophilia.xenapi.internal.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * XenAPI in JSON-RPC 2.0, posted to {@code jsonrpc} beside the client's URI ({@code https://host/jsonrpc}), as xapi
 * and the Agent serve it and Xen Orchestra's client speaks it; messages by {@link JsonRpcCodec}.
 * <p>
 * Over the JDK's {@code HttpURLConnection}, as the XML-RPC wire: the request body is buffered, so the JDK sends it
 * with a length and keeps the connection alive, and a POST that failed on a kept-alive connection is sent again on a
 * new one only through {@link AbortAwareSocketFactory}, which refuses for an aborted call. (The JDK's
 * {@code java.net.http.HttpClient} would wait for the answer on another thread, where an abort, the socket factory's
 * check and a job's stack no longer meet.)
 * <p>
 * A server without JSON-RPC is told apart as Xen Orchestra's client does, and also by a {@code 404}: either throws
 * {@link WireUnsupportedException}, after which nothing was done.
 */
public final class JsonRpcWire implements XenApiWire {

    private static final String JSON = "application/json";
    private static final int ERROR_DETAIL_LIMIT = 64 * 1024;

    private final ConnectionSettings settings;
    private final URL url;
    private final AtomicLong ids = new AtomicLong();

    /** @param settings the client's connections */
    public JsonRpcWire(ConnectionSettings settings) {
        this.settings = settings;
        URI base = settings.uri();
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            base = base.resolve("/"); // resolving against an empty path would glue the name to the port
        }
        try {
            this.url = base.resolve("jsonrpc").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + settings.uri(), e);
        }
    }

    /** @return where the calls are posted */
    public URL url() {
        return url;
    }

    @Override
    public Object call(String method, Object[] params) throws XenApiException, IOException {
        long id = ids.incrementAndGet();
        byte[] body = JsonRpcCodec.request(id, method, params);
        InFlightCalls.Call call = settings.calls().current();
        try {
            HttpURLConnection c = settings.open(url);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", JSON);
            c.setRequestProperty("Accept", JSON);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            call.checkAborted();
            // sends the request and reads the status: the JDK may reconnect in here, see AbortAwareSocketFactory
            int status = c.getResponseCode();
            call.checkAborted();
            if (status / 100 == 2) {
                return JsonRpcCodec.result(id, answer(method, c, call));
            }
            throw httpError(method, c, status);
        } catch (IOException e) {
            throw translate(method, call, e);
        } catch (RuntimeException e) {
            // an abort closes the socket under the JDK's HttpURLConnection, which may then fail inside itself (a
            // NullPointerException in getProxyHostUsed while it reconnects, seen in EventTest): still an abort
            if (call.aborted()) {
                throw new IOException(method + ": call aborted (" + settings.uri() + ")", e);
            }
            throw e;
        } finally {
            call.detach();
        }
    }

    private Object answer(String method, HttpURLConnection c, InFlightCalls.Call call) throws IOException {
        String type = c.getContentType();
        try (InputStream in = c.getInputStream()) {
            if (!isJson(type)) {
                in.transferTo(OutputStream.nullOutputStream()); // read to the end: the connection stays alive
                throw new WireUnsupportedException(method + ": " + url + " answered " + c.getResponseCode()
                        + " with Content-Type " + type + ", not " + JSON + ": no JSON-RPC there");
            }
            Object answer = JsonRpcCodec.read(in);
            call.checkAborted();
            return answer;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(JSON);
    }

    private XenApiProtocolException httpError(String method, HttpURLConnection c, int status) throws IOException {
        String detail = "";
        try (InputStream err = c.getErrorStream()) {
            if (err != null) {
                byte[] text = err.readNBytes(ERROR_DETAIL_LIMIT);
                err.transferTo(OutputStream.nullOutputStream());
                detail = errorDetail(text, c.getContentType());
            }
        }
        String what = method + ": HTTP " + status + " " + c.getResponseMessage() + " from " + url + detail;
        return status == HttpURLConnection.HTTP_NOT_FOUND ? new WireUnsupportedException(what + ": no JSON-RPC there")
                : new XenApiProtocolException(what);
    }

    /** What a refused request's body says, when it is a JSON-RPC error (e.g. {@code Parse error: ...}). */
    private static String errorDetail(byte[] body, String contentType) {
        if (!isJson(contentType)) {
            return "";
        }
        try {
            Object answer = JsonRpcCodec.read(new ByteArrayInputStream(body));
            if (answer instanceof Map<?, ?> m && m.get("error") instanceof Map<?, ?> e) {
                return ": " + e.get("message") + (e.get("data") == null ? "" : " (" + e.get("data") + ")");
            }
        } catch (IOException e) {
            // not JSON after all: the status says enough
        }
        return "";
    }

    private IOException translate(String method, InFlightCalls.Call call, IOException e) {
        if (call.aborted()) {
            return new IOException(method + ": call aborted (" + settings.uri() + ")", e);
        }
        if (e instanceof XenApiProtocolException) {
            return e;
        }
        return ClientTls.untrusted(e).<IOException>map(u -> u)
                .orElseGet(() -> new IOException(method + ": " + e.getMessage() + " (" + settings.uri() + ")", e));
    }
}
