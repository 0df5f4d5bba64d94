package org.xenophilia.agent.internal.server;

import java.io.OutputStream;

/**
 * Where an endpoint writes its answer: whole, with a length (what fits the response buffer: the thread is free as
 * soon as it is handed over), or as a stream for an answer too large to hold (written as it is encoded; the writing
 * thread waits for a slow reader, which the server's minimum response data rate bounds).
 */
interface ResponseSink {

    /**
     * Sends a whole answer and completes the exchange.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}, exactly
     * @param body the buffer holding the body
     * @param length how many of its bytes are the body
     */
    void whole(int status, String contentType, byte[] body, int length);

    /**
     * Starts a streamed answer (chunked); closing the stream completes the exchange.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}, exactly
     * @return the body's stream
     */
    OutputStream stream(int status, String contentType);

    /**
     * Abandons the exchange after a streamed answer could not be finished: the connection is closed, so the client
     * sees a truncated answer rather than a wrong one.
     *
     * @param why what went wrong
     */
    void abort(Throwable why);

    /** @return a sink that collects an answer in memory, for tests and tools */
    static Collected collect() {
        return new Collected();
    }

    /** An answer collected in memory. */
    final class Collected implements ResponseSink {
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        private int status;
        private String contentType;
        private boolean streamed;
        private Throwable aborted;

        @Override
        public void whole(int s, String type, byte[] b, int length) {
            status = s;
            contentType = type;
            body.write(b, 0, length);
        }

        @Override
        public OutputStream stream(int s, String type) {
            status = s;
            contentType = type;
            streamed = true;
            return body;
        }

        @Override
        public void abort(Throwable why) {
            aborted = why;
        }

        /** @return the HTTP status */
        public int status() {
            return status;
        }

        /** @return the content type */
        public String contentType() {
            return contentType;
        }

        /** @return the body */
        public byte[] body() {
            return body.toByteArray();
        }

        /** @return whether it was streamed rather than sent whole */
        public boolean streamed() {
            return streamed;
        }

        /** @return why the answer was abandoned, or {@code null} */
        public Throwable aborted() {
            return aborted;
        }
    }
}
