package org.xenophilia.agent.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.apache.xmlrpc.serializer.DefaultXMLWriterFactory;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.junit.jupiter.api.Test;
import org.xenophilia.agent.internal.api.ApiRegistry;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.agent.internal.api.StreamFailure;
import org.xenophilia.agent.internal.api.StreamedMap;
import org.xenophilia.agent.internal.api.StreamedSet;
import org.xenophilia.xenapi.Envelope;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;

import com.google.gson.JsonParser;

/**
 * {@link WireWriter} writes a {@link StreamedMap} and a {@link StreamedSet}, in both encodings, exactly as the map and
 * list holding the same entries (XML-RPC: the fork's bytes too), empty ones included; makes their entries one at a
 * time as it writes, so that a streamed answer goes out before its last entry is made; answers the XenAPI error of an
 * entry that cannot be made while nothing has gone out, and ends the answer otherwise; and escapes a long string a
 * slice at a time, its buffer no larger for it.
 */
class StreamedValuesTest {

    private final XmlRpcEndpoint server = new XmlRpcEndpoint(new Dispatcher(new ApiRegistry(), null));
    private final XmlRpcEndpoint.RequestConfig config = new XmlRpcEndpoint.RequestConfig("127.0.0.1");

    /** A record as the API tables make them: strings, ints, a ref, an enum, a set, a nested map. */
    private static Map<String, Object> record(int i) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", "00000000-0000-4000-8000-" + String.format("%012d", i));
        r.put("name_label", "vm-" + i + " <&>");
        r.put("memory_target", 256L << 20);
        r.put("power_state", VmPowerState.RUNNING);
        r.put("resident_on", Ref.of("OpaqueRef:host"));
        r.put("tags", List.of("a", "b"));
        r.put("other_config", Map.of("xl:type", "pv"));
        r.put("is_control_domain", false);
        return r;
    }

    private static Map<String, Object> plain(int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("OpaqueRef:" + i, record(i));
        }
        return m;
    }

    /** The same entries as {@link #plain}, made one at a time as the writer asks; counts how many were made. */
    private static StreamedMap streamed(int n, AtomicInteger made) {
        return () -> new Countdown<>(n, i -> {
            made.incrementAndGet();
            return Map.entry("OpaqueRef:" + i, (Object) record(i));
        });
    }

    /** Hands out {@code n} elements, each made when asked for. */
    private static final class Countdown<T> implements Iterator<T> {
        private final int n;
        private final IntFunction<T> make;
        private int next;

        Countdown(int n, IntFunction<T> make) {
            this.n = n;
            this.make = make;
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public T next() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            return make.apply(next++);
        }
    }

    private byte[] fork(Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlRpcWriter(config, new DefaultXMLWriterFactory().getXmlWriter(config, out), server.getTypeFactory())
                .write(config, WireValues.toWire(value));
        return out.toByteArray();
    }

    /** The envelope of a successful call, its value as the API returned it. */
    private static Object envelope(Object value) {
        return new Dispatcher.Outcome(value, null).envelope();
    }

    private static byte[] xml(Object value) throws Exception {
        return new XmlRpcResponseWriter(16).response(value).toByteArray();
    }

    private static byte[] json(Object value) throws Exception {
        return new JsonRpcResponseWriter(16).success(JsonRpcResponseWriter.Version.V2, 7L, value).toByteArray();
    }

    private static void assertSameBytes(byte[] expected, byte[] actual) {
        assertArrayEquals(expected, actual, () -> "expected: " + new String(expected, StandardCharsets.UTF_8)
                + "\nactual:   " + new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void aStreamedMapIsWrittenAsTheMapOfItsEntries() throws Exception {
        for (int n : new int[] {0, 1, 3, 100}) {
            Object expected = envelope(plain(n));
            Object actual = envelope(streamed(n, new AtomicInteger()));
            assertSameBytes(xml(expected), xml(actual));
            assertSameBytes(fork(Envelope.success(plain(n))), xml(actual));
            assertSameBytes(json(expected), json(actual));
        }
        assertTrue(new String(xml(streamed(0, new AtomicInteger())), StandardCharsets.UTF_8)
                .contains("<value><struct/></value>"));
        assertTrue(new String(json(streamed(0, new AtomicInteger())), StandardCharsets.UTF_8)
                .contains("\"result\":{}"));
    }

    @Test
    void aStreamedSetIsWrittenAsTheListOfItsElements() throws Exception {
        for (int n : new int[] {0, 1, 3, 100}) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(i % 2 == 0 ? "OpaqueRef:" + i : record(i));
            }
            StreamedSet set = () -> list.iterator();
            assertSameBytes(xml(envelope(list)), xml(envelope(set)));
            assertSameBytes(fork(Envelope.success(list)), xml(envelope(set)));
            assertSameBytes(json(list), json(set));
        }
        StreamedSet empty = () -> List.of().iterator();
        assertTrue(new String(xml(empty), StandardCharsets.UTF_8).contains("<value><array><data/></array></value>"));
        assertTrue(new String(json(empty), StandardCharsets.UTF_8).contains("\"result\":[]"));
    }

    @Test
    void streamedValuesNestInMapsAndInEachOther() throws Exception {
        // event.from's batch: a map holding a streamed set of events, each a map; a record holding a streamed set
        Map<String, Object> batch = new LinkedHashMap<>();
        List<Object> events = List.of(Map.of("id", 1L, "snapshot", record(1)), Map.of("id", 2L));
        batch.put("events", events);
        batch.put("valid_ref_counts", Map.of("vm", 2L));
        batch.put("token", "00000000000000000002");
        Map<String, Object> lazy = new LinkedHashMap<>(batch);
        lazy.put("events", (StreamedSet) () -> events.iterator());
        Map<String, Object> network = new LinkedHashMap<>(record(0));
        network.put("VIFs", List.of("OpaqueRef:a", "OpaqueRef:b"));
        Map<String, Object> lazyNetwork = new LinkedHashMap<>(record(0));
        lazyNetwork.put("VIFs", (StreamedSet) () -> List.of("OpaqueRef:a", "OpaqueRef:b").iterator());
        StreamedMap records = () -> List.<Map.Entry<String, Object>>of(Map.entry("OpaqueRef:n", (Object) lazyNetwork))
                .iterator();
        for (Object[] pair : new Object[][] {{batch, lazy}, {Map.of("OpaqueRef:n", network), records}}) {
            assertSameBytes(xml(envelope(pair[0])), xml(envelope(pair[1])));
            assertSameBytes(fork(Envelope.success(pair[0])), xml(envelope(pair[1])));
            assertSameBytes(json(pair[0]), json(pair[1]));
        }
    }

    /** Collects what the writer hands over, noting how many entries had been made at each hand-over. */
    private static final class Chunks implements WireWriter.Spill {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> madeAtChunk = new ArrayList<>();
        final AtomicInteger made;

        Chunks(AtomicInteger made) {
            this.made = made;
        }

        @Override
        public void accept(byte[] chunk, int length) {
            madeAtChunk.add(made.get());
            bytes.write(chunk, 0, length);
        }
    }

    @Test
    void entriesAreMadeWhileTheAnswerIsWrittenAndGoOutBeforeTheLastIsMade() throws Exception {
        for (boolean inJson : new boolean[] {false, true}) {
            AtomicInteger made = new AtomicInteger();
            Chunks chunks = new Chunks(made);
            WireWriter w = inJson ? new JsonRpcResponseWriter(64) : new XmlRpcResponseWriter(64);
            w.spillTo(chunks, 4096);
            if (inJson) {
                ((JsonRpcResponseWriter) w).success(JsonRpcResponseWriter.Version.V1, "id", streamed(500, made));
            } else {
                ((XmlRpcResponseWriter) w).response(envelope(streamed(500, made)));
            }
            chunks.bytes.write(w.bytes(), 0, w.size());
            assertEquals(500, made.get(), "every entry made once");
            assertTrue(chunks.madeAtChunk.size() > 10, "the answer went out in chunks: " + chunks.madeAtChunk);
            assertTrue(chunks.madeAtChunk.get(0) < 20, "the first chunk went out after " + chunks.madeAtChunk.get(0)
                    + " of 500 entries were made");
            assertTrue(w.bytes().length <= 2 * 4096, "the buffer stayed bounded: " + w.bytes().length);
            byte[] whole = inJson
                    ? new JsonRpcResponseWriter(16).success(JsonRpcResponseWriter.Version.V1, "id", plain(500))
                            .toByteArray()
                    : xml(envelope(plain(500)));
            assertSameBytes(whole, chunks.bytes.toByteArray());
        }
    }

    /** A streamed map whose entry number {@code failAt} cannot be made: the backend could not be read. */
    private static StreamedMap failingAt(int failAt) {
        return () -> new Countdown<>(failAt + 1, i -> {
            if (i == failAt) {
                throw new StreamFailure(ErrorCode.INTERNAL_ERROR.exception("xl list failed"));
            }
            return Map.entry("OpaqueRef:" + i, (Object) record(i));
        });
    }

    /** Answers a call whose result is {@code value} as the XML-RPC endpoint does. */
    private static ResponseSink.Collected sendXml(Object value) {
        ResponseSink.Collected sink = ResponseSink.collect();
        XmlRpcEndpoint.write(envelope(value), "VM.get_all_records", sink);
        return sink;
    }

    @Test
    void anEntryThatCannotBeMadeIsAnsweredAsItsErrorWhileNothingHasGoneOut() throws Exception {
        ResponseSink.Collected sink = sendXml(failingAt(3));
        assertNull(sink.aborted());
        assertFalse(sink.streamed());
        String text = new String(sink.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("<value>Failure</value>") && text.contains("<value>INTERNAL_ERROR</value>")
                && text.contains("<value>xl list failed</value>"), text);
        assertFalse(text.contains("OpaqueRef:0"), "none of the entries made before: " + text);
    }

    @Test
    void anEntryThatCannotBeMadeAfterPartWentOutEndsTheAnswer() throws Exception {
        // 256 KiB go out whole; about 600 bytes per record: the failure comes after the first chunk went out
        ResponseSink.Collected sink = sendXml(failingAt(2_000));
        assertNotNull(sink.aborted());
        assertTrue(sink.streamed());
        String text = new String(sink.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && !text.contains("</methodResponse>"), "truncated, never wrong");
    }

    @Test
    void aLongStringIsWrittenASliceAtATimeAndSurrogatePairsStayWhole() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1 << 20) {
            sb.append("<&> \"quoted\" text ");
            if (sb.length() % WireWriter.SLICE > WireWriter.SLICE - 30) {
                while ((sb.length() + 1) % WireWriter.SLICE != 0) {
                    sb.append('x');
                }
                sb.append("\uD83D\uDE00"); // a pair across a slice's end
            }
        }
        String s = sb.toString();
        for (boolean inJson : new boolean[] {false, true}) {
            AtomicInteger none = new AtomicInteger();
            Chunks chunks = new Chunks(none);
            WireWriter w = inJson ? new JsonRpcResponseWriter(64) : new XmlRpcResponseWriter(64);
            w.spillTo(chunks, SpillingAnswer.WHOLE_UP_TO);
            if (inJson) {
                ((JsonRpcResponseWriter) w).success(JsonRpcResponseWriter.Version.V2, 1L, s);
            } else {
                ((XmlRpcResponseWriter) w).response(s);
            }
            chunks.bytes.write(w.bytes(), 0, w.size());
            assertTrue(w.bytes().length <= SpillingAnswer.WHOLE_UP_TO,
                    "a 1 MiB string needs no larger buffer: " + w.bytes().length);
            String written = chunks.bytes.toString(StandardCharsets.UTF_8);
            assertFalse(written.contains("\uFFFD"), "no pair was split");
            if (inJson) {
                assertEquals(s, JsonParser.parseString(written).getAsJsonObject().get("result").getAsString());
            } else {
                assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value>"
                        + s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        + "</value></param></params></methodResponse>", written);
            }
        }
    }
}
