package org.xenophilia.xenapi;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The XenAPI marshalling rules between Java values and the values Apache XML-RPC writes and reads
 * (see xapi's {@code doc/content/xen-api/wire-protocol.md}), and what the readers accept from JSON-RPC:
 * <ul>
 * <li>{@code int} is 64-bit and travels as a <em>string of decimal digits</em>, never {@code <i4>};</li>
 * <li>{@code bool} as {@code <boolean>}, {@code float} as {@code <double>}, {@code datetime} as
 * {@code <dateTime.iso8601>} (UTC);</li>
 * <li>refs, UUIDs and enums as strings;</li>
 * <li>{@code set} as {@code <array>}, {@code map} as {@code <struct>} with stringified keys;</li>
 * <li>{@code void} as the empty string.</li>
 * </ul>
 * {@link #toWire(Object)} applies them when sending XML-RPC, {@link #toJsonWire(Object)} their JSON-RPC variant; the
 * {@code as*} readers undo them when receiving, whichever the wire, and accept the lenient forms real peers produce
 * (an {@code <i4>} where a string-int is expected, a missing value type, which XML-RPC reads as a string). JSON has
 * no datetime type and an integer type of its own, so in JSON-RPC an {@code int} is a {@link Long}, a {@code float}
 * a {@link Double} (or a {@link Long} when it has no fraction), a {@code datetime} a string
 * ({@code 20261207T10:15:30Z}, as xapi writes it, or RFC 3339) and a {@code set} a {@link List} where XML-RPC gives an
 * {@code Object[]}: read every value through these readers, never by a cast. They throw
 * {@link IllegalArgumentException} naming the expected type.
 */
public final class WireValues {

    /** The wire form of XenAPI {@code void}. */
    public static final String VOID = "";

    private WireValues() {
    }

    /**
     * Converts a Java value into the value to hand to the XML-RPC writer.
     *
     * @param value a {@link String}, {@link Ref}, {@link UUID}, integral {@link Number}, {@link Boolean},
     *            {@link Double}/{@link Float}, {@link Instant}/{@link Date}, enum ({@link WireEnum} or plain),
     *            {@link Collection} or array, {@link Map}; {@code null} is {@code void}
     * @return a value made only of {@link String}, {@link Boolean}, {@link Double}, {@link Date}, {@code Object[]} and
     *         {@code Map<String, Object>}
     * @throws IllegalArgumentException for any other type, or a non-finite double
     */
    public static Object toWire(Object value) {
        return convert(value, false);
    }

    /**
     * Converts a Java value into its JSON-RPC form, as xapi's {@code /jsonrpc} takes it: the same rules as
     * {@link #toWire(Object)} except that an {@code int} is a JSON integer ({@link Long}), a {@code datetime} xapi's
     * string ({@link #formatDateTime(Instant)}) and a {@code set} a {@link List}.
     *
     * @param value as for {@link #toWire(Object)}
     * @return a value made only of {@link String}, {@link Boolean}, {@link Long}, {@link Double}, {@link List} and
     *         {@code Map<String, Object>}
     * @throws IllegalArgumentException for any other type, a non-finite double or an int beyond 64 bits
     */
    public static Object toJsonWire(Object value) {
        return convert(value, true);
    }

    private static Object convert(Object value, boolean json) {
        if (value == null) {
            return VOID;
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Ref || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return json ? (Object) ((Number) value).longValue() : value.toString();
        }
        if (value instanceof BigInteger b) {
            if (json && b.bitLength() >= Long.SIZE) {
                throw new IllegalArgumentException("XenAPI ints are 64-bit: " + b);
            }
            return json ? (Object) b.longValue() : b.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("XenAPI has no wire form for " + d);
            }
            return d;
        }
        if (value instanceof Instant i) {
            return json ? formatDateTime(i) : Date.from(i);
        }
        if (value instanceof Date d) {
            return json ? formatDateTime(d.toInstant()) : d;
        }
        if (value instanceof WireEnum) {
            return ((WireEnum) value).wireName();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Collection<?> c) {
            return convertAll(c.toArray(), json);
        }
        if (value instanceof Object[] a) {
            return convertAll(a, json);
        }
        if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                // keys are strings on both wires: an int key is its decimal string
                Object k = convert(e.getKey(), false);
                if (!(k instanceof String)) {
                    throw new IllegalArgumentException("map key must be a string, ref or int: " + e.getKey());
                }
                out.put((String) k, convert(e.getValue(), json));
            }
            return out;
        }
        throw new IllegalArgumentException("no XenAPI wire form for " + value.getClass().getName());
    }

    private static Object convertAll(Object[] in, boolean json) {
        Object[] out = new Object[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = convert(in[i], json);
        }
        return json ? Arrays.asList(out) : out;
    }

    /**
     * Reads an {@code int}.
     *
     * @param wire a decimal string (the XenAPI form), an {@link Integer} (an {@code <i4>}) or a {@link Long} (a JSON
     *            integer)
     * @return the value
     */
    public static long asLong(Object wire) {
        if (wire instanceof String) {
            try {
                return Long.parseLong((String) wire);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected an int (decimal string), got \"" + wire + "\"");
            }
        }
        if (wire instanceof Integer || wire instanceof Long) {
            return ((Number) wire).longValue();
        }
        throw mismatch("an int", wire);
    }

    /**
     * Reads a {@code bool}.
     *
     * @param wire a {@link Boolean}; the strings {@code true}/{@code false} are accepted too
     * @return the value
     */
    public static boolean asBoolean(Object wire) {
        if (wire instanceof Boolean) {
            return (Boolean) wire;
        }
        if ("true".equals(wire) || "false".equals(wire)) {
            return Boolean.parseBoolean((String) wire);
        }
        throw mismatch("a bool", wire);
    }

    /**
     * Reads a {@code float}.
     *
     * @param wire a {@link Double} (or an {@link Integer} or {@link Long}, or a decimal string)
     * @return the value
     */
    public static double asDouble(Object wire) {
        if (wire instanceof Double || wire instanceof Integer || wire instanceof Long) {
            return ((Number) wire).doubleValue();
        }
        if (wire instanceof String) {
            try {
                return Double.parseDouble((String) wire);
            } catch (NumberFormatException e) {
                throw mismatch("a float", wire);
            }
        }
        throw mismatch("a float", wire);
    }

    /**
     * Reads a {@code string} (also a UUID, ref or enum).
     *
     * @param wire a {@link String}
     * @return the value
     */
    public static String asString(Object wire) {
        if (wire instanceof String) {
            return (String) wire;
        }
        throw mismatch("a string", wire);
    }

    /**
     * Reads a {@code ref}.
     *
     * @param wire a non-empty {@link String}
     * @return the reference
     */
    public static Ref asRef(Object wire) {
        String s = asString(wire);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("expected a ref, got an empty string");
        }
        return Ref.of(s);
    }

    /**
     * Reads a {@code datetime}.
     *
     * @param wire a {@link Date} (a {@code <dateTime.iso8601>}), or a string as JSON-RPC carries it: xapi's
     *            {@code yyyyMMddTHH:mm:ss} in UTC with or without a final {@code Z}, or RFC 3339
     *            ({@code 2026-12-07T10:15:30Z}, {@code 2026-12-07T11:15:30+01:00})
     * @return the instant
     */
    public static Instant asInstant(Object wire) {
        if (wire instanceof Date) {
            return ((Date) wire).toInstant();
        }
        if (wire instanceof String s) {
            try {
                return parseDateTime(s);
            } catch (DateTimeException e) {
                throw mismatch("a datetime", wire);
            }
        }
        throw mismatch("a datetime", wire);
    }

    /** xapi's {@code datetime}: {@code 20261207T10:15:30Z} (its {@code Date.to_rfc3339}, in UTC). */
    private static final DateTimeFormatter XAPI_DATETIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    /** What xapi's {@code Date.of_iso8601} reads: its own form, without the {@code Z} too (then UTC). */
    private static final DateTimeFormatter XAPI_DATETIME_READ = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss[X]");

    /**
     * Formats an instant as xapi writes a {@code datetime} in JSON-RPC.
     *
     * @param instant the instant
     * @return e.g. {@code 20261207T10:15:30Z}: UTC, to the second
     */
    public static String formatDateTime(Instant instant) {
        return XAPI_DATETIME.format(instant);
    }

    private static Instant parseDateTime(String s) {
        if (s.length() > 8 && s.charAt(8) == 'T') {
            TemporalAccessor t = XAPI_DATETIME_READ.parse(s);
            ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return LocalDateTime.from(t).toInstant(offset);
        }
        return OffsetDateTime.parse(s).toInstant();
    }

    /**
     * Reads an enum value.
     *
     * @param <E> the enum type
     * @param type the enum class; its constants' {@link WireEnum#wireName()} (or {@code name()}) are matched
     * @param wire a {@link String}
     * @return the constant
     */
    public static <E extends Enum<E>> E asEnum(Class<E> type, Object wire) {
        String s = asString(wire);
        for (E e : type.getEnumConstants()) {
            String name = e instanceof WireEnum ? ((WireEnum) e).wireName() : e.name();
            if (name.equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("\"" + s + "\" is not a value of " + type.getSimpleName());
    }

    /**
     * Reads a {@code set}.
     *
     * @param wire an {@code Object[]} (XML-RPC's {@code <array>}) or a {@link List} (a JSON array)
     * @return its elements, still in wire form
     */
    public static List<Object> asList(Object wire) {
        if (wire instanceof Object[]) {
            return List.of((Object[]) wire);
        }
        if (wire instanceof List) {
            return new ArrayList<>((List<?>) wire);
        }
        throw mismatch("a set (array)", wire);
    }

    /**
     * Reads a {@code map} or a record.
     *
     * @param wire a {@link Map} (a {@code <struct>} or a JSON object)
     * @return the members, values still in wire form
     */
    public static Map<String, Object> asMap(Object wire) {
        if (wire instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) wire).entrySet()) {
                out.put(String.valueOf(e.getKey()), e.getValue());
            }
            return out;
        }
        throw mismatch("a map (struct)", wire);
    }

    private static IllegalArgumentException mismatch(String expected, Object wire) {
        String got = wire == null ? "nothing" : wire.getClass().getSimpleName() + " " + abbreviate(wire);
        return new IllegalArgumentException("expected " + expected + ", got " + got);
    }

    private static String abbreviate(Object o) {
        String s = o instanceof Object[] ? "[" + ((Object[]) o).length + " elements]" : String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
