package org.xenophilia.agent.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.xenophilia.agent.internal.tls.AgentIdentity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A TLS-terminating HTTP proxy in front of an Agent that records every exchange (path, the request's and the
 * answer's {@code Content-Type}, the status), to see from the server side which wire a client speaks. It presents the
 * Agent's own certificate, so a client pins the Agent's fingerprint as usual. {@link #withoutJsonRpc()} makes it
 * answer {@code /jsonrpc} with {@code 404} itself, as a server without JSON-RPC would.
 */
final class RecordingTlsProxy implements AutoCloseable {

    /** One exchange as it passed. */
    record Exchange(String path, String requestType, int status, String answerType) {
    }

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient agent;
    private final URI agentUri;
    private final List<Exchange> exchanges = new ArrayList<>();
    private volatile boolean withoutJsonRpc;

    RecordingTlsProxy(AgentFixture f) throws Exception {
        agent = f.rawClient();
        agentUri = f.uri();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(AgentIdentity.load(f.configDir).serverContext()));
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** @return where clients connect */
    URI uri() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Answers {@code /jsonrpc} with {@code 404} from now on, without asking the Agent. */
    void withoutJsonRpc() {
        withoutJsonRpc = true;
    }

    /** @return the exchanges so far, in order */
    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status;
        String answerType;
        byte[] answer;
        if (withoutJsonRpc && path.equals("/jsonrpc")) {
            status = 404;
            answerType = "text/plain";
            answer = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            HttpResponse<byte[]> r;
            try {
                r = agent.send(HttpRequest.newBuilder(agentUri.resolve(path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", type == null ? "" : type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            status = r.statusCode();
            answerType = r.headers().firstValue("Content-Type").orElse(null);
            answer = r.body();
        }
        synchronized (exchanges) {
            exchanges.add(new Exchange(path, type, status, answerType));
        }
        if (answerType != null) {
            exchange.getResponseHeaders().set("Content-Type", answerType);
        }
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
