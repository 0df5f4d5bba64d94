package org.xenophilia.agent.internal.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Found while fuzzing the XML-RPC endpoint (docs/fuzzing.md): XML-RPC requests have no nesting limit (JSON-RPC's is
 * 32), and 20,000 nested arrays, an 860 KB body within {@code max-request-bytes}, overflow the stack of a request
 * thread (the Agent runs with {@code -Xss512k}) inside the XML-RPC library's parser. The library catches the
 * {@link StackOverflowError} and answers a {@code <fault>} with an empty message, so the Agent survives, but only by
 * catching an Error in the middle of a parse, and the client learns nothing.
 * <p>
 * Disabled until the server package's rework refuses deep nesting itself: {@code XmlRpcEndpoint.getRequest} counting
 * element depth in front of the library's content handler and failing with "nested deeper than N" (e.g. 100 elements:
 * 32 XenAPI levels of {@code value/array/data}), as {@code JsonRpcRequest} does.
 */
@Disabled("the XML-RPC nesting limit belongs to the server package being reworked: enable with the fix")
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
        Thread requestThread = new Thread(null, () -> reply.set(RpcFuzzing.call(endpoint, body, "192.0.2.1")), "agent-like",
                512 * 1024);
        requestThread.start();
        requestThread.join();
        String answer = new String(reply.get().body(), 0, reply.get().length(), UTF_8);
        assertEquals(200, reply.get().status());
        assertTrue(answer.contains("<fault>") && answer.contains("nested"), answer);
    }
}
