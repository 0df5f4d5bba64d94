package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;

class WireValuesTest {

    @Test
    void intsTravelAsDecimalStrings() {
        assertEquals("17179869184", WireValues.toWire(17179869184L));
        assertEquals("-1", WireValues.toWire(-1));
        assertEquals(Long.MAX_VALUE, WireValues.asLong(Long.toString(Long.MAX_VALUE)));
        // an <i4> from a lenient peer is read too
        assertEquals(42L, WireValues.asLong(42));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WireValues.asLong("4x"));
        assertTrue(e.getMessage().contains("int"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WireValues.asLong(true));
    }

    @Test
    void jsonRpcFormsAreReadToo() {
        // a JSON integer
        assertEquals(17179869184L, WireValues.asLong(17179869184L));
        assertEquals(60.0, WireValues.asDouble(60L));
        assertThrows(IllegalArgumentException.class, () -> WireValues.asLong(1.5));
        // JSON has no datetime: xapi's string, with or without its Z, or RFC 3339
        Instant t = Instant.parse("2026-12-07T10:15:30Z");
        assertEquals(t, WireValues.asInstant("20261207T10:15:30Z"));
        assertEquals(t, WireValues.asInstant("20261207T10:15:30"));
        assertEquals(t, WireValues.asInstant("20261207T11:15:30+01"));
        assertEquals(t, WireValues.asInstant("2026-12-07T10:15:30Z"));
        assertEquals(t, WireValues.asInstant("2026-12-07T11:15:30+01:00"));
        assertEquals("20261207T10:15:30Z", WireValues.formatDateTime(t.plusMillis(999)));
        for (String bad : List.of("", "yesterday", "20261307T10:15:30Z", "2026-12-07", "20261207T25:00:00Z")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WireValues.asInstant(bad), bad);
            assertTrue(e.getMessage().contains("datetime"), e.getMessage());
        }
    }

    @Test
    void boolsFloatsAndDatesKeepTheirXmlRpcTypes() {
        assertEquals(Boolean.TRUE, WireValues.toWire(true));
        assertEquals(2.5, WireValues.toWire(2.5f));
        Instant t = Instant.parse("2026-11-25T12:00:00Z");
        Object wire = WireValues.toWire(t);
        assertTrue(wire instanceof Date);
        assertEquals(t, WireValues.asInstant(wire));
        assertThrows(IllegalArgumentException.class, () -> WireValues.toWire(Double.NaN));
        assertFalse(WireValues.asBoolean(false));
        assertEquals(0.5, WireValues.asDouble(0.5));
    }

    @Test
    void enumsRefsSetsMapsAndVoid() {
        assertEquals("Halted", WireValues.toWire(VmPowerState.HALTED));
        assertEquals(VmPowerState.PAUSED, WireValues.asEnum(VmPowerState.class, "Paused"));
        assertThrows(IllegalArgumentException.class, () -> WireValues.asEnum(VmPowerState.class, "PAUSED"));
        Ref r = Ref.random();
        assertEquals(r.value(), WireValues.toWire(r));
        assertTrue(r.value().startsWith("OpaqueRef:"));
        assertEquals(r, WireValues.asRef(r.value()));
        assertTrue(Ref.of("OpaqueRef:NULL").isNull());

        assertArrayEquals(new Object[] {"1", "2"}, (Object[]) WireValues.toWire(List.of(1L, 2L)));
        assertArrayEquals(new Object[] {"a"}, (Object[]) WireValues.toWire(Set.of("a")));

        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("memory", 1024L);
        m.put(7L, VmPowerState.RUNNING);
        m.put(r, List.of(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> w = (Map<String, Object>) WireValues.toWire(m);
        assertEquals("1024", w.get("memory"));
        assertEquals("Running", w.get("7"));
        assertArrayEquals(new Object[] {true}, (Object[]) w.get(r.value()));

        assertEquals("", WireValues.toWire(null));
        assertEquals("", WireValues.VOID);
        assertThrows(IllegalArgumentException.class, () -> WireValues.toWire(new Object()));
        assertEquals(List.of("x"), WireValues.asList(new Object[] {"x"}));
        assertEquals(Map.of("k", "v"), WireValues.asMap(Map.of("k", "v")));
        assertThrows(IllegalArgumentException.class, () -> WireValues.asMap("k"));
    }

    @Test
    void jsonRpcFormsAreWrittenWithIntsAsIntegers() {
        assertEquals(17179869184L, WireValues.toJsonWire(17179869184L));
        assertEquals(-1L, WireValues.toJsonWire(-1));
        assertEquals(7L, WireValues.toJsonWire(java.math.BigInteger.valueOf(7)));
        assertThrows(IllegalArgumentException.class,
                () -> WireValues.toJsonWire(java.math.BigInteger.ONE.shiftLeft(64)));
        assertEquals(2.5, WireValues.toJsonWire(2.5f));
        assertThrows(IllegalArgumentException.class, () -> WireValues.toJsonWire(Double.POSITIVE_INFINITY));
        Instant t = Instant.parse("2026-12-07T10:15:30Z");
        assertEquals("20261207T10:15:30Z", WireValues.toJsonWire(t));
        assertEquals("20261207T10:15:30Z", WireValues.toJsonWire(Date.from(t)));
        assertEquals(List.of(1L, "Running"), WireValues.toJsonWire(new Object[] {1, VmPowerState.RUNNING}));
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(7L, Set.of(3));
        m.put(Ref.of("OpaqueRef:x"), true);
        assertEquals(Map.of("7", List.of(3L), "OpaqueRef:x", true), WireValues.toJsonWire(m));
        assertEquals("", WireValues.toJsonWire(null));
        // what the readers take from either wire reads the same
        assertEquals(List.of("a"), WireValues.asList(List.of("a")));
        assertEquals(WireValues.asList(new Object[] {"a", "b"}), WireValues.asList(List.of("a", "b")));
    }
}
