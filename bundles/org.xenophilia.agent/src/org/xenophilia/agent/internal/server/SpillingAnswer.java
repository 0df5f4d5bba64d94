package org.xenophilia.agent.internal.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.xenophilia.agent.internal.api.StreamFailure;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;

/**
 * Writes one encoded answer into a {@link ResponseSink}: whole, with a length, while it fits {@link #WHOLE_UP_TO}
 * bytes; beyond that the writer hands its buffer over each time it would grow past it, and the answer is streamed.
 * An answer of any size therefore costs at most that buffer (an Agent with 10,000 domains answers
 * {@code VM.get_all_records} in tens of megabytes within a 64 MB heap).
 */
final class SpillingAnswer implements WireWriter.Spill {

    private static final System.Logger LOG = System.getLogger(SpillingAnswer.class.getName());

    /** The largest answer sent whole; also the largest buffer a streamed one keeps. */
    static final int WHOLE_UP_TO = 256 * 1024;

    /** How one encoding writes an answer and, in its place, an error. */
    interface Writing {
        /** Writes the answer into the writer. */
        void answer() throws WireWriter.Unsupported;

        /** Writes an error into the writer instead, from its start. */
        void error(XenApiException e);
    }

    private final ResponseSink sink;
    private final String contentType;
    private final WireWriter writer;
    private OutputStream out;

    /**
     * @param sink where the answer goes
     * @param contentType its content type
     * @param writer the writer that will encode it; from now on it spills here
     */
    SpillingAnswer(ResponseSink sink, String contentType, WireWriter writer) {
        this.sink = sink;
        this.contentType = contentType;
        this.writer = writer;
        writer.spillTo(this, WHOLE_UP_TO);
    }

    /**
     * Writes and sends an answer. While nothing of it has gone out, a failure is answered as a XenAPI error instead:
     * the error a streamed value's iterator met ({@link StreamFailure}), {@code INTERNAL_ERROR} for a value no XenAPI
     * type describes or anything else that went wrong (a server bug, logged). Once part of it has gone out, a failure
     * ends the connection: the client sees a truncated answer, never a wrong one.
     *
     * @param method the method answered, for the log
     * @param writing the encoding's writing
     */
    void send(String method, Writing writing) {
        try {
            writing.answer();
        } catch (WireWriter.Unsupported | RuntimeException e) {
            if (writer.spilled()) {
                if (!(e instanceof UncheckedIOException)) { // not the client going away
                    LOG.log(System.Logger.Level.ERROR, "the answer to " + method + " failed midway: " + e, e);
                }
                abort(e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage()));
                return;
            }
            if (e instanceof StreamFailure f) {
                writing.error(f.error());
            } else {
                LOG.log(System.Logger.Level.ERROR, "cannot answer " + method + ": " + e, e);
                writing.error(ErrorCode.INTERNAL_ERROR.exception(e instanceof WireWriter.Unsupported
                        ? "the result cannot be encoded: " + e.getMessage() : String.valueOf(e.getMessage())));
            }
        }
        finish(writer);
    }

    @Override
    public void accept(byte[] chunk, int length) throws IOException {
        if (out == null) {
            out = sink.stream(200, contentType);
        }
        out.write(chunk, 0, length);
    }

    /** Sends what the writer holds: the whole answer, or the end of a streamed one. */
    void finish(WireWriter writer) {
        if (out == null) {
            sink.whole(200, contentType, writer.bytes(), writer.size());
            return;
        }
        try {
            out.write(writer.bytes(), 0, writer.size());
            out.close();
        } catch (IOException e) {
            sink.abort(e);
        }
    }

    /**
     * Abandons a streamed answer that could not be finished (a value no XenAPI type describes met after the first
     * chunk went out, or the client went away).
     */
    void abort(RuntimeException why) {
        sink.abort(why instanceof UncheckedIOException u ? u.getCause() : why);
    }
}
