package org.xenophilia.agent.internal.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes one encoded answer into a {@link ResponseSink}: whole, with a length, while it fits {@link #WHOLE_UP_TO}
 * bytes; beyond that the writer hands its buffer over each time it would grow past it, and the answer is streamed.
 * An answer of any size therefore costs at most that buffer (an Agent with 10,000 domains answers
 * {@code VM.get_all_records} in tens of megabytes within a 64 MB heap).
 */
final class SpillingAnswer implements WireWriter.Spill {

    /** The largest answer sent whole; also the largest buffer a streamed one keeps. */
    static final int WHOLE_UP_TO = 256 * 1024;

    private final ResponseSink sink;
    private final String contentType;
    private OutputStream out;

    /**
     * @param sink where the answer goes
     * @param contentType its content type
     * @param writer the writer that will encode it; from now on it spills here
     */
    SpillingAnswer(ResponseSink sink, String contentType, WireWriter writer) {
        this.sink = sink;
        this.contentType = contentType;
        writer.spillTo(this, WHOLE_UP_TO);
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
