package org.xenophilia.agent.internal.server;

import java.time.Clock;
import java.time.Duration;

import org.xenophilia.agent.internal.api.ApiRegistry;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.agent.internal.auth.SessionRegistry;

/**
 * What the request parsers' fuzz tests share: the dispatcher they answer through. It serves no method (an empty
 * {@link ApiRegistry}), so every call that parses is answered by the dispatcher itself ({@code
 * MESSAGE_METHOD_UNKNOWN} with the method's name, or {@code system.listMethods}): the fuzzing stays on the parsing
 * and on writing the answer, which is where a request's bytes go. The tests live in the server's package because its
 * request reader and replies are package-private; when the endpoints' signatures change, only {@link #call} changes.
 */
final class RpcFuzzing {

    /** The Agent's default: a request body larger than this is refused before it is parsed. */
    static final int MAX_REQUEST_BYTES = 1 << 20;

    private RpcFuzzing() {
    }

    /**
     * Reads a request as the front door does and answers it into memory.
     *
     * @param endpoint the wire encoding
     * @param body the request body
     * @param clientAddress the client's address
     * @return the answer, whole (a streamed one collected)
     */
    static RpcEndpoint.Reply call(RpcEndpoint endpoint, byte[] body, String clientAddress) {
        ResponseSink.Collected sink = ResponseSink.collect();
        endpoint.read(body, clientAddress).answer(sink);
        if (sink.aborted() != null) {
            throw new AssertionError("the answer was abandoned midway", sink.aborted());
        }
        byte[] answer = sink.body();
        return new RpcEndpoint.Reply(sink.status(), sink.contentType(), answer, answer.length);
    }

    /** @return a dispatcher serving no method, with the Agent's default session limits */
    static Dispatcher emptyDispatcher() {
        return new Dispatcher(new ApiRegistry(), new SessionRegistry(Clock.systemUTC(), Duration.ofHours(1), 500));
    }
}
