package org.xenophilia.xenapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of {@code event.from}: the events, the number of objects of each class asked for, and the token to pass
 * to the next call.
 *
 * @param events the events, in order
 * @param validRefCounts objects per class ({@code valid_ref_counts})
 * @param token the token for the next call
 */
public record EventBatch(List<Event> events, Map<String, Long> validRefCounts, String token) {

    /**
     * One event.
     *
     * @param id its number within the batch
     * @param timestamp when it was made, as sent (seconds since the epoch as a decimal string on the Agent)
     * @param cls the object's class, in lower case ({@code vm}, {@code host} ...)
     * @param operation {@code add}, {@code mod} or {@code del}
     * @param ref the object
     * @param snapshot the object's record in wire form, absent for a deletion
     */
    public record Event(long id, String timestamp, String cls, String operation, Ref ref,
            Optional<Map<String, Object>> snapshot) {
    }

    /**
     * Reads the value of an {@code event.from} result.
     *
     * @param wire the {@code Value} of the envelope
     * @return the batch
     * @throws XenApiProtocolException if it does not have the shape of an event batch
     */
    public static EventBatch fromWire(Object wire) throws XenApiProtocolException {
        try {
            Map<String, Object> m = WireValues.asMap(wire);
            List<Event> events = new ArrayList<>();
            for (Object o : WireValues.asList(m.get("events"))) {
                Map<String, Object> e = WireValues.asMap(o);
                Object snapshot = e.get("snapshot");
                events.add(new Event(WireValues.asLong(e.get("id")), String.valueOf(e.get("timestamp")),
                        WireValues.asString(e.get("class")), WireValues.asString(e.get("operation")),
                        WireValues.asRef(e.get("ref")), snapshot instanceof Map ? Optional.of(WireValues.asMap(
                                snapshot)) : Optional.empty()));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            Object rawCounts = m.get("valid_ref_counts");
            if (rawCounts != null) {
                for (Map.Entry<String, Object> c : WireValues.asMap(rawCounts).entrySet()) {
                    counts.put(c.getKey(), WireValues.asLong(c.getValue()));
                }
            }
            return new EventBatch(List.copyOf(events), counts, WireValues.asString(m.get("token")));
        } catch (IllegalArgumentException e) {
            throw new XenApiProtocolException("not an event.from result: " + e.getMessage(), e);
        }
    }
}
