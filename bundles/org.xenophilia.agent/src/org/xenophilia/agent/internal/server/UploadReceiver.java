package org.xenophilia.agent.internal.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.Scheduler;
import org.xenophilia.agent.internal.api.Dispatcher;

import com.google.gson.Gson;

/**
 * The paths that take a file as a request's body ({@code PUT /import_image?session_id=REF&...}): the body is read as
 * a stream by the path's handler on a thread of the pool for uploads (a few at a time: each holds its thread while its
 * client sends), so memory holds only what is in flight. A client that sends nothing for the body deadline is cut
 * off (the handler's read fails and it removes what it made), however long the whole body takes: a large file takes
 * long, a silent client is gone. The answer is JSON: the handler's value, or {@code {"error": [code, params...]}}.
 */
final class UploadReceiver {

    private static final Gson JSON = new Gson();

    private final Dispatcher dispatcher;
    private final Duration silence;
    private final Scheduler scheduler;
    private final Executor uploads;

    /**
     * @param dispatcher the API, with its uploads
     * @param silence how long a client may send nothing of the body
     * @param scheduler the server's timers
     * @param uploads the threads that read uploads
     */
    UploadReceiver(Dispatcher dispatcher, Duration silence, Scheduler scheduler, Executor uploads) {
        this.dispatcher = dispatcher;
        this.silence = silence;
        this.scheduler = scheduler;
        this.uploads = uploads;
    }

    /** @return whether the path takes uploads */
    boolean takes(String path) {
        return dispatcher.takesUploads(path);
    }

    /** Receives an upload to a path that {@link #takes} them; the answer goes to {@code sink}. */
    void receive(Request request, Response response, ResponseSink sink, String path) {
        if (!"PUT".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "PUT");
            refuse(response, sink, 405, List.of("MESSAGE_METHOD_UNKNOWN", request.getMethod() + " " + path));
            return;
        }
        long length = request.getLength();
        if (length < 0) {
            refuse(response, sink, 411, List.of("FIELD_TYPE_ERROR", "Content-Length"));
            return;
        }
        Map<String, String> query = new TreeMap<>();
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        for (Fields.Field f : fields) {
            query.put(f.getName(), f.getValue());
        }
        Watched body = new Watched(Content.Source.asInputStream(request));
        try {
            uploads.execute(() -> {
                Scheduler.Task watch = watch(request, body, body.read.get());
                try {
                    Dispatcher.UploadOutcome o = dispatcher.upload(path, query, length, body);
                    if (o.status() != 200) {
                        // what the handler did not read is not read now: the connection cannot be reused
                        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
                    }
                    answer(sink, o.status(), o.value());
                } finally {
                    body.done = true;
                    watch.cancel();
                }
            });
        } catch (RejectedExecutionException full) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            refuse(response, sink, 503, List.of("TOO_MANY_PENDING_TASKS"));
        }
    }

    /** Cuts the request off when nothing of its body arrived for {@link #silence} since {@code seen} bytes. */
    private Scheduler.Task watch(Request request, Watched body, long seen) {
        return scheduler.schedule(() -> {
            if (body.done) {
                return;
            }
            long now = body.read.get();
            if (now == seen) {
                request.fail(new TimeoutException("nothing of the body arrived for " + silence.toSeconds() + " s"));
            } else {
                watch(request, body, now);
            }
        }, silence.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static void refuse(Response response, ResponseSink sink, int status, List<String> error) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
        answer(sink, status, Map.of("error", error));
    }

    private static void answer(ResponseSink sink, int status, Object value) {
        byte[] json = JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
        sink.whole(status, "application/json", json, json.length);
    }

    /** The body, counting what has been read of it. */
    private static final class Watched extends FilterInputStream {
        final AtomicLong read = new AtomicLong();
        volatile boolean done;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}
