package org.xenophilia.xenapi.internal.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * The JSON-RPC messages of XenAPI, as xapi's {@code /jsonrpc} and the Agent's take and give them: a 2.0 call
 * {@code {"jsonrpc": "2.0", "method": m, "params": [...], "id": n}} with the parameters in
 * {@link WireValues#toJsonWire(Object) their JSON form}; the answer's {@code result} as the value (no
 * {@code Status} envelope in JSON-RPC), or its {@code error} as a {@link XenApiException}: in 2.0 an object whose
 * {@code message} is the XenAPI code and {@code data} its parameters, in 1.0 the array {@code [code, params...]}.
 * <p>
 * Values are read by Gson into plain Java: objects as {@link Map}s, arrays as {@link List}s, integers as
 * {@link Long}s, other numbers as {@link Double}s, strings, booleans; the readers of {@link WireValues} take them.
 */
final class JsonRpcCodec {

    /** Reads any JSON value; a number without fraction or exponent is a Long (a XenAPI int), others Doubles. */
    private static final TypeAdapter<Object> VALUES = new GsonBuilder()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create().getAdapter(Object.class);
    private static final Gson WRITER = new GsonBuilder().disableHtmlEscaping().create();

    private JsonRpcCodec() {
    }

    /**
     * @param id the call's id, echoed in its answer
     * @param method the method
     * @param params the parameters, as Java values
     * @return the request body, UTF-8
     * @throws IllegalArgumentException for a parameter without a XenAPI wire form
     */
    static byte[] request(long id, String method, Object[] params) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 + 64 * params.length);
        try (JsonWriter out = WRITER.newJsonWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            out.beginObject();
            out.name("jsonrpc").value("2.0");
            out.name("method").value(method);
            out.name("params").beginArray();
            for (Object p : params) {
                WRITER.toJson(WireValues.toJsonWire(p), Object.class, out);
            }
            out.endArray();
            out.name("id").value(id);
            out.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to memory", e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Reads one JSON document, the whole stream.
     *
     * @param in the body, UTF-8
     * @return the value
     * @throws XenApiProtocolException if it is not one JSON value
     * @throws IOException if reading fails
     */
    static Object read(InputStream in) throws IOException {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8); JsonReader json = new JsonReader(r)) {
            json.setStrictness(Strictness.STRICT);
            Object value = VALUES.read(json);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new XenApiProtocolException("JSON-RPC answer followed by more data");
            }
            return value;
        } catch (MalformedJsonException | EOFException | IllegalStateException | NumberFormatException e) {
            // EOF: the body ended, at its declared length, before the JSON did
            throw new XenApiProtocolException("not a JSON-RPC answer: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an answer.
     *
     * @param id the call's id
     * @param answer the answer as {@link #read(InputStream)} gave it
     * @return the {@code result}, in wire form (a {@code null} one as {@code void})
     * @throws XenApiException for an {@code error}
     * @throws XenApiProtocolException if the answer is not one to this call
     */
    static Object result(long id, Object answer) throws XenApiException, XenApiProtocolException {
        if (!(answer instanceof Map<?, ?> m)) {
            throw new XenApiProtocolException("not a JSON-RPC answer: " + kind(answer));
        }
        Object answerId = m.get("id");
        if (answerId != null && !answerId.equals(id) && !answerId.equals(Long.toString(id))) {
            throw new XenApiProtocolException("JSON-RPC answer to call " + answerId + ", not to call " + id);
        }
        Object error = m.get("error");
        if (error != null) {
            throw failure(error);
        }
        if (!m.containsKey("result")) {
            throw new XenApiProtocolException("JSON-RPC answer without a result or an error");
        }
        Object result = m.get("result");
        return result == null ? WireValues.VOID : result;
    }

    /**
     * @param error an answer's {@code error}: a 2.0 error object or a 1.0 array
     * @return the XenAPI failure it carries
     * @throws XenApiProtocolException if it carries none
     */
    static XenApiException failure(Object error) throws XenApiProtocolException {
        if (error instanceof Map<?, ?> e) {
            if (!(e.get("message") instanceof String code) || code.isEmpty()) {
                throw new XenApiProtocolException("JSON-RPC error without a message: " + e);
            }
            Object data = e.get("data");
            List<?> params = data == null ? List.of() : data instanceof List<?> l ? l : List.of(data);
            return new XenApiException(code, params.stream().map(String::valueOf).toList());
        }
        if (error instanceof List<?> description && !description.isEmpty()) {
            return new XenApiException(String.valueOf(description.get(0)),
                    description.subList(1, description.size()).stream().map(String::valueOf).toList());
        }
        throw new XenApiProtocolException("JSON-RPC error that is not a XenAPI error: " + kind(error));
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
