package org.xenophilia.agent.internal.server;

import java.time.LocalDateTime;
import java.util.List;

import org.xenophilia.xenapi.XenApiException;

/**
 * Writes a JSON-RPC response straight into UTF-8 bytes (see {@link WireWriter} for the values and how XenAPI types
 * them), as xapi's JSON-RPC endpoint does (its {@code Jsonrpc.string_of_response}):
 * <ul>
 * <li>JSON-RPC 1.0: {@code {"result":R,"error":null,"id":ID}}, or on failure
 * {@code {"result":null,"error":["CODE","param",...],"id":ID}};</li>
 * <li>JSON-RPC 2.0: {@code {"jsonrpc":"2.0","result":R,"id":ID}}, or on failure
 * {@code {"jsonrpc":"2.0","error":{"code":N,"message":"CODE","data":["param",...]},"id":ID}}, where {@code N} is
 * xapi's {@code 1} for every XenAPI error except those JSON-RPC 2.0 names itself (an unknown method {@code -32601},
 * a wrong parameter count or type {@code -32602}); clients read {@code message} and {@code data};</li>
 * <li>an {@code int} as a JSON integer, a {@code float} as a JSON number ({@link Double#toString}), a {@code bool}
 * as {@code true}/{@code false}, a {@code datetime} as the string {@code "yyyyMMddTHH:mm:ssZ"} (UTC), refs, enums
 * and strings as JSON strings, sets as arrays, maps and records as objects, {@code void} as {@code ""};</li>
 * <li>in strings {@code "} and {@code \} escaped with a backslash, the control characters U+0000–U+001F as
 * {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or {@code \}{@code u00XX}, everything else as its
 * UTF-8 bytes; no whitespace between tokens.</li>
 * </ul>
 */
final class JsonRpcResponseWriter extends WireWriter {

    /** The index of this encoding in {@link org.xenophilia.agent.internal.api.EncodedWireValue#encodings()}. */
    static final int ENCODING = 1;

    /** The JSON-RPC versions: 1.0 has no {@code jsonrpc} member, 2.0 says {@code "2.0"}. */
    enum Version {
        V1, V2
    }

    /** JSON-RPC 2.0's code for a request that is not JSON. */
    static final int PARSE_ERROR = -32700;
    /** JSON-RPC 2.0's code for JSON that is not a valid request object. */
    static final int INVALID_REQUEST = -32600;
    /** JSON-RPC 2.0's code for an unknown method. */
    static final int METHOD_NOT_FOUND = -32601;
    /** JSON-RPC 2.0's code for invalid method parameters. */
    static final int INVALID_PARAMS = -32602;
    /** xapi's code for every XenAPI error: non-zero, since some clients take 0 for no error. */
    static final int XENAPI_ERROR = 1;

    private static final byte[] V2_HEAD = tag("{\"jsonrpc\":\"2.0\",");
    private static final byte[] RESULT = tag("\"result\":");
    private static final byte[] NULL_ERROR_ID = tag(",\"error\":null,\"id\":");
    private static final byte[] NULL_RESULT_ERROR = tag("{\"result\":null,\"error\":");
    private static final byte[] ERROR_CODE = tag("\"error\":{\"code\":");
    private static final byte[] MESSAGE = tag(",\"message\":");
    private static final byte[] DATA = tag(",\"data\":");
    private static final byte[] ID = tag(",\"id\":");
    private static final byte[] NULL = tag("null");
    private static final byte[] TRUE = tag("true");
    private static final byte[] FALSE = tag("false");
    private static final byte[] HEX = tag("0123456789abcdef");

    /** @param capacity the initial buffer size */
    JsonRpcResponseWriter(int capacity) {
        super(capacity);
    }

    @Override
    int encodingIndex() {
        return ENCODING;
    }

    /**
     * Writes the response to a successful call.
     *
     * @param version the request's JSON-RPC version
     * @param id the request's id ({@link String} or {@link Long})
     * @param result the method's result, a Java value as the API returns it
     * @return this writer, holding the response
     * @throws WireWriter.Unsupported if {@code result} holds a value no XenAPI type describes
     */
    JsonRpcResponseWriter success(Version version, Object id, Object result) throws Unsupported {
        size = 0;
        if (version == Version.V2) {
            put(V2_HEAD);
        } else {
            putByte('{');
        }
        put(RESULT);
        value(result, 0);
        if (version == Version.V2) {
            put(ID);
        } else {
            put(NULL_ERROR_ID);
        }
        id(id);
        putByte('}');
        return this;
    }

    /**
     * Writes the response to a call that failed with a XenAPI error.
     *
     * @param version the request's JSON-RPC version
     * @param id the request's id
     * @param failure the error
     * @return this writer, holding the response
     */
    JsonRpcResponseWriter failure(Version version, Object id, XenApiException failure) {
        size = 0;
        if (version == Version.V1) {
            put(NULL_RESULT_ERROR);
            strings(failure.errorDescription());
            put(ID);
            id(id);
            putByte('}');
            return this;
        }
        return error(codeOf(failure.code()), failure.code(), failure.params(), id);
    }

    /**
     * Writes a JSON-RPC 2.0 error response: also the answer to a request that could not be read far enough to know
     * its version or id.
     *
     * @param code the JSON-RPC error code
     * @param message the error's message (for a XenAPI error: its code)
     * @param data the error's data (for a XenAPI error: its parameters)
     * @param id the request's id, or {@code null} if it is not known
     * @return this writer, holding the response
     */
    JsonRpcResponseWriter error(int code, String message, List<String> data, Object id) {
        size = 0;
        put(V2_HEAD);
        put(ERROR_CODE);
        ascii(Integer.toString(code));
        put(MESSAGE);
        string(message);
        put(DATA);
        strings(data);
        putByte('}');
        put(ID);
        id(id);
        putByte('}');
        return this;
    }

    /** @return the JSON-RPC 2.0 error code a XenAPI error travels with */
    static int codeOf(String xenApiCode) {
        return switch (xenApiCode) {
            case "MESSAGE_METHOD_UNKNOWN" -> METHOD_NOT_FOUND;
            case "MESSAGE_PARAMETER_COUNT_MISMATCH", "FIELD_TYPE_ERROR" -> INVALID_PARAMS;
            default -> XENAPI_ERROR;
        };
    }

    private void id(Object id) {
        if (id instanceof String s) {
            string(s);
        } else if (id instanceof Long n) {
            ascii(n.toString());
        } else {
            put(NULL);
        }
    }

    private void strings(List<String> values) {
        putByte('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                putByte(',');
            }
            string(values.get(i));
        }
        putByte(']');
    }

    @Override
    void string(String s) {
        putByte('"');
        escaped(s, 6); // the most a char becomes is 6 bytes (\u001f)
        putByte('"');
    }

    @Override
    int escapeAscii(char c, byte[] b, int at) {
        if (c == '"' || c == '\\') {
            b[at++] = '\\';
            b[at++] = (byte) c;
        } else if (c >= 0x20) {
            b[at++] = (byte) c;
        } else {
            b[at++] = '\\';
            switch (c) {
                case '\n' -> b[at++] = 'n';
                case '\r' -> b[at++] = 'r';
                case '\t' -> b[at++] = 't';
                case '\b' -> b[at++] = 'b';
                case '\f' -> b[at++] = 'f';
                default -> {
                    b[at++] = 'u';
                    b[at++] = '0';
                    b[at++] = '0';
                    b[at++] = HEX[c >> 4];
                    b[at++] = HEX[c & 0xF];
                }
            }
        }
        return at;
    }

    @Override
    void integer(String digits) {
        ascii(digits);
    }

    @Override
    void bool(boolean b) {
        put(b ? TRUE : FALSE);
    }

    @Override
    void real(double d) {
        ascii(Double.toString(d));
    }

    @Override
    void dateTime(long epochSecond) throws Unsupported {
        LocalDateTime t = dateTime(epochSecond, 0);
        putByte('"');
        dateTimeDigits(t);
        putByte('Z');
        putByte('"');
    }

    @Override
    void beginMap(boolean empty) {
        putByte('{');
    }

    @Override
    void memberName(String name, boolean first) {
        if (!first) {
            putByte(',');
        }
        string(name);
        putByte(':');
    }

    @Override
    void endMember() {
        // the next member writes its comma
    }

    @Override
    void endMap(boolean empty) {
        putByte('}');
    }

    @Override
    void beginArray(boolean empty) {
        putByte('[');
    }

    @Override
    void elementSeparator(boolean first) {
        if (!first) {
            putByte(',');
        }
    }

    @Override
    void endArray(boolean empty) {
        putByte(']');
    }
}
