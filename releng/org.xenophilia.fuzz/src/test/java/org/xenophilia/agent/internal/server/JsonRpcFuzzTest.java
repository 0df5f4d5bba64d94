package org.xenophilia.agent.internal.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.xenophilia.fuzz.AllocationBudget;
import org.xenophilia.fuzz.Warmup;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The Agent's JSON-RPC request reader ({@link JsonRpcRequest#parse}) and the answer {@link JsonRpcEndpoint} gives to
 * a request body as received on {@code /jsonrpc}:
 * <ul>
 * <li>a body is a call or refused with {@link JsonRpcRequest.Refused}, whose code is JSON-RPC's parse error or
 * invalid request, never another exception;</li>
 * <li>the answer is {@code 200} or {@code 400} with a body of well-formed UTF-8 JSON (one object, strictly), a
 * {@code 400} holding the refusal's error code;</li>
 * <li>parsing allocates in proportion to the body (the Agent's heap is 64 MiB, a body up to 1 MiB).</li>
 * </ul>
 * Seeds: the calls and refusals of the agent tests ({@code JsonRpcRequestTest}, {@code JsonRpcTest}) and Xen
 * Orchestra's calls.
 */
class JsonRpcFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("JsonRpcRequest.parse", 256 << 10, 256);
    private static final JsonRpcEndpoint ENDPOINT = new JsonRpcEndpoint(RpcFuzzing.emptyDispatcher());
    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    static {
        // Gson's and the endpoint's classes are loaded, and instrumented, before the first input's timeout starts
        byte[] call = "{\"jsonrpc\":\"2.0\",\"method\":\"m.n\",\"params\":[1,\"s\",[{}]],\"id\":1}"
                .getBytes(StandardCharsets.UTF_8);
        Warmup.run(() -> new JsonRpcFuzzTest().request(call));
    }

    @FuzzTest
    void request(byte[] body) throws Exception {
        if (body.length > RpcFuzzing.MAX_REQUEST_BYTES) {
            return; // refused by the HTTP handler before it is read
        }
        BUDGET.run(body.length, () -> {
            try {
                return JsonRpcRequest.parse(body);
            } catch (JsonRpcRequest.Refused refused) {
                if (refused.code != JsonRpcResponseWriter.PARSE_ERROR
                        && refused.code != JsonRpcResponseWriter.INVALID_REQUEST) {
                    throw new AssertionError("refused with code " + refused.code, refused);
                }
                return null;
            }
        });
        RpcEndpoint.Reply reply = RpcFuzzing.call(ENDPOINT, body, "192.0.2.1");
        JsonObject answer = wellFormed(reply);
        if (reply.status() == 400 && !isRefusal(answer)) {
            throw new AssertionError("a 400 without JSON-RPC's parse error or invalid request: " + answer);
        }
    }

    private static JsonObject wellFormed(RpcEndpoint.Reply reply) {
        boolean status = reply.status() == 200 || reply.status() == 400;
        if (!status || !JsonRpcEndpoint.CONTENT_TYPE.equals(reply.contentType())) {
            throw new AssertionError("answered " + reply.status() + " " + reply.contentType());
        }
        JsonReader reader = new JsonReader(new InputStreamReader(
                new ByteArrayInputStream(reply.body(), 0, reply.length()), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement answer = JSON.read(reader);
            if (!answer.isJsonObject() || reader.peek() != JsonToken.END_DOCUMENT) {
                throw new AssertionError("not one JSON object: " + text(reply));
            }
            return answer.getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("the answer is not well-formed JSON: " + text(reply), e);
        }
    }

    private static boolean isRefusal(JsonObject answer) {
        JsonElement error = answer.get("error");
        if (error == null || !error.isJsonObject() || !error.getAsJsonObject().has("code")) {
            return false;
        }
        int code = error.getAsJsonObject().get("code").getAsInt();
        return code == JsonRpcResponseWriter.PARSE_ERROR || code == JsonRpcResponseWriter.INVALID_REQUEST;
    }

    private static String text(RpcEndpoint.Reply reply) {
        return new String(reply.body(), 0, reply.length(), StandardCharsets.UTF_8);
    }
}
