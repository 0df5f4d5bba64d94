package org.xenophilia.agent.internal.server;

import java.util.List;

import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.xenapi.XenApiException;

/**
 * XenAPI over JSON-RPC 1.0 and 2.0, the way xapi serves it on {@code /jsonrpc} (its {@code Api_server.jsoncallback}
 * and xapi's {@code doc/content/xen-api/wire-protocol.md}): the same {@link Dispatcher} as XML-RPC, the result or
 * XenAPI error in the request's JSON-RPC version ({@link JsonRpcResponseWriter}), {@code Content-Type} exactly
 * {@code application/json} (Xen Orchestra's client compares it as a whole). A call always answers {@code 200}, a
 * XenAPI error included ({@code MESSAGE_METHOD_UNKNOWN} too: clients tell the API's errors from the transport's by the
 * status). A body that is not JSON answers {@code 400} with JSON-RPC 2.0's parse error ({@code -32700}), JSON that is
 * not a call {@code 400} with its invalid request ({@code -32600}); neither ever carries a stack trace.
 */
public final class JsonRpcEndpoint implements RpcEndpoint {

    private static final System.Logger LOG = System.getLogger(JsonRpcEndpoint.class.getName());

    /** The content type of every answer. */
    static final String CONTENT_TYPE = "application/json";

    private final Dispatcher dispatcher;

    /** @param dispatcher where API calls go */
    public JsonRpcEndpoint(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Request read(byte[] body, String clientAddress) {
        JsonRpcRequest request;
        try {
            request = JsonRpcRequest.parse(body);
        } catch (JsonRpcRequest.Refused e) {
            LOG.log(System.Logger.Level.INFO, "refused JSON-RPC request from " + clientAddress + ": "
                    + e.getMessage());
            return RpcEndpoint.refused(reply(400, new JsonRpcResponseWriter(256).error(e.code, e.standardMessage(),
                    List.of(e.getMessage()), e.id)));
        }
        return new Request() {
            @Override
            public boolean mayWait() {
                return dispatcher.mayWait(request.method, request.params);
            }

            @Override
            public boolean answersEveryObject() {
                return dispatcher.answersEveryObject(request.method, request.params);
            }

            @Override
            public void answer(ResponseSink sink) {
                Dispatcher.Outcome outcome = Dispatcher.LIST_METHODS.equals(request.method)
                        ? new Dispatcher.Outcome(dispatcher.listMethods(), null)
                        : dispatcher.call(request.method, request.params, clientAddress);
                write(request, outcome, sink);
            }
        };
    }

    /** Writes the answer to a call (see {@link SpillingAnswer#send} for failures). */
    private static void write(JsonRpcRequest request, Dispatcher.Outcome outcome, ResponseSink sink) {
        JsonRpcResponseWriter w = new JsonRpcResponseWriter(8192);
        new SpillingAnswer(sink, CONTENT_TYPE, w).send(request.method, new SpillingAnswer.Writing() {
            @Override
            public void answer() throws WireWriter.Unsupported {
                if (outcome.succeeded()) {
                    w.success(request.version, request.id, outcome.value());
                } else {
                    w.failure(request.version, request.id, outcome.failure());
                }
            }

            @Override
            public void error(XenApiException e) {
                w.failure(request.version, request.id, e);
            }
        });
    }

    @Override
    public Reply refusal(int status, String message) {
        return reply(status, new JsonRpcResponseWriter(256).error(JsonRpcResponseWriter.INVALID_REQUEST,
                "Invalid Request", List.of(message.strip()), null));
    }

    private static Reply reply(int status, JsonRpcResponseWriter w) {
        return new Reply(status, CONTENT_TYPE, w.toByteArray(), w.size());
    }
}
