package org.xenophilia.agent.internal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The HTTP side of the XML-RPC endpoint: {@code POST} to {@code /} or {@code /RPC2}, a body of at most
 * {@code maxRequestBytes} (a larger declared length is refused before anything is read; a chunked body is cut off at
 * the limit), the response as {@code text/xml} with a length so the connection can be kept alive.
 */
final class RpcHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RpcHttpHandler.class.getName());

    private final XenApiRpcServer rpc;
    private final int maxRequestBytes;
    private final java.util.concurrent.atomic.LongAdder requests = new java.util.concurrent.atomic.LongAdder();

    RpcHttpHandler(XenApiRpcServer rpc, int maxRequestBytes) {
        this.rpc = rpc;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requests.increment();
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!"/".equals(path) && !"/RPC2".equals(path)) {
                plain(exchange, 404, "not found: the XenAPI endpoint is POST / or /RPC2\n");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                plain(exchange, 405, "XenAPI over XML-RPC: use POST\n");
                return;
            }
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            if (declared != null) {
                long length;
                try {
                    length = Long.parseLong(declared.trim());
                } catch (NumberFormatException e) {
                    plain(exchange, 400, "bad Content-Length\n");
                    return;
                }
                if (length > maxRequestBytes) {
                    tooLarge(exchange);
                    return;
                }
            }
            byte[] body = readBounded(exchange.getRequestBody());
            if (body == null) {
                tooLarge(exchange);
                return;
            }
            String client = exchange.getRemoteAddress().getAddress().getHostAddress();
            byte[] response = rpc.process(body, client);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
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

    private void tooLarge(HttpExchange exchange) throws IOException {
        // The rest of the body is not read; the connection cannot be reused.
        exchange.getResponseHeaders().set("Connection", "close");
        plain(exchange, 413, "request larger than " + maxRequestBytes + " bytes\n");
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
