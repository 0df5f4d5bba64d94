package org.xenophilia.benchmarks.agent;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.apache.xmlrpc.server.XmlRpcServer;
import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.xenapi.Envelope;
import org.xenophilia.xenapi.SecureXml;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;

/**
 * Reads the Agent's answers as a client does: XML-RPC with the XML-RPC fork's response parser behind
 * {@link SecureXml} (as {@code XenApiClient} reads them), JSON-RPC with Gson; then the XenAPI outcome, a value in wire
 * form (read it with {@code WireValues}) or the {@link XenApiException} of a failure. Thread-safe.
 */
final class RpcAnswers {

    private static final XmlRpcHttpRequestConfigImpl CONFIG = new XmlRpcHttpRequestConfigImpl();
    private static final TypeFactory TYPES = new XmlRpcServer().getTypeFactory();

    static {
        CONFIG.setEncoding("UTF-8");
        CONFIG.setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    private RpcAnswers() {
    }

    /**
     * @param wire the answer's encoding
     * @param answer a 200 answer's body
     * @return the value of a success, in wire form (JSON numbers as {@link Long} or {@link Double})
     * @throws XenApiException for a XenAPI error
     * @throws XenApiProtocolException for anything that is not a XenAPI answer
     */
    static Object outcome(Wire wire, byte[] answer) throws XenApiException, XenApiProtocolException {
        try {
            return wire == Wire.XML_RPC ? Envelope.unwrap(parseXml(answer)) : jsonOutcome(parseJson(answer));
        } catch (RuntimeException e) {
            throw new XenApiProtocolException("unreadable " + wire.label + " answer: " + e, e);
        }
    }

    /** @return the value of an XML-RPC response, as the fork's parser makes it */
    static Object parseXml(byte[] answer) {
        XmlRpcResponseParser p = new XmlRpcResponseParser(CONFIG, TYPES);
        try {
            XMLReader r = SecureXml.newXMLReader();
            r.setContentHandler(p);
            r.parse(new InputSource(new ByteArrayInputStream(answer)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an XML-RPC response: " + e.getMessage(), e);
        }
        if (!p.isSuccess()) {
            throw new IllegalArgumentException("an XML-RPC fault: " + p.getErrorCode() + " " + p.getErrorMessage());
        }
        try {
            return p.getResult();
        } catch (org.apache.xmlrpc.XmlRpcException e) {
            throw new IllegalArgumentException("an unreadable XML-RPC result: " + e.getMessage(), e);
        }
    }

    /** @return Gson's tree of a JSON answer */
    static JsonElement parseJson(byte[] answer) {
        return JsonParser.parseReader(new JsonReader(new InputStreamReader(new ByteArrayInputStream(answer),
                StandardCharsets.UTF_8)));
    }

    /** JSON-RPC 1.0 or 2.0: {@code result}, or {@code error} as {@code [CODE, ...]} or {@code {message, data}}. */
    private static Object jsonOutcome(JsonElement answer) throws XenApiException, XenApiProtocolException {
        JsonObject o = answer.getAsJsonObject();
        JsonElement error = o.get("error");
        if (error == null || error.isJsonNull()) {
            if (!o.has("result")) {
                throw new XenApiProtocolException("a JSON-RPC answer without result or error: " + answer);
            }
            return javaValue(o.get("result"));
        }
        List<String> description = new ArrayList<>();
        if (error.isJsonArray()) {
            error.getAsJsonArray().forEach(e -> description.add(e.getAsString()));
        } else {
            description.add(error.getAsJsonObject().get("message").getAsString());
            JsonElement data = error.getAsJsonObject().get("data");
            if (data != null && data.isJsonArray()) {
                data.getAsJsonArray().forEach(e -> description.add(e.getAsString()));
            }
        }
        if (description.isEmpty()) {
            throw new XenApiProtocolException("a JSON-RPC error without a code: " + answer);
        }
        throw new XenApiException(description.get(0), List.copyOf(description.subList(1, description.size())));
    }

    /** @return a JSON value as the XenAPI wire values: maps, lists, strings, booleans, {@code Long}s, doubles */
    static Object javaValue(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> member : e.getAsJsonObject().entrySet()) {
                m.put(member.getKey(), javaValue(member.getValue()));
            }
            return m;
        }
        if (e.isJsonArray()) {
            List<Object> l = new ArrayList<>(e.getAsJsonArray().size());
            e.getAsJsonArray().forEach(x -> l.add(javaValue(x)));
            return l;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            String text = p.getAsString();
            boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
            return integral ? (Object) p.getAsLong() : (Object) p.getAsDouble();
        }
        return p.getAsString();
    }
}
