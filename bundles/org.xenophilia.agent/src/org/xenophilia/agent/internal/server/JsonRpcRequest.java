package org.xenophilia.agent.internal.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.server.JsonRpcResponseWriter.Version;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * A JSON-RPC request as xapi reads one (rpclib's {@code Jsonrpc.version_id_and_call_of_string}): an object with a
 * {@code method} string, {@code params} (an array; in 2.0 also absent, {@code null}, or an object taken as the one
 * parameter), an {@code id} string or integer, and for 2.0 {@code "jsonrpc": "2.0"}. As in xapi, a notification
 * (no {@code id}, or {@code null}) is refused: every call is answered. Other members are ignored.
 * <p>
 * Parsed by Gson's streaming reader, strictly (RFC 8259: no comments, no single quotes, nothing after the value), with
 * limits that refuse a hostile body before it costs memory: at most {@link #MAX_DEPTH} levels of nesting and
 * {@link #MAX_VALUES} values in all (a 1 MiB body of {@code [0,0,...]} would otherwise become half a million boxed
 * numbers). A member name given twice in one object is refused: which one a reader takes differs between parsers.
 * Values become what the XML-RPC parser gives for the same XenAPI value, except that a JSON integer is a
 * {@link Long} (XML-RPC has only strings there) and there is no date type: strings, {@link Boolean}, {@link Long},
 * {@link Double}, {@link List}, {@link Map} with string keys, and {@code null}.
 */
final class JsonRpcRequest {

    /** Deeper than any XenAPI request: a map of string sets inside the params array is 3. */
    static final int MAX_DEPTH = 32;
    /** More values than any XenAPI call takes; a whole domain definition is one string. */
    static final int MAX_VALUES = 10_000;

    /** A request that is not a JSON-RPC call: the JSON-RPC error to answer with. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        final int code;
        final transient Object id;

        Refused(int code, String detail, Object id) {
            super(detail, null, false, false);
            this.code = code;
            this.id = id;
        }

        /** @return the standard message of the code ({@code Parse error}, {@code Invalid Request}) */
        String standardMessage() {
            return code == JsonRpcResponseWriter.PARSE_ERROR ? "Parse error" : "Invalid Request";
        }
    }

    final Version version;
    final Object id;
    final String method;
    final List<Object> params;

    private JsonRpcRequest(Version version, Object id, String method, List<Object> params) {
        this.version = version;
        this.id = id;
        this.method = method;
        this.params = params;
    }

    /**
     * @param body the request body, bounded in size
     * @return the call
     * @throws Refused with {@link JsonRpcResponseWriter#PARSE_ERROR} if it is not JSON within the limits, or
     *             {@link JsonRpcResponseWriter#INVALID_REQUEST} if it is not a JSON-RPC call
     */
    static JsonRpcRequest parse(byte[] body) throws Refused {
        Object json = readDocument(body);
        if (!(json instanceof Map<?, ?> request)) {
            throw invalid("the body is not a JSON object", null);
        }
        Object rawId = request.get("id");
        Object id = rawId instanceof String || rawId instanceof Long ? rawId : null;
        Version version;
        Object jsonrpc = request.get("jsonrpc");
        if (jsonrpc == null && !request.containsKey("jsonrpc")) {
            version = Version.V1;
        } else if ("2.0".equals(jsonrpc)) {
            version = Version.V2;
        } else {
            throw invalid("\"jsonrpc\" must be \"2.0\" (or absent, for JSON-RPC 1.0)", id);
        }
        if (!(request.get("method") instanceof String method)) {
            throw invalid("\"method\" must be a string naming the call", id);
        }
        if (rawId == null) {
            throw invalid("\"id\" is missing or null: notifications are not supported, every call is answered", null);
        }
        if (id == null) {
            throw invalid("\"id\" must be a string or an integer", null);
        }
        return new JsonRpcRequest(version, id, method, params(request, version, id));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> params(Map<?, ?> request, Version version, Object id) throws Refused {
        Object params = request.get("params");
        if (params instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (version == Version.V2 && params == null) {
            return new ArrayList<>();
        }
        if (version == Version.V2 && params instanceof Map<?, ?> m) {
            List<Object> one = new ArrayList<>(1);
            one.add(m);
            return one;
        }
        throw invalid(version == Version.V1 ? "\"params\" must be an array" : "\"params\" must be an array or object",
                id);
    }

    private static Refused invalid(String detail, Object id) {
        return new Refused(JsonRpcResponseWriter.INVALID_REQUEST, detail, id);
    }

    private static Object readDocument(byte[] body) throws Refused {
        // malformed UTF-8 is an error, not silently replaced
        Reader text = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        JsonReader reader = new JsonReader(text);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_DEPTH);
        try {
            Object value = new Values(reader).read();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw parseError("more after the request object at " + where(reader));
            }
            return value;
        } catch (MalformedJsonException e) {
            throw parseError(e.getMessage());
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // an unexpected token, a malformed number, malformed UTF-8 or an early end of input
            throw parseError(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Refused parseError(String detail) {
        return new Refused(JsonRpcResponseWriter.PARSE_ERROR, detail, null);
    }

    private static String where(JsonReader reader) {
        String s = reader.toString(); // "JsonReader at line L column C path P"
        int at = s.indexOf(" at ");
        return at < 0 ? s : s.substring(at + 4);
    }

    /** Reads one value and everything in it, counting them. */
    private static final class Values {
        private final JsonReader reader;
        private int count;

        Values(JsonReader reader) {
            this.reader = reader;
        }

        Object read() throws IOException, Refused {
            if (++count > MAX_VALUES) {
                throw parseError("more than " + MAX_VALUES + " values at " + where(reader));
            }
            switch (reader.peek()) {
                case BEGIN_OBJECT: {
                    Map<String, Object> m = new LinkedHashMap<>();
                    reader.beginObject();
                    while (reader.hasNext()) {
                        String name = reader.nextName();
                        if (m.containsKey(name)) {
                            throw parseError("the member \"" + name + "\" is given twice at " + where(reader));
                        }
                        m.put(name, read());
                    }
                    reader.endObject();
                    return m;
                }
                case BEGIN_ARRAY: {
                    List<Object> l = new ArrayList<>();
                    reader.beginArray();
                    while (reader.hasNext()) {
                        l.add(read());
                    }
                    reader.endArray();
                    return l;
                }
                case STRING:
                    return reader.nextString();
                case NUMBER:
                    return number(reader.nextString());
                case BOOLEAN:
                    return reader.nextBoolean();
                case NULL:
                    reader.nextNull();
                    return null;
                default:
                    throw parseError("unexpected " + reader.peek() + " at " + where(reader));
            }
        }

        private Object number(String literal) throws Refused {
            boolean integral = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
            if (integral) {
                try {
                    return Long.parseLong(literal);
                } catch (NumberFormatException e) {
                    // beyond 64 bits: a float, which no int parameter accepts
                }
            }
            double d = Double.parseDouble(literal);
            if (!Double.isFinite(d)) {
                throw parseError("the number " + literal + " is out of range at " + where(reader));
            }
            return d;
        }
    }
}
