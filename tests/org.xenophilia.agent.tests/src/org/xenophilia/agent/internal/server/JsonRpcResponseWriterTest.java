package org.xenophilia.agent.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.xenophilia.agent.internal.api.EncodedWireValue;
import org.xenophilia.agent.internal.server.JsonRpcResponseWriter.Version;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * {@link JsonRpcResponseWriter} writes xapi's JSON-RPC responses (1.0 and 2.0), XenAPI's JSON types, and strings any
 * JSON parser (Gson here) reads back exactly.
 */
class JsonRpcResponseWriterTest {

    private static String success(Version v, Object id, Object result) throws Exception {
        return text(new JsonRpcResponseWriter(16).success(v, id, result));
    }

    private static String text(JsonRpcResponseWriter w) {
        return new String(w.toByteArray(), StandardCharsets.UTF_8);
    }

    private static JsonElement result(Object value) throws Exception {
        return JsonParser.parseString(success(Version.V2, 1L, value)).getAsJsonObject().get("result");
    }

    @Test
    void theEnvelopesAreXapis() throws Exception {
        assertEquals("{\"result\":\"OpaqueRef:a\",\"error\":null,\"id\":\"xyz\"}",
                success(Version.V1, "xyz", Ref.of("OpaqueRef:a")));
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":[],\"id\":3}", success(Version.V2, 3L, List.of()));
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":\"\",\"id\":0}", success(Version.V2, 0L, null));
        JsonRpcResponseWriter w = new JsonRpcResponseWriter(16);
        assertEquals("{\"result\":null,\"error\":[\"SESSION_INVALID\",\"OpaqueRef:x\"],\"id\":\"xyz\"}",
                text(w.failure(Version.V1, "xyz", ErrorCode.SESSION_INVALID.exception("OpaqueRef:x"))));
        assertEquals("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"MAP_DUPLICATE_KEY\",\"data\":"
                + "[\"Customer\",\"eSpiel Inc.\",\"eSpiel Incorporated\"]},\"id\":3}",
                text(w.failure(Version.V2, 3L, new XenApiException("MAP_DUPLICATE_KEY", List.of("Customer",
                        "eSpiel Inc.", "eSpiel Incorporated")))));
    }

    @Test
    void theXenApiErrorsJsonRpcNamesItselfCarryItsCodes() throws Exception {
        JsonRpcResponseWriter w = new JsonRpcResponseWriter(16);
        assertTrue(text(w.failure(Version.V2, 1L, ErrorCode.MESSAGE_METHOD_UNKNOWN.exception("VM.x")))
                .contains("{\"code\":-32601,\"message\":\"MESSAGE_METHOD_UNKNOWN\",\"data\":[\"VM.x\"]}"));
        assertTrue(text(w.failure(Version.V2, 1L, ErrorCode.FIELD_TYPE_ERROR.exception("self")))
                .contains("\"code\":-32602,"));
        assertTrue(text(w.failure(Version.V2, 1L, ErrorCode.MESSAGE_PARAMETER_COUNT_MISMATCH.exception("a", "2",
                "1"))).contains("\"code\":-32602,"));
        assertEquals("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                + "[\"at line 1\"]},\"id\":null}", text(w.error(-32700, "Parse error", List.of("at line 1"), null)));
    }

    @Test
    void intsAreJsonIntegersFloatsNumbersBoolsBooleans() throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("memory_static_max", 17179869184L);
        r.put("VCPUs_max", 4);
        r.put("domid", -1L);
        r.put("min", Long.MIN_VALUE);
        r.put("HVM_shadow_multiplier", 1.0);
        r.put("tiny", 4.9e-324);
        r.put("big", 1e21);
        r.put("is_a_template", false);
        r.put("live", true);
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":{\"memory_static_max\":17179869184,\"VCPUs_max\":4,\"domid\":-1,"
                + "\"min\":" + Long.MIN_VALUE + ",\"HVM_shadow_multiplier\":1.0,\"tiny\":4.9E-324,\"big\":1.0E21,"
                + "\"is_a_template\":false,\"live\":true},\"id\":1}", success(Version.V2, 1L, r));
        JsonElement back = result(r);
        assertEquals(17179869184L, back.getAsJsonObject().get("memory_static_max").getAsLong());
        assertEquals(4.9e-324, back.getAsJsonObject().get("tiny").getAsDouble());
    }

    @Test
    void datetimesAreXapisStringsInUtc() throws Exception {
        assertEquals("\"19700101T00:00:00Z\"", result(Instant.EPOCH).toString());
        assertEquals("\"20261207T10:15:30Z\"", result(Instant.parse("2026-12-07T10:15:30.999Z")).toString());
        assertEquals("\"19691231T23:59:59Z\"", result(java.util.Date.from(Instant.parse("1969-12-31T23:59:59.5Z")))
                .toString());
        // and the Agent reads them back as datetimes
        assertEquals(Instant.parse("2026-12-07T10:15:30Z"), WireValues.asInstant("20261207T10:15:30Z"));
        assertEquals(WireValues.formatDateTime(Instant.parse("2026-12-07T10:15:30Z")),
                result(Instant.parse("2026-12-07T10:15:30Z")).getAsString());
    }

    @Test
    void refsEnumsUuidsAndKeysAreStrings() throws Exception {
        UUID u = UUID.randomUUID();
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(Ref.of("OpaqueRef:k"), VmPowerState.SUSPENDED);
        m.put(7L, u);
        m.put(VmPowerState.HALTED, List.of(Ref.NULL));
        assertEquals("{\"OpaqueRef:k\":\"Suspended\",\"7\":\"" + u + "\",\"Halted\":[\"OpaqueRef:NULL\"]}",
                result(m).toString());
    }

    @Test
    void everyBmpCharacterComesBackFromAJsonParserAsItWas() throws Exception {
        for (int from = 0; from < 0x10000; from += 0x400) {
            StringBuilder sb = new StringBuilder();
            for (int c = from; c < from + 0x400; c++) {
                if (!Character.isSurrogate((char) c)) {
                    sb.append((char) c);
                }
            }
            String chunk = sb.toString();
            JsonElement back = result(Map.of(chunk, List.of(chunk)));
            assertEquals(chunk, back.getAsJsonObject().keySet().iterator().next());
            assertEquals(chunk, back.getAsJsonObject().get(chunk).getAsJsonArray().get(0).getAsString());
        }
    }

    @Test
    void escapesAreTheShortOnesWhereJsonHasThem() throws Exception {
        String s = "q\" b\\ n\n r\r t\t b\b f\f \u0000\u001f / \u007f <&>";
        String raw = success(Version.V2, 1L, s);
        assertTrue(raw.contains("\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f \\u0000\\u001f / \u007f <&>\""), raw);
        assertEquals(s, result(s).getAsString());
    }

    @Test
    void charactersOutsideTheBmpAreUtf8AndLoneSurrogatesReplaced() throws Exception {
        String s = "smile \uD83D\uDE00, clef \uD834\uDD1E";
        String raw = success(Version.V2, 1L, s);
        assertTrue(raw.contains(s), raw);
        assertEquals(s, result(s).getAsString());
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", result("a\uD83Db\uDE00c\uD83D").getAsString());
    }

    @Test
    void anEncodedValueIsWrittenInEitherEncodingAsItsValueWouldBe() throws Exception {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("uuid", "0b1c3f7e-1d2a-4c5b-8e9f-0a1b2c3d4e5f");
        record.put("power_state", VmPowerState.RUNNING);
        record.put("memory_target", 536870912L);
        record.put("start_time", Instant.parse("2026-12-07T10:15:30Z"));
        record.put("tags", List.of("web", "<prod>", "\"q\""));
        String json = success(Version.V2, 9L, record);
        byte[] xml = new XmlRpcResponseWriter(16).response(record).toByteArray();

        EncodedWireValue viaJsonFirst = new EncodedWireValue(record);
        assertEquals(json, success(Version.V2, 9L, viaJsonFirst));
        assertEquals(null, viaJsonFirst.value(), "the value is dropped once encoded");
        assertArrayEquals(xml, new XmlRpcResponseWriter(16).response(viaJsonFirst).toByteArray());
        assertEquals(json, success(Version.V2, 9L, viaJsonFirst));

        EncodedWireValue viaXmlFirst = new EncodedWireValue(record);
        assertArrayEquals(xml, new XmlRpcResponseWriter(16).response(viaXmlFirst).toByteArray());
        assertEquals(json, success(Version.V2, 9L, viaXmlFirst));
    }

    @Test
    void whatNoXenApiTypeDescribesIsRefusedAndNothingIsKept() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        for (Object bad : List.of(Double.NaN, List.of(new Object()), Map.of(new Object(), 1), cycle)) {
            assertThrows(WireWriter.Unsupported.class, () -> success(Version.V2, 1L, bad));
        }
        EncodedWireValue e = new EncodedWireValue(List.of(Double.POSITIVE_INFINITY));
        assertThrows(WireWriter.Unsupported.class, () -> success(Version.V2, 1L, e));
        assertEquals(null, e.encodings());
    }
}
