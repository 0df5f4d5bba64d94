package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The client's JSON-RPC against a real HTTP server on loopback that answers with fixed JSON: what it sends, how it
 * reads values and each kind of answer, and when it falls back to XML-RPC. (Over TLS: {@code ClientOverTlsTest};
 * against the Agent: the Agent's tests.)
 */
class JsonRpcClientTest {

    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = RecordingServer.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private XenApiClient client() {
        return XenApiClient.builder(server.uri()).readTimeout(Duration.ofSeconds(10)).build();
    }

    private void answerJson(String json) {
        server.answer("/jsonrpc", 200, "application/json", json);
    }

    private static String result(String value) {
        return "{\"jsonrpc\":\"2.0\",\"result\":" + value + ",\"id\":${id}}";
    }

    private static String xmlSuccess(String value) {
        return "<?xml version=\"1.0\"?><methodResponse><params><param><value><struct><member><name>Status</name>"
                + "<value>Success</value></member><member><name>Value</name><value>" + value
                + "</value></member></struct></value></param></params></methodResponse>";
    }

    @Test
    void callsAreJsonRpc20WithIntsAsJsonIntegers() throws Exception {
        answerJson(result("\"OpaqueRef:abc\""));
        XenApiClient c = client();
        assertEquals(WireEncoding.JSON_RPC, c.encoding());
        Object v = c.call("VM.set_memory_target_live", "OpaqueRef:s", Ref.of("OpaqueRef:vm"), 17179869184L, true,
                Instant.parse("2026-12-07T10:15:30Z"), List.of(1, 2), Map.of(7L, 2.5));
        assertEquals("OpaqueRef:abc", v);
        RecordingServer.Request sent = server.last();
        assertEquals(List.of("/jsonrpc"), server.paths());
        assertEquals("POST", sent.method());
        assertEquals("application/json", sent.contentType());
        JsonObject call = JsonParser.parseString(sent.body()).getAsJsonObject();
        assertEquals("2.0", call.get("jsonrpc").getAsString());
        assertEquals("VM.set_memory_target_live", call.get("method").getAsString());
        assertTrue(call.get("id").getAsJsonPrimitive().isNumber(), sent.body());
        JsonArray params = call.getAsJsonArray("params");
        assertEquals("OpaqueRef:s", params.get(0).getAsString());
        assertEquals("OpaqueRef:vm", params.get(1).getAsString());
        assertTrue(params.get(2).getAsJsonPrimitive().isNumber(), sent.body());
        assertEquals(17179869184L, params.get(2).getAsLong());
        assertTrue(params.get(3).getAsJsonPrimitive().isBoolean(), sent.body());
        assertEquals("20261207T10:15:30Z", params.get(4).getAsString());
        assertEquals("[1,2]", params.get(5).toString());
        assertEquals("{\"7\":2.5}", params.get(6).toString());
    }

    @Test
    void valuesArriveInJsonFormAndTheReadersTakeThem() throws Exception {
        answerJson(result("{\"memory_target\": 17179869184, \"domid\": -1, \"VCPUs_utilisation\": {\"0\": 0.25},"
                + " \"progress\": 1, \"start_time\": \"20261207T10:15:30Z\", \"tags\": [\"web\", \"prod\"],"
                + " \"is_a_template\": false, \"name_label\": \"caf\\u00e9 \\\"x\\\"\", \"other_config\": {}}"));
        Map<String, Object> r = WireValues.asMap(client().call("VM.get_record", "OpaqueRef:s", "OpaqueRef:vm"));
        assertInstanceOf(Long.class, r.get("memory_target"), "an int is a Long, not a string as in XML-RPC");
        assertEquals(17179869184L, WireValues.asLong(r.get("memory_target")));
        assertEquals(-1, WireValues.asLong(r.get("domid")));
        assertEquals(0.25, WireValues.asDouble(WireValues.asMap(r.get("VCPUs_utilisation")).get("0")));
        assertEquals(1.0, WireValues.asDouble(r.get("progress")), "a float without fraction");
        assertEquals(Instant.parse("2026-12-07T10:15:30Z"), WireValues.asInstant(r.get("start_time")));
        assertInstanceOf(List.class, r.get("tags"));
        assertEquals(List.of("web", "prod"), WireValues.asList(r.get("tags")));
        assertEquals(false, WireValues.asBoolean(r.get("is_a_template")));
        assertEquals("café \"x\"", WireValues.asString(r.get("name_label")));
        assertEquals(Map.of(), WireValues.asMap(r.get("other_config")));
    }

    @Test
    void systemMethodsAndVoidAnswerBareValues() throws Exception {
        answerJson(result("[\"VM.start\", \"system.listMethods\"]"));
        assertEquals(List.of("VM.start", "system.listMethods"), WireValues.asList(client().call("system.listMethods")));
        answerJson(result("\"\""));
        assertEquals(WireValues.VOID, client().call("session.logout", "OpaqueRef:s"));
        answerJson(result("null"));
        assertEquals(WireValues.VOID, client().call("session.logout", "OpaqueRef:s"));
    }

    @Test
    void xenApiErrorsBecomeXenApiExceptionsInBothJsonRpcVersions() {
        answerJson("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"VM_BAD_POWER_STATE\",\"data\":"
                + "[\"OpaqueRef:vm\",\"halted\",\"running\"]},\"id\":${id}}");
        XenApiException e = assertThrows(XenApiException.class, () -> client().call("VM.start", "s", "vm"));
        assertTrue(e.is(ErrorCode.VM_BAD_POWER_STATE), e.code());
        assertEquals(List.of("OpaqueRef:vm", "halted", "running"), e.params());

        answerJson("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"MESSAGE_METHOD_UNKNOWN\",\"data\":"
                + "[\"VM.nope\"]},\"id\":${id}}");
        e = assertThrows(XenApiException.class, () -> client().call("VM.nope"));
        assertEquals(List.of("MESSAGE_METHOD_UNKNOWN", "VM.nope"), e.errorDescription());

        // a 1.0 answer: the error is the ErrorDescription array
        answerJson("{\"result\":null,\"error\":[\"SESSION_INVALID\",\"OpaqueRef:x\"],\"id\":${id}}");
        e = assertThrows(XenApiException.class, () -> client().call("VM.get_all", "OpaqueRef:x"));
        assertEquals("SESSION_INVALID", e.code());
        assertEquals("OpaqueRef:x", e.param("handle").orElseThrow());
    }

    @Test
    void anythingElseIsAProtocolError() {
        server.answer("/jsonrpc", 400, "application/json", "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
                + "\"message\":\"Parse error\",\"data\":\"Expected name at line 1 column 2\"},\"id\":null}");
        XenApiProtocolException refused = assertThrows(XenApiProtocolException.class, () -> client().call("x.y"));
        assertTrue(refused.getMessage().contains("400") && refused.getMessage().contains("Parse error"),
                refused.getMessage());

        server.answer("/jsonrpc", 500, "text/plain", "oops");
        XenApiProtocolException http = assertThrows(XenApiProtocolException.class, () -> client().call("x.y"));
        assertTrue(http.getMessage().contains("500"), http.getMessage());

        for (String notXenApi : List.of("{\"result\": 1", "[1]", "{\"jsonrpc\":\"2.0\",\"id\":${id}}",
                "{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":99}", "{\"error\":{\"code\":1},\"id\":${id}}",
                "{\"result\":1,\"id\":${id}} {}", "{'result':1,'id':1}")) {
            answerJson(notXenApi);
            assertThrows(XenApiProtocolException.class, () -> client().call("x.y"), notXenApi);
        }
        assertEquals(List.of("/jsonrpc"), server.paths().stream().distinct().toList(), "never XML-RPC for these");
    }

    @Test
    void aServerWithoutJsonRpcIsSpokenToInXmlRpcFromThenOn() throws Exception {
        // no answer at /jsonrpc: 404
        server.answer("/", 200, "text/xml", xmlSuccess("<string>OpaqueRef:abc</string>"));
        XenApiClient c = client();
        assertEquals("OpaqueRef:abc", c.call("VM.get_by_uuid", "OpaqueRef:s", "uuid", 5L));
        assertEquals(WireEncoding.XML_RPC, c.encoding());
        assertEquals(List.of("/jsonrpc", "/"), server.paths());
        assertTrue(server.last().body().contains("<methodName>VM.get_by_uuid</methodName>"), server.last().body());
        assertTrue(server.last().body().contains("<value>5</value>"), "XML-RPC's int: " + server.last().body());
        c.call("VM.get_by_uuid", "OpaqueRef:s", "uuid", 5L);
        assertEquals(List.of("/jsonrpc", "/", "/"), server.paths(), "JSON-RPC is not tried again");
    }

    @Test
    void anOldXapiAnsweringXmlAtJsonRpcIsSpokenToInXmlRpc() throws Exception {
        // what xapi before 7.3 did: a success that is not JSON
        server.answer("/jsonrpc", 200, "text/xml", "<?xml version=\"1.0\"?><methodResponse><fault/></methodResponse>");
        server.answer("/", 200, "text/xml", xmlSuccess("<array><data><value>OpaqueRef:h</value></data></array>"));
        XenApiClient c = client();
        assertEquals(List.of("OpaqueRef:h"), WireValues.asList(c.call("host.get_all", "OpaqueRef:s")));
        assertEquals(WireEncoding.XML_RPC, c.encoding());
        assertEquals(List.of("/jsonrpc", "/"), server.paths());
    }

    @Test
    void forcedEncodingsDoNotFallBack() throws Exception {
        server.answer("/", 200, "text/xml", xmlSuccess("ok"));
        XenApiClient json = XenApiClient.builder(server.uri()).encoding(WireEncoding.JSON_RPC).build();
        XenApiProtocolException e = assertThrows(XenApiProtocolException.class, () -> json.call("x.y"));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
        assertEquals(WireEncoding.JSON_RPC, json.encoding());
        assertEquals(List.of("/jsonrpc"), server.paths());

        answerJson(result("\"json\""));
        XenApiClient xml = XenApiClient.builder(server.uri()).encoding(WireEncoding.XML_RPC).build();
        assertEquals(WireEncoding.XML_RPC, xml.encoding());
        assertEquals("ok", xml.call("x.y"));
        assertEquals(List.of("/jsonrpc", "/"), server.paths(), "XML-RPC only");
    }

    @Test
    void theJsonRpcPathIsBesideTheGivenOne() throws Exception {
        answerJson(result("1"));
        server.answer("/xen/jsonrpc", 200, "application/json", result("2"));
        for (String given : List.of("/", "/RPC2", "/xen/")) {
            XenApiClient c = XenApiClient.builder(server.uri().resolve(given)).build();
            assertEquals(given.equals("/xen/") ? 2 : 1, WireValues.asLong(c.call("x.y")), given);
        }
        XenApiClient bare = XenApiClient.builder(java.net.URI.create("http://127.0.0.1:" + server.uri().getPort()))
                .build();
        assertEquals(1, WireValues.asLong(bare.call("x.y")), "a URI without a path");
    }

    @Test
    void readTimeoutBoundsACall() {
        answerJson(result("\"\""));
        server.stall("/jsonrpc");
        XenApiClient c = XenApiClient.builder(server.uri()).readTimeout(Duration.ofMillis(300)).build();
        IOException e = assertThrows(IOException.class, () -> c.call("event.from"));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof SocketTimeoutException, String.valueOf(root));
        assertEquals(1, server.requests().size(), "a timed-out call is not sent again");
    }
}
