package org.xenophilia.agent.internal.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.xenophilia.agent.internal.api.Dispatcher;

/**
 * The HTTP side of the XenAPI: {@code POST} to a path of one of its encodings, as xapi serves them (XML-RPC on
 * {@code /}, {@code /RPC2} and {@code /xmlrpc}, where Xen Orchestra's client posts it; JSON-RPC on {@code /jsonrpc}).
 * <p>
 * Nothing here waits on a client: it runs when a request's headers have arrived, reads the body without a thread
 * (at most {@code maxRequestBytes}: a larger declared length is refused before anything is read, a chunked body is
 * refused at the limit; the whole body within the body deadline, else {@code 408}), and only then hands the request to
 * a thread: to the pool for calls, or, for a call that may wait ({@code event.from} with a timeout), to the pool for
 * waits, so that waiting clients never take the threads of ordinary calls; or, for a call whose answer holds every
 * object of a class (built whole in memory), to the pool for those, which makes them a few at a time whatever the
 * crowd asking. A full pool answers {@code 503} with {@code Retry-After}; a full pool for waits has the long poll
 * answer at once instead of waiting. A path that takes a file as its body ({@code PUT /import_image}) is read as a
 * stream by {@link UploadReceiver}. Other paths answer {@code 404}, other methods {@code 405}, each encoding's
 * refusals in its own words.
 * <p>
 * Why it is not a {@code Handler.Abstract.NonBlocking}, though it never blocks: Jetty runs the reads of a non-blocking
 * handler's connections, their TLS handshakes and decryption included, on its one selector thread. A crowd of clients
 * connecting at once (as after a restart) then had every handshake and every other connection's reads wait in line
 * there, out of sight of the {@link ConnectionGuard}, which closed clients at its deadlines for the server's own
 * backlog. Declared blocking, reads run on the I/O pool: in parallel, and a backlog there is one the guard sees.
 */
final class RpcHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(RpcHandler.class.getName());

    /** What other paths answer. */
    static final String NOT_FOUND = "not found: the XenAPI is POST / (also /RPC2, /xmlrpc) for XML-RPC and POST"
            + " /jsonrpc for JSON-RPC\n";

    private final Map<String, RpcEndpoint> endpoints;
    private final int maxRequestBytes;
    private final Duration bodyDeadline;
    private final ConnectionGuard guard;
    private final Scheduler scheduler;
    private final Executor calls;
    private final Executor waits;
    private final Executor everyObject;
    private final UploadReceiver uploads;
    private final LongAdder requests = new LongAdder();

    /**
     * @param dispatcher the API both encodings serve
     * @param maxRequestBytes the largest request body accepted
     * @param bodyDeadline how long a body may take to arrive, from its headers
     * @param guard the connections' watch (told when requests arrive and answers end)
     * @param scheduler the server's timers
     * @param calls the threads that answer calls
     * @param waits the threads that answer calls that may wait
     * @param everyObject the threads that answer calls whose answers hold every object of a class
     * @param uploads the threads that read uploads (a file as a request's body)
     */
    RpcHandler(Dispatcher dispatcher, int maxRequestBytes, Duration bodyDeadline, ConnectionGuard guard,
            Scheduler scheduler, Executor calls, Executor waits, Executor everyObject, Executor uploads) {
        XmlRpcEndpoint xml = new XmlRpcEndpoint(dispatcher);
        this.endpoints = Map.of("/", xml, "/RPC2", xml, "/xmlrpc", xml, "/jsonrpc", new JsonRpcEndpoint(dispatcher));
        this.maxRequestBytes = maxRequestBytes;
        this.bodyDeadline = bodyDeadline;
        this.guard = guard;
        this.scheduler = scheduler;
        this.calls = calls;
        this.waits = waits;
        this.everyObject = everyObject;
        this.uploads = new UploadReceiver(dispatcher, bodyDeadline, scheduler, uploads);
    }

    /** @return how many requests have come so far */
    long requests() {
        return requests.sum();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        requests.increment();
        EndPoint ep = request.getConnectionMetaData().getConnection().getEndPoint();
        guard.requestArrived(ep);
        Exchange exchange = new Exchange(request, response, Callback.from(callback, () -> guard.answerSent(ep)));
        String path = request.getHttpURI().getPath();
        if (uploads.takes(path)) {
            uploads.receive(request, response, exchange, path);
            return true;
        }
        RpcEndpoint endpoint = endpoints.get(path);
        if (endpoint == null) {
            exchange.plain(404, NOT_FOUND);
            return true;
        }
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            exchange.refuse(endpoint.refusal(405, "the XenAPI is called with POST\n"), false);
            return true;
        }
        long declared = request.getLength();
        if (declared > maxRequestBytes) {
            // the body is not read: the connection cannot be reused
            exchange.refuse(endpoint.refusal(413, "request larger than " + maxRequestBytes + " bytes\n"), true);
            return true;
        }
        CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, maxRequestBytes);
        Scheduler.Task deadline = scheduler.schedule(() -> {
            if (!body.isDone()) {
                exchange.refuse(endpoint.refusal(408, "the request body did not arrive within "
                        + bodyDeadline.toSeconds() + " s\n"), true);
            }
        }, bodyDeadline.toNanos(), TimeUnit.NANOSECONDS);
        body.whenComplete((bytes, failure) -> {
            deadline.cancel();
            if (failure != null) {
                // larger than the limit (a chunked body), or the client went away
                exchange.refuse(endpoint.refusal(413, "request larger than " + maxRequestBytes + " bytes\n"), true);
                return;
            }
            answer(endpoint, bytes, Request.getRemoteAddr(request), exchange);
        });
        return true;
    }

    /**
     * Reads and answers the request on the pool for calls, or hands a call that answers every object of a class to the
     * pool for those, or a call that may wait to the pool for waits.
     */
    private void answer(RpcEndpoint endpoint, byte[] body, String client, Exchange exchange) {
        try {
            calls.execute(() -> {
                RpcEndpoint.Request r;
                try {
                    r = endpoint.read(body, client);
                } catch (RuntimeException | Error e) {
                    exchange.abort(e); // the readers answer every malformed request; this is a fault of ours
                    return;
                }
                if (r.answersEveryObject()) {
                    try {
                        everyObject.execute(() -> answer(r, exchange));
                    } catch (RejectedExecutionException full) {
                        busy(endpoint, exchange);
                    }
                    return;
                }
                if (r.mayWait()) {
                    try {
                        waits.execute(() -> answer(r, exchange));
                        return;
                    } catch (RejectedExecutionException full) {
                        // every thread for waits is taken: answered here, the long poll does not wait
                    }
                }
                answer(r, exchange);
            });
        } catch (RejectedExecutionException full) {
            busy(endpoint, exchange);
        }
    }

    /**
     * Writes a read request's answer. The dispatcher turns a call's failures into answers; what fails while the answer
     * is written (a streamed listing's object that cannot be made) abandons that answer, never the pool's thread, so
     * the client learns at once that its answer is broken instead of waiting for it.
     */
    private static void answer(RpcEndpoint.Request r, Exchange exchange) {
        try {
            r.answer(exchange);
        } catch (RuntimeException | Error e) {
            exchange.abort(e);
        }
    }

    private static void busy(RpcEndpoint endpoint, Exchange exchange) {
        exchange.response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        exchange.refuse(endpoint.refusal(503, "too many calls at once; try again\n"), false);
    }

    /** One request's answer, given once: the first of the answer, a refusal or the body's deadline wins. */
    private static final class Exchange implements ResponseSink {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean answered = new AtomicBoolean();

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void plain(int status, String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            whole(status, "text/plain; charset=utf-8", b, b.length);
        }

        void refuse(RpcEndpoint.Reply reply, boolean close) {
            if (close) {
                response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
            }
            whole(reply.status(), reply.contentType(), reply.body(), reply.length());
        }

        @Override
        public void whole(int status, String contentType, byte[] body, int length) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
            response.write(true, ByteBuffer.wrap(body, 0, length), callback);
        }

        @Override
        public OutputStream stream(int status, String contentType) {
            if (!answered.compareAndSet(false, true)) {
                return OutputStream.nullOutputStream();
            }
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            OutputStream out = Content.Sink.asOutputStream(response);
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    try {
                        out.close();
                    } catch (IOException e) {
                        callback.failed(e);
                        throw e;
                    }
                    callback.succeeded();
                }
            };
        }

        @Override
        public void abort(Throwable why) {
            LOG.log(System.Logger.Level.WARNING, "answer to " + Request.getRemoteAddr(request) + " abandoned: "
                    + why);
            answered.set(true);
            callback.failed(why);
        }
    }
}
