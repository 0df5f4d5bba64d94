package org.xenophilia.agent.internal.server;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.api.EncodedWireValue;

/**
 * Writes an XML-RPC {@code <methodResponse>} straight into UTF-8 bytes, for the value types the XenAPI wire uses
 * ({@link org.xenophilia.xenapi.WireValues#toWire(Object)}): {@link String} (ints included, as xapi sends them),
 * {@link Boolean}, {@link Double}, {@link Integer} ({@code <i4>}), {@link Date}, {@link Map} with string keys
 * ({@code <struct>}), {@code Object[]} and {@link List} ({@code <array>}); and an {@link EncodedWireValue}, encoded the
 * first time and copied after.
 * <p>
 * The bytes are those the XML-RPC fork's own writer (its serializers on ws-commons' {@code CharSetXMLWriter}, UTF-8,
 * no indentation) produces for the same value, which clients parse today; without its layers (a SAX event per tag,
 * a serializer object per map and array, a synchronized {@code BufferedWriter} per character), which under C1 cost
 * more than the rest of a {@code VM.get_record}. Exactly:
 * <ul>
 * <li>{@code <?xml version="1.0" encoding="UTF-8"?>} with no line break, then
 * {@code <methodResponse><params><param>value</param></params></methodResponse>};</li>
 * <li>a string as {@code <value>text</value>} (no {@code <string>} tag), {@code <value></value>} when empty;</li>
 * <li>in text (values and member names) {@code &}, {@code <} and {@code >} as {@code &amp;}, {@code &lt;},
 * {@code &gt;}; quotes, apostrophes, tab, line feed, carriage return and other control characters as they are
 * (XML 1.0 cannot carry U+0000–U+001F other than those three in any form; the fork sends them raw too);</li>
 * <li>a character outside the BMP (a surrogate pair) as its four UTF-8 bytes. This is the one deliberate
 * difference from the fork, which writes each half as a character reference ({@code &#55357;&#56832;}) that
 * XML parsers reject: a record holding an emoji could not be read at all. A lone surrogate (not text) becomes
 * U+FFFD;</li>
 * <li>{@code <value><boolean>1</boolean></value>} / {@code 0}; {@code <value><double>}{@link Double#toString}
 * {@code </double></value>}; {@code <value><i4>n</i4></value>};</li>
 * <li>a date as {@code <value><dateTime.iso8601>yyyyMMddTHH:mm:ss</dateTime.iso8601></value>} in UTC, for years
 * 1583–9999 (outside them the fork's Julian/Gregorian calendar is used: {@link Unsupported});</li>
 * <li>{@code <value><struct><member><name>k</name>value</member>...</struct></value>}, {@code <struct/>} when
 * empty;</li>
 * <li>{@code <value><array><data>values</data></array></value>}, {@code <data/>} when empty.</li>
 * </ul>
 * Anything else (null, another type, a non-string key) throws {@link Unsupported}, and the caller uses the fork's
 * writer, which refuses what XML-RPC without extensions cannot carry.
 */
final class XmlRpcResponseWriter {

    /** A value this writer does not write; nothing has been emitted that the caller must keep. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private static final byte[] HEAD = tag(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param>");
    private static final byte[] TAIL = tag("</param></params></methodResponse>");
    private static final byte[] VALUE_OPEN = tag("<value>");
    private static final byte[] VALUE_CLOSE = tag("</value>");
    private static final byte[] TRUE = tag("<value><boolean>1</boolean></value>");
    private static final byte[] FALSE = tag("<value><boolean>0</boolean></value>");
    private static final byte[] DOUBLE_OPEN = tag("<value><double>");
    private static final byte[] DOUBLE_CLOSE = tag("</double></value>");
    private static final byte[] I4_OPEN = tag("<value><i4>");
    private static final byte[] I4_CLOSE = tag("</i4></value>");
    private static final byte[] DATE_OPEN = tag("<value><dateTime.iso8601>");
    private static final byte[] DATE_CLOSE = tag("</dateTime.iso8601></value>");
    private static final byte[] STRUCT_OPEN = tag("<value><struct>");
    private static final byte[] STRUCT_CLOSE = tag("</struct></value>");
    private static final byte[] STRUCT_EMPTY = tag("<value><struct/></value>");
    private static final byte[] MEMBER_NAME_OPEN = tag("<member><name>");
    private static final byte[] NAME_CLOSE = tag("</name>");
    private static final byte[] MEMBER_CLOSE = tag("</member>");
    private static final byte[] ARRAY_OPEN = tag("<value><array><data>");
    private static final byte[] ARRAY_CLOSE = tag("</data></array></value>");
    private static final byte[] ARRAY_EMPTY = tag("<value><array><data/></array></value>");

    /** Deeper than any XenAPI value; a cycle would otherwise overflow the stack. */
    private static final int MAX_DEPTH = 64;

    private byte[] buf;
    private int size;

    /** @param capacity the initial buffer size */
    XmlRpcResponseWriter(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /**
     * Writes a whole response.
     *
     * @param result the method's result, in wire form
     * @return this writer, holding the response in {@link #bytes()} / {@link #size()}
     * @throws Unsupported if {@code result} holds a value this writer leaves to the fork
     */
    XmlRpcResponseWriter response(Object result) throws Unsupported {
        size = 0;
        put(HEAD);
        value(result, 0);
        put(TAIL);
        return this;
    }

    /** @return the buffer; the response is its first {@link #size()} bytes */
    byte[] bytes() {
        return buf;
    }

    /** @return the length of the response */
    int size() {
        return size;
    }

    /** @return a copy of the response */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void value(Object v, int depth) throws Unsupported {
        if (depth > MAX_DEPTH) {
            throw new Unsupported("nested deeper than " + MAX_DEPTH);
        }
        if (v instanceof String s) {
            put(VALUE_OPEN);
            text(s);
            put(VALUE_CLOSE);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                put(STRUCT_EMPTY);
                return;
            }
            put(STRUCT_OPEN);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new Unsupported("struct member name " + e.getKey());
                }
                put(MEMBER_NAME_OPEN);
                text(key);
                put(NAME_CLOSE);
                value(e.getValue(), depth + 1);
                put(MEMBER_CLOSE);
            }
            put(STRUCT_CLOSE);
        } else if (v instanceof Object[] a) {
            if (a.length == 0) {
                put(ARRAY_EMPTY);
                return;
            }
            put(ARRAY_OPEN);
            for (Object o : a) {
                value(o, depth + 1);
            }
            put(ARRAY_CLOSE);
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                put(ARRAY_EMPTY);
                return;
            }
            put(ARRAY_OPEN);
            for (Object o : l) {
                value(o, depth + 1);
            }
            put(ARRAY_CLOSE);
        } else if (v instanceof Boolean b) {
            put(b ? TRUE : FALSE);
        } else if (v instanceof Double d) {
            put(DOUBLE_OPEN);
            ascii(d.toString());
            put(DOUBLE_CLOSE);
        } else if (v instanceof Integer i) {
            put(I4_OPEN);
            ascii(i.toString());
            put(I4_CLOSE);
        } else if (v instanceof Date d) {
            date(d);
        } else if (v instanceof EncodedWireValue e) {
            byte[] bytes = e.encoded();
            Object wire = bytes == null ? e.wire() : null;
            if (bytes == null && wire == null) {
                bytes = e.encoded(); // another response encoded it meanwhile (the wire value goes after)
            } else if (bytes == null) {
                XmlRpcResponseWriter inner = new XmlRpcResponseWriter(8192);
                inner.value(wire, depth);
                bytes = inner.toByteArray();
                e.encoded(bytes);
            }
            put(bytes);
        } else {
            throw new Unsupported(v == null ? "null" : v.getClass().getName());
        }
    }

    private void date(Date d) throws Unsupported {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(d.getTime(), 1000L), 0, ZoneOffset.UTC);
        if (t.getYear() < 1583 || t.getYear() > 9999) {
            throw new Unsupported("date outside the Gregorian years 1583-9999: " + d.getTime());
        }
        put(DATE_OPEN);
        digits(t.getYear(), 4);
        digits(t.getMonthValue(), 2);
        digits(t.getDayOfMonth(), 2);
        putByte('T');
        digits(t.getHour(), 2);
        putByte(':');
        digits(t.getMinute(), 2);
        putByte(':');
        digits(t.getSecond(), 2);
        put(DATE_CLOSE);
    }

    private void digits(int n, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            buf[size + i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += width;
    }

    /** Escapes and encodes text as described in the class comment. */
    private void text(String s) {
        int n = s.length();
        // the most a char can become is 5 bytes (&amp;), so no check is needed per char
        ensure(n * 5);
        byte[] b = buf;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '&') {
                    b[at++] = '&';
                    b[at++] = 'a';
                    b[at++] = 'm';
                    b[at++] = 'p';
                    b[at++] = ';';
                } else if (c == '<') {
                    b[at++] = '&';
                    b[at++] = 'l';
                    b[at++] = 't';
                    b[at++] = ';';
                } else if (c == '>') {
                    b[at++] = '&';
                    b[at++] = 'g';
                    b[at++] = 't';
                    b[at++] = ';';
                } else {
                    b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
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
        }
        size = at;
    }

    /** Appends a string known to be ASCII without markup characters (numbers). */
    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void putByte(char c) {
        ensure(1);
        buf[size++] = (byte) c;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    private static byte[] tag(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
