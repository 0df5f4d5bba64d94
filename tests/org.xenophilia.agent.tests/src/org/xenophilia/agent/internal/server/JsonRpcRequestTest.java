package org.xenophilia.agent.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.agent.internal.server.JsonRpcResponseWriter.Version;

/**
 * {@link JsonRpcRequest} reads what xapi reads (JSON-RPC 1.0 and 2.0 calls) and refuses the rest with the JSON-RPC
 * error that says why, before a hostile body costs memory.
 */
class JsonRpcRequestTest {

    private static JsonRpcRequest parse(String json) throws JsonRpcRequest.Refused {
        return JsonRpcRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonRpcRequest.Refused refused(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonRpcRequest.Refused refused(byte[] body) {
        return assertThrows(JsonRpcRequest.Refused.class, () -> JsonRpcRequest.parse(body));
    }

    @Test
    void version1WithAStringId() throws Exception {
        JsonRpcRequest r = parse("{\"method\": \"host.get_resident_VMs\", \"params\": [\"OpaqueRef:s\", "
                + "\"OpaqueRef:h\"], \"id\": \"xyz\"}");
        assertEquals(Version.V1, r.version);
        assertEquals("xyz", r.id);
        assertEquals("host.get_resident_VMs", r.method);
        assertEquals(List.of("OpaqueRef:s", "OpaqueRef:h"), r.params);
    }

    @Test
    void version2WithAnIntegerIdAndTypedParameters() throws Exception {
        JsonRpcRequest r = parse("{\"jsonrpc\":\"2.0\",\"method\":\"event.from\",\"params\":[\"OpaqueRef:s\","
                + "[\"vm\",\"task\"],\"\",60.1,17179869184,true,null,{\"k\":[1,{\"x\":\"y\"}]}],\"id\":0}");
        assertEquals(Version.V2, r.version);
        assertEquals(0L, r.id);
        assertEquals(Arrays.asList("OpaqueRef:s", List.of("vm", "task"), "", 60.1, 17179869184L, true, null,
                Map.of("k", List.of(1L, Map.of("x", "y")))), r.params);
    }

    @Test
    void version2ParamsMayBeAbsentNullOrOneObject() throws Exception {
        assertEquals(List.of(), parse("{\"jsonrpc\":\"2.0\",\"method\":\"system.listMethods\",\"id\":1}").params);
        assertEquals(List.of(), parse("{\"jsonrpc\":\"2.0\",\"method\":\"m.n\",\"params\":null,\"id\":1}").params);
        assertEquals(List.of(Map.of("a", "b")),
                parse("{\"jsonrpc\":\"2.0\",\"method\":\"m.n\",\"params\":{\"a\":\"b\"},\"id\":1}").params);
        // 1.0 requires the array
        assertEquals(JsonRpcResponseWriter.INVALID_REQUEST, refused("{\"method\":\"m.n\",\"id\":1}").code);
        assertEquals(JsonRpcResponseWriter.INVALID_REQUEST,
                refused("{\"method\":\"m.n\",\"params\":{\"a\":1},\"id\":1}").code);
    }

    @Test
    void integersBeyond64BitsAreFloatsWhichNoIntParameterAccepts() throws Exception {
        assertEquals(List.of(Long.MAX_VALUE, 9.223372036854776E18, -0.0, 1.0E-7),
                parse("{\"method\":\"m.n\",\"params\":[9223372036854775807,9223372036854775808,-0.0,1e-7],\"id\":1}")
                        .params);
        JsonRpcRequest.Refused r = refused("{\"method\":\"m.n\",\"params\":[1e400],\"id\":1}");
        assertEquals(JsonRpcResponseWriter.PARSE_ERROR, r.code);
        assertTrue(r.getMessage().contains("out of range"), r.getMessage());
    }

    @Test
    void notJsonIsAParseErrorAtItsPlace() {
        for (String bad : List.of("", "{", "{\"method\":\"m.n\",}", "{'method':'m.n'}", "{\"method\":m}",
                "{\"method\":\"m.n\",\"params\":[],\"id\":1} trailing", "[1] [2]", "{\"a\":1 /* c */}", "NaN")) {
            JsonRpcRequest.Refused r = refused(bad);
            assertEquals(JsonRpcResponseWriter.PARSE_ERROR, r.code, bad);
            assertEquals("Parse error", r.standardMessage());
        }
        JsonRpcRequest.Refused r = refused("{\"method\":\"m.n\",\n\"params\": [1,,2], \"id\": 1}");
        assertTrue(r.getMessage().contains("line 2"), r.getMessage());
        assertEquals(JsonRpcResponseWriter.PARSE_ERROR,
                refused(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}).code, "malformed UTF-8");
    }

    @Test
    void jsonThatIsNotACallIsAnInvalidRequest() {
        for (String bad : List.of("[]", "\"session.logout\"", "42", "{}", "{\"method\":42,\"params\":[],\"id\":1}",
                "{\"jsonrpc\":\"1.0\",\"method\":\"m.n\",\"params\":[],\"id\":1}",
                "{\"jsonrpc\":2,\"method\":\"m.n\",\"params\":[],\"id\":1}",
                "{\"method\":\"m.n\",\"params\":\"x\",\"id\":1}", "{\"method\":\"m.n\",\"params\":[],\"id\":1.5}",
                "{\"method\":\"m.n\",\"params\":[],\"id\":[1]}")) {
            JsonRpcRequest.Refused r = refused(bad);
            assertEquals(JsonRpcResponseWriter.INVALID_REQUEST, r.code, bad);
            assertEquals("Invalid Request", r.standardMessage());
        }
    }

    @Test
    void notificationsAreRefusedAsXapiRefusesThem() {
        for (String bad : List.of("{\"jsonrpc\":\"2.0\",\"method\":\"session.logout\",\"params\":[\"s\"]}",
                "{\"method\":\"session.logout\",\"params\":[\"s\"],\"id\":null}")) {
            JsonRpcRequest.Refused r = refused(bad);
            assertEquals(JsonRpcResponseWriter.INVALID_REQUEST, r.code, bad);
            assertTrue(r.getMessage().contains("notifications are not supported"), r.getMessage());
        }
    }

    @Test
    void theRequestIdIsKeptForTheErrorWhereItCanBeRead() {
        assertEquals(7L, refused("{\"jsonrpc\":\"9\",\"method\":\"m.n\",\"id\":7}").id);
        assertEquals("a", refused("{\"method\":{},\"params\":[],\"id\":\"a\"}").id);
        assertEquals(null, refused("{\"method\":\"m.n\",\"params\":[],\"id\":1").id);
    }

    @Test
    void deepNestingIsRefusedBeforeItIsBuilt() {
        String deep = "{\"method\":\"m.n\",\"params\":" + "[".repeat(50_000) + "]".repeat(50_000) + ",\"id\":1}";
        JsonRpcRequest.Refused r = refused(deep);
        assertEquals(JsonRpcResponseWriter.PARSE_ERROR, r.code);
        assertTrue(r.getMessage().contains("Nesting limit " + JsonRpcRequest.MAX_DEPTH), r.getMessage());
    }

    @Test
    void tooManyValuesAreRefusedBeforeTheyAreBuilt() throws Exception {
        String many = "{\"method\":\"m.n\",\"params\":[" + "0,".repeat(JsonRpcRequest.MAX_VALUES) + "0],\"id\":1}";
        JsonRpcRequest.Refused r = refused(many);
        assertEquals(JsonRpcResponseWriter.PARSE_ERROR, r.code);
        assertTrue(r.getMessage().contains("more than " + JsonRpcRequest.MAX_VALUES + " values"), r.getMessage());
        // the object, the method, the params array and the id are 4 of them
        String fits = "{\"method\":\"m.n\",\"params\":[" + "0,".repeat(JsonRpcRequest.MAX_VALUES - 5) + "0],\"id\":1}";
        assertEquals(JsonRpcRequest.MAX_VALUES - 4, parse(fits).params.size());
    }

    @Test
    void aMemberGivenTwiceIsRefused() {
        JsonRpcRequest.Refused r = refused("{\"method\":\"session.logout\",\"method\":\"VM.destroy\",\"params\":[],"
                + "\"id\":1}");
        assertEquals(JsonRpcResponseWriter.PARSE_ERROR, r.code);
        assertTrue(r.getMessage().contains("\"method\" is given twice"), r.getMessage());
    }
}
