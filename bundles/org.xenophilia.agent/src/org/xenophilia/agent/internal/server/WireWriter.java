package org.xenophilia.agent.internal.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.xenophilia.agent.internal.api.EncodedWireValue;
import org.xenophilia.agent.internal.api.StreamedMap;
import org.xenophilia.agent.internal.api.StreamedSet;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireEnum;

/**
 * Writes a method's result straight from the Java values the API returns into the UTF-8 bytes of one RPC encoding,
 * applying XenAPI's typing on the way (xapi's {@code doc/content/xen-api/wire-protocol.md}): every integral number is
 * an {@code int} (64-bit), a {@link Double} or {@link Float} a {@code float}, a {@link Boolean} a {@code bool}, an
 * {@link Instant} or {@link Date} a {@code datetime} (UTC, to the second), a {@link String}, {@link Ref},
 * {@link UUID} or enum ({@link WireEnum#wireName()}, else its name) a {@code string}, a {@link Map} a {@code map} or
 * record (keys stringified the same way), a {@link Collection} or array a {@code set}, {@code null} the
 * {@code void} value {@code ""}; an {@link EncodedWireValue} is encoded once and copied after; a {@link StreamedMap}
 * or {@link StreamedSet}, a result too large to build, is written part by part as it is made.
 * <p>
 * Subclasses say how each type is spelled ({@link XmlRpcResponseWriter}: ints as decimal strings;
 * {@link JsonRpcResponseWriter}: ints as JSON numbers). Both write every character of a string as UTF-8, a
 * surrogate pair as its four bytes and a lone surrogate (not text) as U+FFFD. One pass, no intermediate copy of the
 * value: this is the hot path of every call.
 */
abstract class WireWriter {

    /** A value no XenAPI type describes; what was written so far is to be dropped. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** Deeper than any XenAPI value; a cycle would otherwise overflow the stack. */
    static final int MAX_DEPTH = 64;

    /**
     * Strings are escaped into the buffer this many characters at a time, so that a long one (a definition of a
     * megabyte) needs no buffer several times its size.
     */
    static final int SLICE = 4096;

    /** Where an answer too large to hold goes, a chunk at a time. */
    @FunctionalInterface
    interface Spill {
        /**
         * @param chunk the buffer
         * @param length how many of its bytes to send
         * @throws IOException if they cannot be sent (the client is gone)
         */
        void accept(byte[] chunk, int length) throws IOException;
    }

    /** The response so far: its first {@link #size} bytes. */
    protected byte[] buf;
    protected int size;
    private Spill spill;
    private int spillAbove = Integer.MAX_VALUE;
    private boolean spilled;

    WireWriter(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /**
     * Lets the answer out in chunks once it is larger than {@code above} bytes, so that an answer of any size costs a
     * bounded buffer: what is written is handed to {@code spill} whenever the buffer would grow past that.
     *
     * @param spill where the chunks go; an {@link IOException} there ends the writing with an
     *            {@link UncheckedIOException}
     * @param above the largest buffer kept
     */
    final void spillTo(Spill spill, int above) {
        this.spill = spill;
        this.spillAbove = above;
    }

    /** @return whether part of the answer has been handed to the spill (it can no longer be replaced) */
    final boolean spilled() {
        return spilled;
    }

    /** @return this encoding's index in {@link EncodedWireValue#encodings()} */
    abstract int encodingIndex();

    /** Writes a string value. */
    abstract void string(String s);

    /** Writes an {@code int} given as decimal digits (with a leading minus sign if negative). */
    abstract void integer(String digits);

    abstract void bool(boolean b);

    /** Writes a finite {@code float}. */
    abstract void real(double d);

    /** Writes a {@code datetime} of the second {@code epochSecond}. */
    abstract void dateTime(long epochSecond) throws Unsupported;

    abstract void beginMap(boolean empty);

    /** Begins the member named {@code name}, the first of its map or not; its value follows. */
    abstract void memberName(String name, boolean first);

    abstract void endMember();

    abstract void endMap(boolean empty);

    abstract void beginArray(boolean empty);

    /** Before each element of an array; the element follows. */
    abstract void elementSeparator(boolean first);

    abstract void endArray(boolean empty);

    /** @return the buffer; the response is its first {@link #size()} bytes */
    final byte[] bytes() {
        return buf;
    }

    /** @return the length of the response */
    final int size() {
        return size;
    }

    /** @return a copy of the response */
    final byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /**
     * Writes a value.
     *
     * @param v a Java value as the API returns it
     * @param depth how deep in the response it is
     * @throws Unsupported if it, or something in it, has no XenAPI type, or it nests deeper than {@link #MAX_DEPTH}
     */
    final void value(Object v, int depth) throws Unsupported {
        if (depth > MAX_DEPTH) {
            throw new Unsupported("nested deeper than " + MAX_DEPTH);
        }
        if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> m) {
            map(m, depth);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            integer(v.toString());
        } else if (v instanceof Ref r) {
            string(r.value());
        } else if (v instanceof Boolean b) {
            bool(b);
        } else if (v instanceof Collection<?> c) {
            array(c, depth);
        } else if (v instanceof WireEnum e) {
            string(e.wireName());
        } else if (v instanceof Enum<?> e) {
            string(e.name());
        } else if (v == null) {
            string(""); // void
        } else if (v instanceof EncodedWireValue e) {
            put(encodedBytes(e));
        } else if (v instanceof StreamedMap m) {
            entries(m.entries(), depth);
        } else if (v instanceof StreamedSet l) {
            elements(l.elements(), depth);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw new Unsupported("a float XenAPI cannot carry: " + d);
            }
            real(d);
        } else if (v instanceof Instant i) {
            dateTime(i.getEpochSecond());
        } else if (v instanceof Date d) {
            dateTime(Math.floorDiv(d.getTime(), 1000L));
        } else if (v instanceof Object[] a) {
            array(Arrays.asList(a), depth);
        } else if (v instanceof UUID u) {
            string(u.toString());
        } else {
            throw new Unsupported(v.getClass().getName());
        }
    }

    private void map(Map<?, ?> m, int depth) throws Unsupported {
        entries(m.entrySet().iterator(), depth);
    }

    private void entries(Iterator<? extends Map.Entry<?, ?>> entries, int depth) throws Unsupported {
        boolean empty = !entries.hasNext();
        beginMap(empty);
        boolean first = true;
        while (entries.hasNext()) {
            Map.Entry<?, ?> e = entries.next();
            memberName(key(e.getKey()), first);
            value(e.getValue(), depth + 1);
            endMember();
            first = false;
        }
        endMap(empty);
    }

    /** A map's key as the wire names it: XenAPI maps are keyed by strings, refs, enums or ints. */
    private static String key(Object k) throws Unsupported {
        if (k instanceof String s) {
            return s;
        } else if (k instanceof Ref r) {
            return r.value();
        } else if (k instanceof Long || k instanceof Integer || k instanceof Short || k instanceof Byte
                || k instanceof BigInteger || k instanceof UUID) {
            return k.toString();
        } else if (k instanceof WireEnum e) {
            return e.wireName();
        } else if (k instanceof Enum<?> e) {
            return e.name();
        }
        throw new Unsupported("map key " + (k == null ? "null" : k.getClass().getName()));
    }

    private void array(Collection<?> c, int depth) throws Unsupported {
        elements(c.iterator(), depth);
    }

    private void elements(Iterator<?> elements, int depth) throws Unsupported {
        boolean empty = !elements.hasNext();
        beginArray(empty);
        boolean first = true;
        while (elements.hasNext()) {
            elementSeparator(first);
            value(elements.next(), depth + 1);
            first = false;
        }
        endArray(empty);
    }

    /**
     * @return this encoding's bytes of a value sent many times; the first writer to meet it encodes it in every
     *         encoding at once, so that it can drop the value (see {@link EncodedWireValue})
     */
    private byte[] encodedBytes(EncodedWireValue e) throws Unsupported {
        byte[][] all = e.encodings();
        if (all == null) {
            Object value = e.value();
            if (value == null) {
                all = e.encodings(); // another response encoded it meanwhile (the value goes after)
            } else {
                all = encodeAll(value);
                e.keep(all);
            }
        }
        return all[encodingIndex()];
    }

    /** @return the value in every encoding, by {@link #encodingIndex()} */
    private static byte[][] encodeAll(Object value) throws Unsupported {
        List<WireWriter> writers = List.of(new XmlRpcResponseWriter(8192), new JsonRpcResponseWriter(8192));
        byte[][] all = new byte[writers.size()][];
        for (WireWriter w : writers) {
            w.value(value, 0);
            all[w.encodingIndex()] = w.toByteArray();
        }
        return all;
    }

    /**
     * @param epochSecond a second
     * @param minYear the first year the encoding can carry
     * @return the second as a UTC date and time, checked before anything of it is written
     * @throws Unsupported for a year before {@code minYear} or after 9999
     */
    protected static LocalDateTime dateTime(long epochSecond, int minYear) throws Unsupported {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        if (t.getYear() < minYear || t.getYear() > 9999) {
            throw new Unsupported("date outside the years " + minYear + "-9999: " + epochSecond);
        }
        return t;
    }

    /**
     * Writes the digits of a date and time ({@code yyyyMMddTHH:mm:ss}), the form both XML-RPC's
     * {@code dateTime.iso8601} and xapi's JSON {@code datetime} use.
     */
    protected final void dateTimeDigits(LocalDateTime t) {
        digits(t.getYear(), 4);
        digits(t.getMonthValue(), 2);
        digits(t.getDayOfMonth(), 2);
        putByte('T');
        digits(t.getHour(), 2);
        putByte(':');
        digits(t.getMinute(), 2);
        putByte(':');
        digits(t.getSecond(), 2);
    }

    private void digits(int n, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            buf[size + i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += width;
    }

    /**
     * Writes the character at {@code i} (not ASCII) as UTF-8 at {@link #size}: a surrogate pair as one code point,
     * a lone surrogate as U+FFFD. Room for 4 bytes must be {@linkplain #ensure(int) ensured}.
     *
     * @return the index of the last character consumed ({@code i}, or {@code i + 1} for a pair)
     */
    protected final int nonAscii(String s, int i) {
        byte[] b = buf;
        int at = size;
        char c = s.charAt(i);
        if (c < 0x800) {
            b[at++] = (byte) (0xC0 | c >> 6);
            b[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            b[at++] = (byte) (0xF0 | cp >> 18);
            b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | cp & 0x3F);
        } else {
            char w = Character.isSurrogate(c) ? '\uFFFD' : c;
            b[at++] = (byte) (0xE0 | w >> 12);
            b[at++] = (byte) (0x80 | w >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | w & 0x3F);
        }
        size = at;
        return i;
    }

    /** Appends a string known to be ASCII without characters either encoding escapes (numbers). */
    protected final void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    protected final void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    protected final void putByte(char c) {
        ensure(1);
        buf[size++] = (byte) c;
    }

    /**
     * Writes an ASCII character of a string as this encoding escapes it (or not).
     *
     * @param c the character, below U+0080
     * @param b the buffer
     * @param at where it goes; there is room for {@link #escaped(String, int) maxPerChar} bytes
     * @return where the next goes
     */
    abstract int escapeAscii(char c, byte[] b, int at);

    /**
     * Writes a string's characters, ASCII ones as {@link #escapeAscii} says and the others as UTF-8, a
     * {@linkplain #SLICE slice} at a time: a long string needs no buffer of its size.
     *
     * @param maxPerChar the most bytes this encoding writes for one character
     */
    protected final void escaped(String s, int maxPerChar) {
        int n = s.length();
        for (int from = 0; from < n;) {
            int to = Math.min(n, from + SLICE);
            if (to < n && Character.isHighSurrogate(s.charAt(to - 1))) {
                to++; // a surrogate pair is not split across two slices
            }
            ensure((to - from) * maxPerChar);
            byte[] b = buf;
            int at = size;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    size = at;
                    i = nonAscii(s, i);
                    at = size;
                } else {
                    at = escapeAscii(c, b, at);
                }
            }
            size = at;
            from = to;
        }
    }

    protected final void ensure(int more) {
        if (spill != null && size > 0 && size + more > spillAbove) {
            spilled = true; // from the first try on: what went out, if anything, cannot be taken back
            try {
                spill.accept(buf, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            size = 0;
        }
        if (size + more > buf.length) {
            // doubling, but never past what is kept before spilling (spillAbove is MAX_VALUE when there is no spill)
            buf = Arrays.copyOf(buf, Math.max((int) Math.min(buf.length * 2L, spillAbove), size + more));
        }
    }

    /** @return the bytes of a fixed piece of markup */
    protected static byte[] tag(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
