package org.xenophilia.agent.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.apache.xmlrpc.serializer.DefaultXMLWriterFactory;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.junit.jupiter.api.Test;
import org.xenophilia.agent.internal.api.ApiRegistry;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.xenapi.Envelope;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.SecureXml;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * {@link XmlRpcResponseWriter} writes, for a Java value as the API returns it, the bytes the XML-RPC fork's writer
 * writes for that value in XenAPI wire form ({@link WireValues#toWire}), and what it writes parses back to the same
 * values.
 */
class XmlRpcResponseWriterTest {

    private final XmlRpcEndpoint server = new XmlRpcEndpoint(new Dispatcher(new ApiRegistry(), null));
    private final XmlRpcEndpoint.RequestConfig config = new XmlRpcEndpoint.RequestConfig("127.0.0.1");

    /** The fork's own writer on the value's wire form, as the server wrote responses before. */
    private byte[] fork(Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlRpcWriter(config, new DefaultXMLWriterFactory().getXmlWriter(config, out), server.getTypeFactory())
                .write(config, WireValues.toWire(value));
        return out.toByteArray();
    }

    private static byte[] lean(Object value) throws Exception {
        return new XmlRpcResponseWriter(16).response(value).toByteArray();
    }

    private static String leanText(Object value) throws Exception {
        return new String(lean(value), StandardCharsets.UTF_8);
    }

    /** Parses a response as clients do (the fork's response parser behind the hardened SAX reader). */
    private Object parse(byte[] response) throws Exception {
        XmlRpcResponseParser p = new XmlRpcResponseParser(config, server.getTypeFactory());
        XMLReader r = SecureXml.newXMLReader();
        r.setContentHandler(p);
        r.parse(new InputSource(new ByteArrayInputStream(response)));
        assertTrue(p.isSuccess());
        return p.getResult();
    }

    private void assertSameAsFork(Object value) throws Exception {
        byte[] expected = fork(value);
        byte[] actual = lean(value);
        assertArrayEquals(expected, actual, () -> "fork: " + new String(expected, StandardCharsets.UTF_8)
                + "\nlean: " + new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void theEnvelopeLayoutIsTheForks() throws Exception {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value><struct>"
                + "<member><name>Status</name><value>Success</value></member>"
                + "<member><name>Value</name><value>42</value></member>"
                + "</struct></value></param></params></methodResponse>", leanText(Envelope.success(42L)));
        assertSameAsFork(Envelope.success(42L));
        assertSameAsFork(Envelope.success(null));
        assertSameAsFork(Envelope.failure(ErrorCode.HANDLE_INVALID.exception("VM", "OpaqueRef:<&>")));
    }

    @Test
    void intsTravelAsStrings() throws Exception {
        String wire = leanText(Envelope.success(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE)));
        assertTrue(wire.contains("<value><array><data><value>0</value><value>-1</value><value>"
                + Long.MAX_VALUE + "</value><value>" + Long.MIN_VALUE + "</value></data></array></value>"), wire);
        assertSameAsFork(Envelope.success(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE)));
        assertEquals(List.of("0", "-1"), Arrays.asList((Object[]) ((Map<?, ?>) parse(lean(Envelope.success(
                List.of(0L, -1L))))).get("Value")));
    }

    @Test
    void markupCharactersAreEscapedInValuesAndNames() throws Exception {
        String s = "<a href=\"x\">'&amp;'</a> & > <";
        String wire = leanText(Map.of(s, s));
        assertTrue(wire.contains("<name>&lt;a href=\"x\"&gt;'&amp;amp;'&lt;/a&gt; &amp; &gt; &lt;</name>"), wire);
        assertTrue(wire.contains("<value>&lt;a href=\"x\"&gt;'&amp;amp;'&lt;/a&gt; &amp; &gt; &lt;</value>"), wire);
        assertSameAsFork(Map.of(s, s));
        assertEquals(Map.of(s, s), parse(lean(Map.of(s, s))));
    }

    @Test
    void everyBmpCharacterIsWrittenAsTheForkWritesIt() throws Exception {
        for (int from = 0; from < 0x10000; from += 0x400) {
            StringBuilder sb = new StringBuilder();
            for (int c = from; c < from + 0x400; c++) {
                if (!Character.isSurrogate((char) c)) {
                    sb.append((char) c);
                }
            }
            String chunk = sb.toString();
            assertSameAsFork(chunk);
            assertSameAsFork(Map.of(chunk, List.of(chunk)));
        }
    }

    @Test
    void whitespaceAndControlCharactersAsTheForkWritesThem() throws Exception {
        String s = "tab\there\nline\r\nend\u0001\u001f\u007f\u0085";
        assertSameAsFork(s);
        assertTrue(leanText(s).contains("tab\there\nline\r\nend\u0001\u001f\u007f\u0085"));
        // what XML 1.0 can carry comes back as it was (a parser turns \r\n into \n)
        assertEquals("tab\there\nline\nend\u007f\u0085", parse(lean("tab\there\nline\r\nend\u007f\u0085")));
    }

    @Test
    void charactersOutsideTheBmpAreUtf8NotCharacterReferencesToSurrogates() throws Exception {
        String s = "smile \uD83D\uDE00, clef \uD834\uDD1E, CJK ext B \uD840\uDC00";
        byte[] wire = lean(Map.of("name_label", s));
        assertTrue(new String(wire, StandardCharsets.UTF_8).contains(s));
        assertTrue(indexOf(wire, s.getBytes(StandardCharsets.UTF_8)) > 0);
        assertTrue(indexOf(wire, "&#".getBytes(StandardCharsets.US_ASCII)) < 0);
        assertEquals(Map.of("name_label", s), parse(wire));
        // the fork wrote each half as a character reference, which no XML parser accepts
        assertTrue(new String(fork(s), StandardCharsets.UTF_8).contains("&#55357;&#56832;"));
        assertThrows(SAXParseException.class, () -> parse(fork(s)));
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() throws Exception {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", parse(lean("a\uD83Db\uDE00c\uD83D")));
    }

    @Test
    void nestedStructsAndArraysAndEmptyOnes() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("empty map", Map.of());
        inner.put("empty array", new Object[0]);
        inner.put("empty list", List.of());
        inner.put("empty string", "");
        inner.put("", "empty name");
        inner.put("list", List.of("a", List.of("b", new Object[] {"c", Map.of("d", "e")})));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("inner", inner);
        outer.put("array of maps", new Object[] {inner, Map.of("x", true)});
        String wire = leanText(outer);
        assertTrue(wire.contains("<member><name>empty map</name><value><struct/></value></member>"), wire);
        assertTrue(wire.contains("<member><name>empty array</name><value><array><data/></array></value></member>"),
                wire);
        assertTrue(wire.contains("<member><name>empty string</name><value></value></member>"), wire);
        assertTrue(wire.contains("<member><name></name><value>empty name</value></member>"), wire);
        assertSameAsFork(outer);
        assertSameAsFork(Map.of());
        assertSameAsFork(new Object[0]);
        assertSameAsFork("");
        Map<?, ?> back = (Map<?, ?>) parse(lean(outer));
        Map<?, ?> innerBack = (Map<?, ?>) back.get("inner");
        assertEquals("", innerBack.get("empty string"));
        assertEquals(0, ((Object[]) innerBack.get("empty list")).length);
        Object[] list = (Object[]) innerBack.get("list");
        assertEquals("e", ((Map<?, ?>) ((Object[]) ((Object[]) list[1])[1])[1]).get("d"));
    }

    @Test
    void booleansAndDoubles() throws Exception {
        for (Object v : List.of(true, false, 0.0, -0.0, 1.0, 1.5, -2.25e-7, 1e21, 123456789.125, Double.MAX_VALUE,
                Double.MIN_VALUE)) {
            assertSameAsFork(v);
            assertEquals(v, parse(lean(v)));
        }
        assertEquals("<value><boolean>1</boolean></value>", leanText(true).replaceAll(".*<param>|</param>.*", ""));
        assertEquals(2.5, parse(lean(2.5f)));
    }

    @Test
    void everyJavaIntegerIsAXenApiIntAsADecimalStringNeverI4() throws Exception {
        for (Object v : List.of(7, -7, Integer.MIN_VALUE, (short) 3, (byte) -1, 17179869184L,
                new java.math.BigInteger("18446744073709551615"))) {
            assertSameAsFork(v);
            assertEquals(v.toString(), parse(lean(v)));
            assertEquals("<value>" + v + "</value>", leanText(v).replaceAll(".*<param>|</param>.*", ""));
        }
    }

    @Test
    void refsEnumsUuidsVoidAndKeysAreStringsAsXapiSendsThem() throws Exception {
        java.util.UUID u = java.util.UUID.fromString("0b1c3f7e-1d2a-4c5b-8e9f-0a1b2c3d4e5f");
        Ref r = Ref.of("OpaqueRef:0b1c3f7e-1d2a-4c5b-8e9f-0a1b2c3d4e5f");
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(r, VmPowerState.PAUSED);
        m.put(42L, u);
        m.put(VmPowerState.HALTED, null);
        assertSameAsFork(m);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put(r.value(), "Paused");
        expected.put("42", u.toString());
        expected.put("Halted", "");
        assertEquals(expected, parse(lean(m)));
        assertEquals("", parse(lean(null)));
    }

    @Test
    void datesInUtcAsTheForkWritesThem() throws Exception {
        List<Date> dates = new ArrayList<>();
        for (Instant i : List.of(Instant.EPOCH, Instant.parse("2026-11-25T18:59:07.999Z"),
                Instant.parse("1969-12-31T23:59:59.500Z"), Instant.parse("1583-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"), Instant.parse("2000-02-29T12:00:00Z"))) {
            dates.add(Date.from(i));
        }
        for (Date d : dates) {
            assertSameAsFork(d);
            assertSameAsFork(Envelope.success(d.toInstant()));
        }
        assertTrue(leanText(Envelope.success(Instant.EPOCH))
                .contains("<value><dateTime.iso8601>19700101T00:00:00</dateTime.iso8601></value>"));
        assertEquals(Date.from(Instant.parse("2026-11-25T18:59:07Z")), parse(lean(dates.get(1))));
    }

    @Test
    void aRealVmRecordIsWrittenAsTheForkWritesIt() throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", "0b1c3f7e-1d2a-4c5b-8e9f-0a1b2c3d4e5f");
        r.put("power_state", VmPowerState.RUNNING);
        r.put("resident_on", Ref.NULL);
        r.put("memory_target", 536870912L);
        r.put("HVM_shadow_multiplier", 1.0);
        r.put("is_a_template", false);
        r.put("snapshot_time", Instant.EPOCH);
        r.put("tags", List.of("web", "<prod>"));
        r.put("other_config", Map.of("xl:on_crash", "restart"));
        r.put("VCPUs_params", Map.of());
        assertSameAsFork(Envelope.success(r));
    }

    @Test
    void whatNoXenApiTypeDescribesIsRefused() {
        assertThrows(WireWriter.Unsupported.class, () -> lean(Map.of(new Object(), "a key of no XenAPI type")));
        assertThrows(WireWriter.Unsupported.class, () -> lean(List.of("a", new byte[1])));
        assertThrows(WireWriter.Unsupported.class, () -> lean(Double.NaN));
        assertThrows(WireWriter.Unsupported.class, () -> lean(List.of(Float.NEGATIVE_INFINITY)));
        assertThrows(WireWriter.Unsupported.class,
                () -> lean(Date.from(Instant.parse("1500-01-01T00:00:00Z"))));
        Object[] cycle = new Object[1];
        cycle[0] = cycle;
        assertThrows(WireWriter.Unsupported.class, () -> lean(cycle));
    }

    @Test
    void theEndpointAnswersInternalErrorForSuchAResultAndAnEnvelopeForTheRest() throws Exception {
        ApiRegistry registry = new ApiRegistry();
        registry.registerWithoutSession("Test.bad", 0, c -> Map.of("k", new byte[] {1, 2}));
        registry.registerWithoutSession("Test.good", 0, c -> "x");
        XmlRpcEndpoint endpoint = new XmlRpcEndpoint(new Dispatcher(registry, null));
        ResponseSink.Collected bad = ResponseSink.collect();
        endpoint.read(call("Test.bad"), "127.0.0.1").answer(bad);
        Map<?, ?> answer = (Map<?, ?>) parse(bad.body());
        assertEquals("Failure", answer.get("Status"));
        assertEquals("INTERNAL_ERROR", ((Object[]) answer.get("ErrorDescription"))[0]);
        ResponseSink.Collected good = ResponseSink.collect();
        endpoint.read(call("Test.good"), "127.0.0.1").answer(good);
        assertArrayEquals(fork(Envelope.success("x")), good.body());
        assertEquals(200, good.status());
        assertEquals("text/xml", good.contentType());
    }

    @Test
    void anAnswerLargerThanTheBufferIsStreamedInChunksAndParsesWhole() throws Exception {
        ApiRegistry registry = new ApiRegistry();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add("OpaqueRef:" + i + "<&>");
        }
        registry.registerWithoutSession("Test.many", 0, c -> many);
        ResponseSink.Collected sink = ResponseSink.collect();
        new XmlRpcEndpoint(new Dispatcher(registry, null)).read(call("Test.many"), "127.0.0.1").answer(sink);
        assertTrue(sink.streamed(), "over " + SpillingAnswer.WHOLE_UP_TO + " bytes: streamed");
        assertTrue(sink.body().length > SpillingAnswer.WHOLE_UP_TO);
        assertArrayEquals(fork(Envelope.success(many)), sink.body());
    }

    private static byte[] call(String method) {
        return ("<?xml version=\"1.0\"?><methodCall><methodName>" + method + "</methodName><params/></methodCall>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
