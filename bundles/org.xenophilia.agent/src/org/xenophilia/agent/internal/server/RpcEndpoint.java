package org.xenophilia.agent.internal.server;

/**
 * One wire encoding of the XenAPI, served on its paths by {@link RpcHandler}: it reads a request body into a
 * {@link Request}, which has the {@link org.xenophilia.agent.internal.api.Dispatcher} answer it and writes the answer
 * into a {@link ResponseSink}; and it says in its own words that a request was refused before it reached the API.
 */
interface RpcEndpoint {

    /**
     * A small HTTP response: a status, a content type, and the first {@code length} bytes of {@code body}.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}, exactly (some clients compare it as a whole)
     * @param body the buffer holding the body
     * @param length how many of its bytes are the body
     */
    record Reply(int status, String contentType, byte[] body, int length) {
    }

    /** A request read, to be answered. */
    interface Request {
        /**
         * @return whether answering may wait for a while ({@code event.from} with a timeout): such a request is
         *         answered on the threads for waits, so that waiting clients never take the threads of ordinary calls
         */
        boolean mayWait();

        /**
         * @return whether its answer holds every object of a class (see
         *         {@link org.xenophilia.agent.internal.api.Dispatcher#answersEveryObject}): such answers are made a
         *         few at a time
         */
        default boolean answersEveryObject() {
            return false;
        }

        /** Calls the API (or refuses the request) and writes the answer; never throws for what a client sent. */
        void answer(ResponseSink sink);
    }

    /**
     * Reads one request.
     *
     * @param body the request body, already bounded in size
     * @param clientAddress the client's IP address
     * @return the request to answer
     */
    Request read(byte[] body, String clientAddress);

    /**
     * Answers a request refused at the HTTP level (not {@code POST}, too large, too slow), in the endpoint's own
     * words.
     *
     * @param status the HTTP status
     * @param message why
     * @return the response
     */
    Reply refusal(int status, String message);

    /** @return a request whose answer is a refusal */
    static Request refused(Reply reply) {
        return new Request() {
            @Override
            public boolean mayWait() {
                return false;
            }

            @Override
            public void answer(ResponseSink sink) {
                sink.whole(reply.status(), reply.contentType(), reply.body(), reply.length());
            }
        };
    }
}
