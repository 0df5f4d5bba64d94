package org.xenophilia.agent.internal.server;

/**
 * One wire encoding of the XenAPI, served on its paths by {@link RpcHttpHandler}: it decodes a request body, has the
 * {@link org.xenophilia.agent.internal.api.Dispatcher} answer it, and encodes the answer, including its own way of
 * saying that a request was refused before it reached the API.
 */
interface RpcEndpoint {

    /**
     * An HTTP response: a status, a content type, and the first {@code length} bytes of {@code body}.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}, exactly (some clients compare it as a whole)
     * @param body the buffer holding the body
     * @param length how many of its bytes are the body
     */
    record Reply(int status, String contentType, byte[] body, int length) {
    }

    /**
     * Answers one request.
     *
     * @param body the request body, already bounded in size
     * @param clientAddress the client's IP address
     * @return the response; never an exception for anything a client sent
     */
    Reply call(byte[] body, String clientAddress);

    /**
     * Answers a request refused at the HTTP level (not {@code POST}, too large), in the endpoint's own words.
     *
     * @param status the HTTP status
     * @param message why
     * @return the response
     */
    Reply refusal(int status, String message);
}
