package org.xenophilia.agent.internal.server;

import java.time.LocalDateTime;

/**
 * Writes an XML-RPC {@code <methodResponse>} straight into UTF-8 bytes (see {@link WireWriter} for the values and
 * how XenAPI types them). The bytes are those the XML-RPC fork's own writer (its serializers on ws-commons'
 * {@code CharSetXMLWriter}, UTF-8, no indentation) produces for the same value in XenAPI wire form
 * ({@link org.xenophilia.xenapi.WireValues#toWire(Object)}), which clients parse today; without its layers (a SAX
 * event per tag, a serializer object per map and array, a synchronized {@code BufferedWriter} per character), which
 * under C1 cost more than the rest of a {@code VM.get_record}. Exactly:
 * <ul>
 * <li>{@code <?xml version="1.0" encoding="UTF-8"?>} with no line break, then
 * {@code <methodResponse><params><param>value</param></params></methodResponse>};</li>
 * <li>a string as {@code <value>text</value>} (no {@code <string>} tag), {@code <value></value>} when empty; an
 * {@code int} likewise, as a decimal string, as xapi sends it;</li>
 * <li>in text (values and member names) {@code &}, {@code <} and {@code >} as {@code &amp;}, {@code &lt;},
 * {@code &gt;}; quotes, apostrophes, tab, line feed, carriage return and other control characters as they are
 * (XML 1.0 cannot carry U+0000–U+001F other than those three in any form; the fork sends them raw too);</li>
 * <li>a character outside the BMP (a surrogate pair) as its four UTF-8 bytes. This is the one deliberate
 * difference from the fork, which writes each half as a character reference ({@code &#55357;&#56832;}) that
 * XML parsers reject: a record holding an emoji could not be read at all. A lone surrogate (not text) becomes
 * U+FFFD;</li>
 * <li>{@code <value><boolean>1</boolean></value>} / {@code 0}; {@code <value><double>}{@link Double#toString}
 * {@code </double></value>};</li>
 * <li>a date as {@code <value><dateTime.iso8601>yyyyMMddTHH:mm:ss</dateTime.iso8601></value>} in UTC, for years
 * 1583–9999 (outside them the fork's Julian/Gregorian calendar differs: {@link WireWriter.Unsupported});</li>
 * <li>{@code <value><struct><member><name>k</name>value</member>...</struct></value>}, {@code <struct/>} when
 * empty;</li>
 * <li>{@code <value><array><data>values</data></array></value>}, {@code <data/>} when empty.</li>
 * </ul>
 */
final class XmlRpcResponseWriter extends WireWriter {

    /** The index of this encoding in {@link org.xenophilia.agent.internal.api.EncodedWireValue#encodings()}. */
    static final int ENCODING = 0;

    private static final byte[] HEAD = tag(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param>");
    private static final byte[] TAIL = tag("</param></params></methodResponse>");
    private static final byte[] VALUE_OPEN = tag("<value>");
    private static final byte[] VALUE_CLOSE = tag("</value>");
    private static final byte[] TRUE = tag("<value><boolean>1</boolean></value>");
    private static final byte[] FALSE = tag("<value><boolean>0</boolean></value>");
    private static final byte[] DOUBLE_OPEN = tag("<value><double>");
    private static final byte[] DOUBLE_CLOSE = tag("</double></value>");
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

    /** The first year the fork's (and XML-RPC clients') proleptic calendars agree on. */
    private static final int MIN_YEAR = 1583;

    /** @param capacity the initial buffer size */
    XmlRpcResponseWriter(int capacity) {
        super(capacity);
    }

    @Override
    int encodingIndex() {
        return ENCODING;
    }

    /**
     * Writes a whole response.
     *
     * @param result the method's result (the XenAPI envelope, or the bare array of {@code system.listMethods})
     * @return this writer, holding the response in {@link #bytes()} / {@link #size()}
     * @throws WireWriter.Unsupported if {@code result} holds a value no XenAPI type describes
     */
    XmlRpcResponseWriter response(Object result) throws Unsupported {
        size = 0;
        put(HEAD);
        value(result, 0);
        put(TAIL);
        return this;
    }

    @Override
    void string(String s) {
        put(VALUE_OPEN);
        text(s);
        put(VALUE_CLOSE);
    }

    @Override
    void integer(String digits) {
        put(VALUE_OPEN);
        ascii(digits);
        put(VALUE_CLOSE);
    }

    @Override
    void bool(boolean b) {
        put(b ? TRUE : FALSE);
    }

    @Override
    void real(double d) {
        put(DOUBLE_OPEN);
        ascii(Double.toString(d));
        put(DOUBLE_CLOSE);
    }

    @Override
    void dateTime(long epochSecond) throws Unsupported {
        LocalDateTime t = dateTime(epochSecond, MIN_YEAR);
        put(DATE_OPEN);
        dateTimeDigits(t);
        put(DATE_CLOSE);
    }

    @Override
    void beginMap(boolean empty) {
        put(empty ? STRUCT_EMPTY : STRUCT_OPEN);
    }

    @Override
    void memberName(String name, boolean first) {
        put(MEMBER_NAME_OPEN);
        text(name);
        put(NAME_CLOSE);
    }

    @Override
    void endMember() {
        put(MEMBER_CLOSE);
    }

    @Override
    void endMap(boolean empty) {
        if (!empty) {
            put(STRUCT_CLOSE);
        }
    }

    @Override
    void beginArray(boolean empty) {
        put(empty ? ARRAY_EMPTY : ARRAY_OPEN);
    }

    @Override
    void elementSeparator(boolean first) {
        // elements follow each other
    }

    @Override
    void endArray(boolean empty) {
        if (!empty) {
            put(ARRAY_CLOSE);
        }
    }

    /** Escapes and encodes text as described in the class comment. */
    private void text(String s) {
        escaped(s, 5); // the most a char becomes is 5 bytes (&amp;)
    }

    @Override
    int escapeAscii(char c, byte[] b, int at) {
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
        return at;
    }
}
