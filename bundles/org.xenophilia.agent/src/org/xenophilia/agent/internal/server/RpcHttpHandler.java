package org.xenophilia.agent.internal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.xenophilia.agent.internal.api.Dispatcher;

/**
 * The HTTP side of the XenAPI: {@code POST} to a path of one of its encodings, as xapi serves them (XML-RPC on
 * {@code /}, {@code /RPC2} and {@code /xmlrpc}, where Xen Orchestra's client posts it; JSON-RPC on {@code /jsonrpc}),
 * a body of at most {@code maxRequestBytes} (a larger declared length is refused before anything is read; a chunked
 * body is cut off at the limit), the response with a length so the connection can be kept alive. Other paths answer
 * {@code 404}, other methods {@code 405}, each encoding's refusals in its own words.
 */
final class RpcHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RpcHttpHandler.class.getName());

    /** What other paths answer. */
    static final String NOT_FOUND = "not found: the XenAPI is POST / (also /RPC2, /xmlrpc) for XML-RPC and POST"
            + " /jsonrpc for JSON-RPC\n";

    private final Map<String, RpcEndpoint> endpoints;
    private final int maxRequestBytes;
    private final LongAdder requests = new LongAdder();

    /**
     * @param dispatcher the API both encodings serve
     * @param maxRequestBytes the largest request body accepted
     */
    RpcHttpHandler(Dispatcher dispatcher, int maxRequestBytes) {
        XmlRpcEndpoint xml = new XmlRpcEndpoint(dispatcher);
        this.endpoints = Map.of("/", xml, "/RPC2", xml, "/xmlrpc", xml, "/jsonrpc", new JsonRpcEndpoint(dispatcher));
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requests.increment();
        try (exchange) {
            RpcEndpoint endpoint = endpoints.get(exchange.getRequestURI().getRawPath());
            if (endpoint == null) {
                plain(exchange, 404, NOT_FOUND);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, endpoint.refusal(405, "the XenAPI is called with POST\n"));
                return;
            }
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            if (declared != null) {
                long length;
                try {
                    length = Long.parseLong(declared.trim());
                } catch (NumberFormatException e) {
                    send(exchange, endpoint.refusal(400, "bad Content-Length\n"));
                    return;
                }
                if (length > maxRequestBytes) {
                    tooLarge(exchange, endpoint);
                    return;
                }
            }
            byte[] body = readBounded(exchange.getRequestBody());
            if (body == null) {
                tooLarge(exchange, endpoint);
                return;
            }
            String client = exchange.getRemoteAddress().getAddress().getHostAddress();
            send(exchange, endpoint.call(body, client));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "request from " + exchange.getRemoteAddress() + " failed: " + e);
            throw e;
        }
    }

    /** @return how many requests have come so far */
    long requests() {
        return requests.sum();
    }

    /** @return the body, or {@code null} if it is longer than the limit */
    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(maxRequestBytes, 8192));
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (body.size() + n > maxRequestBytes) {
                return null;
            }
            body.write(buf, 0, n);
        }
        return body.toByteArray();
    }

    private void tooLarge(HttpExchange exchange, RpcEndpoint endpoint) throws IOException {
        // The rest of the body is not read; the connection cannot be reused.
        exchange.getResponseHeaders().set("Connection", "close");
        send(exchange, endpoint.refusal(413, "request larger than " + maxRequestBytes + " bytes\n"));
    }

    private static void send(HttpExchange exchange, RpcEndpoint.Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        // a length of 0 would mean "chunked" to the JDK's server; -1 is "no body"
        exchange.sendResponseHeaders(reply.status(), reply.length() == 0 ? -1 : reply.length());
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body(), 0, reply.length());
        }
    }

    private static void plain(HttpExchange exchange, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, b.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(b);
        }
    }
}
