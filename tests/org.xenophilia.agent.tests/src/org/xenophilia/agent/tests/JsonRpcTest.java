package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * XenAPI over JSON-RPC on {@code /jsonrpc}, as xapi serves it: its wire format checked on the raw HTTP and JSON, the
 * same API, sessions and errors as XML-RPC, and bad input answered with JSON-RPC errors, never a stack trace.
 */
class JsonRpcTest {

    @TempDir
    Path dir;
    AgentFixture f;
    JsonRpcClient json;
    String session;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir, c -> c.set("simulated-demo-domains", "true"));
        json = f.json();
        session = json.login(AgentFixture.ADMIN, AgentFixture.PASSWORD);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return f.rawClient().send(HttpRequest.newBuilder(f.uri().resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(HttpResponse<String> r) {
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    @Test
    void aVmRecordCarriesXenApiTypesAsJsonTypes() throws Exception {
        JsonObject all = json.call("VM.get_all_records", session).getAsJsonObject();
        assertEquals(4, all.size(), "three demo domains and the control domain: " + all);
        for (String ref : all.keySet()) {
            assertTrue(ref.startsWith("OpaqueRef:"), ref);
            JsonObject vm = all.getAsJsonObject(ref);
            for (String intField : List.of("memory_static_max", "memory_dynamic_min", "VCPUs_max",
                    "VCPUs_at_startup", "domid", "user_version")) {
                JsonPrimitive p = vm.getAsJsonPrimitive(intField);
                assertTrue(p.isNumber() && !p.getAsString().contains("."), intField + " = " + p);
            }
            assertTrue(vm.getAsJsonPrimitive("is_a_template").isBoolean());
            assertTrue(vm.getAsJsonPrimitive("HVM_shadow_multiplier").isNumber());
            assertTrue(vm.getAsJsonPrimitive("power_state").isString());
            assertTrue(vm.get("other_config").isJsonObject());
            assertTrue(vm.get("VBDs").isJsonArray());
        }
        JsonObject metrics = json.call("VM_metrics.get_all_records", session).getAsJsonObject();
        String startTime = metrics.entrySet().iterator().next().getValue().getAsJsonObject().get("start_time")
                .getAsString();
        assertTrue(startTime.matches("[0-9]{8}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"), startTime);
    }

    @Test
    void theAnswersRawBytesAreXapisJsonRpc20() throws Exception {
        String host = json.call("host.get_all", session).getAsJsonArray().get(0).getAsString();
        HttpResponse<String> r = postJson("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"host.get_API_version_major\","
                + " \"params\": [\"" + session + "\", \"" + host + "\"], \"id\": 3}");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("application/json"), r.headers().allValues("Content-Type"));
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":3}", r.body());
    }

    @Test
    void version10IsAnsweredInVersion10() throws Exception {
        HttpResponse<String> ok = postJson("/jsonrpc", "{\"method\": \"session.get_this_host\", \"params\": [\""
                + session + "\", \"" + session + "\"], \"id\": \"xyz\"}");
        JsonObject o = object(ok);
        assertFalse(o.has("jsonrpc"), ok.body());
        assertTrue(o.get("error").isJsonNull(), ok.body());
        assertEquals("xyz", o.get("id").getAsString());
        assertTrue(o.get("result").getAsString().startsWith("OpaqueRef:"), ok.body());

        HttpResponse<String> failed = postJson("/jsonrpc", "{\"method\": \"session.logout\", \"params\": "
                + "[\"OpaqueRef:93f1a23c-a640-41e3-b163-10f86e0eae67\"], \"id\": \"xyz\"}");
        assertEquals(200, failed.statusCode());
        assertEquals("{\"result\":null,\"error\":[\"SESSION_INVALID\",\"OpaqueRef:93f1a23c-a640-41e3-b163-10f86e0eae67"
                + "\"],\"id\":\"xyz\"}", failed.body());
    }

    @Test
    void apiErrorsAreErrorObjectsWithTheXenApiCodeAsMessage() throws Exception {
        XenApiException e = assertThrows(XenApiException.class, () -> json.call("VM.get_record", session,
                "OpaqueRef:nothing"));
        assertEquals(ErrorCode.HANDLE_INVALID.code(), e.code());
        assertEquals(List.of("VM", "OpaqueRef:nothing"), e.params());

        HttpResponse<String> unknown = json.post(JsonRpcClient.request(5, "VM.frobnicate", session));
        assertEquals(200, unknown.statusCode(), "an unknown method is the API's answer, not the transport's");
        JsonObject error = object(unknown).getAsJsonObject("error");
        assertEquals(-32601, error.get("code").getAsInt());
        assertEquals("MESSAGE_METHOD_UNKNOWN", error.get("message").getAsString());
        assertEquals("VM.frobnicate", error.getAsJsonArray("data").get(0).getAsString());

        JsonObject count = object(json.post(JsonRpcClient.request(6, "host.get_record", session)))
                .getAsJsonObject("error");
        assertEquals(-32602, count.get("code").getAsInt());
        assertEquals("MESSAGE_PARAMETER_COUNT_MISMATCH", count.get("message").getAsString());

        JsonObject denied = object(json.post(JsonRpcClient.request(7, "VM.destroy",
                json.login(AgentFixture.VIEWER, AgentFixture.PASSWORD), "OpaqueRef:x"))).getAsJsonObject("error");
        assertEquals(1, denied.get("code").getAsInt());
        assertEquals("PERMISSION_DENIED", denied.get("message").getAsString());
    }

    @Test
    void aSessionServesBothEncodingsAsXapisDoes() throws Exception {
        XenApiClient xml = f.loggedInXmlRpc(AgentFixture.OPERATOR);
        String xmlSession = xml.session().orElseThrow().value();
        assertEquals(json.call("host.get_all", session).getAsJsonArray().get(0).getAsString(),
                json.call("session.get_this_host", xmlSession, xmlSession).getAsString());
        assertEquals(String.valueOf(WireValues.asList(xml.call("VM.get_all", session)).size()),
                String.valueOf(json.call("VM.get_all", xmlSession).getAsJsonArray().size()));
        json.call("session.logout", xmlSession);
        assertEquals(ErrorCode.SESSION_INVALID.code(),
                assertThrows(XenApiException.class, () -> xml.call("VM.get_all", xmlSession)).code());
    }

    @Test
    void intsMayComeAsJsonIntegersOrStringsAndFloatsAsIntegers() throws Exception {
        String vm = firstHaltedVm();
        json.call("VM.set_memory", session, vm, 2L << 30);
        assertEquals(2L << 30, json.call("VM.get_record", session, vm).getAsJsonObject().get("memory_static_max")
                .getAsLong());
        json.call("VM.set_memory", session, vm, String.valueOf(1L << 30));
        assertEquals(1L << 30, json.call("VM.get_record", session, vm).getAsJsonObject().get("memory_static_max")
                .getAsLong());
        assertEquals(ErrorCode.FIELD_TYPE_ERROR.code(), assertThrows(XenApiException.class,
                () -> json.call("VM.set_memory", session, vm, 1.5)).code());
        // event.from's timeout is a float; an integer is one too
        JsonObject batch = json.call("event.from", session, List.of("vm"), "", 0).getAsJsonObject();
        assertTrue(batch.getAsJsonPrimitive("token").isString());
        assertTrue(batch.getAsJsonObject("valid_ref_counts").getAsJsonPrimitive("vm").isNumber());
    }

    @Test
    void eventsAndTasksOverJsonRpc() throws Exception {
        String token = json.call("event.from", session, List.of("vm", "task"), "", 0.1).getAsJsonObject()
                .get("token").getAsString();
        String vm = firstHaltedVm();
        String task = json.call("Async.VM.start", session, vm, false, false).getAsString();
        JsonObject record = awaitTask(task);
        assertEquals("success", record.get("status").getAsString(), record.toString());
        assertEquals(1.0, record.get("progress").getAsDouble());
        assertTrue(record.get("created").getAsString().endsWith("Z"), record.toString());

        boolean running = false;
        for (int round = 0; round < 20 && !running; round++) {
            JsonObject batch = json.call("event_from", session, List.of("vm"), token, 5.0).getAsJsonObject();
            token = batch.get("token").getAsString();
            for (JsonElement e : batch.getAsJsonArray("events")) {
                JsonObject event = e.getAsJsonObject();
                if (vm.equals(event.get("ref").getAsString()) && "Running".equals(event.getAsJsonObject("snapshot")
                        .get("power_state").getAsString())) {
                    assertEquals("vm", event.get("class").getAsString());
                    assertTrue(event.getAsJsonObject("snapshot").getAsJsonPrimitive("domid").isNumber());
                    running = true;
                }
            }
        }
        assertTrue(running, "the start came as an event");
    }

    private JsonObject awaitTask(String task) throws Exception {
        String token = "";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonObject record = json.call("task.get_record", session, task).getAsJsonObject();
            if (!"pending".equals(record.get("status").getAsString()) || System.nanoTime() > deadline) {
                return record;
            }
            token = json.call("event.from", session, List.of("task/" + task), token, 1.0).getAsJsonObject()
                    .get("token").getAsString();
        }
    }

    private String firstHaltedVm() throws Exception {
        JsonObject all = json.call("VM.get_all_records", session).getAsJsonObject();
        for (String ref : all.keySet()) {
            if ("Halted".equals(all.getAsJsonObject(ref).get("power_state").getAsString())) {
                return ref;
            }
        }
        throw new AssertionError("no halted VM: " + all);
    }

    @Test
    void listMethodsIsAnArrayWithItself() throws Exception {
        JsonArray methods = json.call("system.listMethods").getAsJsonArray();
        List<String> names = methods.asList().stream().map(JsonElement::getAsString).toList();
        assertTrue(names.containsAll(List.of("session.login_with_password", "VM.get_all_records", "event.from",
                "event.inject", "pool.get_all_records", "system.listMethods")), names.toString());
    }

    @Test
    void xmlRpcOnEveryPathXapiServesItAndJsonRpcOnJsonrpc() throws Exception {
        for (String path : List.of("/", "/RPC2", "/xmlrpc")) {
            HttpResponse<String> r = f.post(path, AgentFixture.methodCall("host.get_all", session));
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/xml", r.headers().firstValue("Content-Type").orElse(""), path);
            assertTrue(r.body().contains("<name>Status</name><value>Success</value>"), path + ": " + r.body());
        }
        assertEquals(404, f.post("/elsewhere", AgentFixture.methodCall("host.get_all", session)).statusCode());
        assertEquals(404, postJson("/jsonrpc/x", JsonRpcClient.request(1, "host.get_all", session)).statusCode());
        // XML sent to the JSON endpoint is not JSON
        HttpResponse<String> xmlAtJson = postJson("/jsonrpc", AgentFixture.methodCall("host.get_all", session));
        assertEquals(400, xmlAtJson.statusCode());
        assertEquals(-32700, object(xmlAtJson).getAsJsonObject("error").get("code").getAsInt());
    }

    @Test
    void getIsRefusedWithAllowPostInJson() throws Exception {
        HttpResponse<String> get = f.rawClient().send(HttpRequest.newBuilder(f.uri().resolve("/jsonrpc")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertEquals("application/json", get.headers().firstValue("Content-Type").orElse(""));
        assertEquals(-32600, object(get).getAsJsonObject("error").get("code").getAsInt());
    }

    @Test
    void badJsonIsAParseErrorWithItsPlaceAndNoStackTrace() throws Exception {
        HttpResponse<String> r = postJson("/jsonrpc", "{\"jsonrpc\":\"2.0\",\n\"method\": \"host.get_all\",,}");
        assertEquals(400, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonObject o = object(r);
        assertEquals("2.0", o.get("jsonrpc").getAsString());
        assertTrue(o.get("id").isJsonNull());
        JsonObject error = o.getAsJsonObject("error");
        assertEquals(-32700, error.get("code").getAsInt());
        assertEquals("Parse error", error.get("message").getAsString());
        String detail = error.getAsJsonArray("data").get(0).getAsString();
        assertTrue(detail.contains("line 2"), detail);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    @Test
    void aNotificationOrAnObjectWithoutMethodIsAnInvalidRequest() throws Exception {
        for (String bad : List.of("{\"jsonrpc\":\"2.0\",\"method\":\"session.logout\",\"params\":[\"" + session
                + "\"]}", "{\"jsonrpc\":\"2.0\",\"params\":[],\"id\":4}", "[]")) {
            HttpResponse<String> r = postJson("/jsonrpc", bad);
            assertEquals(400, r.statusCode(), bad);
            assertEquals(-32600, object(r).getAsJsonObject("error").get("code").getAsInt(), bad);
        }
        // the notification did not log out
        assertTrue(json.call("session.get_uuid", session, session).getAsString().length() > 0);
    }

    @Test
    void deeplyNestedJsonIsRefusedAndTheAgentServesOn() throws Exception {
        HttpResponse<String> r = postJson("/jsonrpc", "{\"jsonrpc\":\"2.0\",\"method\":\"host.get_all\",\"params\":"
                + "[".repeat(200_000) + "]".repeat(200_000) + ",\"id\":1}");
        assertEquals(400, r.statusCode());
        assertTrue(object(r).getAsJsonObject("error").getAsJsonArray("data").get(0).getAsString()
                .contains("Nesting limit"), r.body());
        assertEquals(1, json.call("host.get_all", session).getAsJsonArray().size());
    }

    @Test
    void anOversizeBodyIs413InJsonBeforeItIsRead() throws Exception {
        String head = "POST /jsonrpc HTTP/1.1\r\nHost: agent\r\nContent-Type: application/json\r\nContent-Length: "
                + (f.config.maxRequestBytes() + 1) + "\r\n\r\n";
        javax.net.ssl.SSLContext tls = f.rawClient().sslContext();
        String response;
        try (javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket(
                f.uri().getHost(), f.uri().getPort())) {
            s.setSoTimeout(30_000);
            // only the headers: the answer must not wait for the body
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            java.io.InputStream in = s.getInputStream();
            StringBuilder headers = new StringBuilder();
            while (!headers.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                assertTrue(c >= 0, "the connection closed within the headers: " + headers);
                headers.append((char) c);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *([0-9]+)")
                    .matcher(headers);
            assertTrue(length.find(), headers.toString());
            response = headers + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
        }
        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
        assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json\r\n"),
                response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error").getAsJsonArray("data")
                .get(0).getAsString().contains("larger than " + f.config.maxRequestBytes()), body);
        assertEquals(1, json.call("host.get_all", session).getAsJsonArray().size());
    }

    @Test
    void textIsUtf8BothWays() throws Exception {
        String handle = "OpaqueRef:web \u00e9\u4e2d\uD83D\uDE00 \"quoted\" \\ <&> \n\u0001";
        XenApiException e = assertThrows(XenApiException.class, () -> json.call("VM.get_record", session, handle));
        assertEquals(List.of("VM", handle), e.params());
        String raw = json.post(JsonRpcClient.request(9, "VM.get_record", session, handle)).body();
        assertTrue(raw.contains("web \u00e9\u4e2d\uD83D\uDE00 \\\"quoted\\\" \\\\ <&> \\n\\u0001"), raw);
    }
}
