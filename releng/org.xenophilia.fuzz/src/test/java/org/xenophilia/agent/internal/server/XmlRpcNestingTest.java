package org.xenophilia.agent.internal.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Found while fuzzing the XML-RPC endpoint (docs/fuzzing.md, finding 13): XML-RPC requests had no nesting limit
 * (JSON-RPC's is 32), and 20,000 nested arrays, an 860 KB body within {@code max-request-bytes}, overflowed the stack
 * of a request thread (the Agent runs with {@code -Xss512k}) inside the XML-RPC library's parser. The library caught
 * the {@link StackOverflowError} and answered a {@code <fault>} with an empty message: the Agent survived only by
 * catching an Error in the middle of a parse, and the client learnt nothing. Now the endpoint refuses elements nested
 * deeper than {@link XmlRpcEndpoint#MAX_ELEMENT_DEPTH} while parsing, and says so.
 */
class XmlRpcNestingTest {

    @Test
    void deepNestingIsRefusedWithAMessageBeforeTheStackRunsOut() throws InterruptedException {
        XmlRpcEndpoint endpoint = new XmlRpcEndpoint(RpcFuzzing.emptyDispatcher());
        int levels = 20_000;
        byte[] body = ("<methodCall><methodName>VM.get_record</methodName><params><param>"
                + "<value><array><data>".repeat(levels) + "</data></array></value>".repeat(levels)
                + "</param></params></methodCall>").getBytes(UTF_8);
        assertTrue(body.length < RpcFuzzing.MAX_REQUEST_BYTES);
        AtomicReference<RpcEndpoint.Reply> reply = new AtomicReference<>();
        Thread requestThread = new Thread(null, () -> reply.set(RpcFuzzing.call(endpoint, body, "192.0.2.1")),
                "agent-like", 512 * 1024);
        requestThread.start();
        requestThread.join();
        String answer = new String(reply.get().body(), 0, reply.get().length(), UTF_8);
        assertEquals(200, reply.get().status());
        assertTrue(answer.contains("<fault>") && answer.contains("nested deeper than"), answer);
    }

    @Test
    void theDeepestXenApiValueStillParses() throws InterruptedException {
        XmlRpcEndpoint endpoint = new XmlRpcEndpoint(RpcFuzzing.emptyDispatcher());
        int levels = JsonRpcRequest.MAX_DEPTH - 1; // the params array is JSON-RPC's first level
        byte[] body = ("<methodCall><methodName>VM.get_record</methodName><params><param>"
                + "<value><array><data>".repeat(levels) + "<value>x</value>" + "</data></array></value>".repeat(levels)
                + "</param></params></methodCall>").getBytes(UTF_8);
        String answer = new String(RpcFuzzing.call(endpoint, body, "192.0.2.1").body(), UTF_8);
        assertTrue(answer.contains("MESSAGE_METHOD_UNKNOWN") && !answer.contains("<fault>"), answer);
    }
}
