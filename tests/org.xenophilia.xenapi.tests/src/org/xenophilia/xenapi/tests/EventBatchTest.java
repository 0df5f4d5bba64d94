package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiProtocolException;

class EventBatchTest {

    @Test
    void readsEventsCountsAndToken() throws Exception {
        Map<String, Object> mod = new LinkedHashMap<>();
        mod.put("id", "1");
        mod.put("timestamp", "1764072000.123");
        mod.put("class", "vm");
        mod.put("operation", "mod");
        mod.put("ref", "OpaqueRef:a");
        mod.put("snapshot", Map.of("power_state", "Running"));
        Map<String, Object> del = Map.of("id", "2", "timestamp", "1764072000.200", "class", "vm", "operation", "del",
                "ref", "OpaqueRef:b");
        EventBatch b = EventBatch.fromWire(Map.of("events", new Object[] {mod, del}, "valid_ref_counts",
                Map.of("vm", "1"), "token", "00000000000000000042"));
        assertEquals(2, b.events().size());
        EventBatch.Event first = b.events().get(0);
        assertEquals(Ref.of("OpaqueRef:a"), first.ref());
        assertEquals("Running", first.snapshot().orElseThrow().get("power_state"));
        assertTrue(b.events().get(1).snapshot().isEmpty());
        assertEquals("del", b.events().get(1).operation());
        assertEquals(Map.of("vm", 1L), b.validRefCounts());
        assertEquals("00000000000000000042", b.token());
    }

    @Test
    void somethingElseIsAProtocolError() {
        assertThrows(XenApiProtocolException.class, () -> EventBatch.fromWire(new Object[0]));
        assertThrows(XenApiProtocolException.class, () -> EventBatch.fromWire(Map.of("events", new Object[] {
            Map.of("id", "x")}, "token", "1")));
    }
}
