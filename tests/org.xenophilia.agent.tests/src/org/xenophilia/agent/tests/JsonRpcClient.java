package org.xenophilia.agent.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.xenophilia.xenapi.XenApiException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A minimal JSON-RPC 2.0 XenAPI client for tests, as the JSON-RPC clients of xapi (the SDKs, Xen Orchestra) call it:
 * {@code POST /jsonrpc} with {@code {"jsonrpc":"2.0","method":...,"params":[...],"id":n}}, the result or the error
 * object's {@code message} and {@code data} as a {@link XenApiException}. Parameters are Gson-encoded Java values
 * (ints as JSON integers).
 */
final class JsonRpcClient {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final HttpClient http;
    private final URI endpoint;
    private final AtomicLong ids = new AtomicLong();

    JsonRpcClient(HttpClient http, URI agent) {
        this.http = http;
        this.endpoint = agent.resolve("/jsonrpc");
    }

    /** @return the request body of a JSON-RPC 2.0 call */
    static String request(long id, String method, Object... params) {
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("method", method);
        o.add("params", GSON.toJsonTree(params == null ? new Object[0] : params));
        o.addProperty("id", id);
        return GSON.toJson(o);
    }

    /** Posts a body to {@code /jsonrpc} and returns the raw response. */
    HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @return the call's result
     * @throws XenApiException the XenAPI error it answered with
     */
    JsonElement call(String method, Object... params) throws Exception {
        long id = ids.incrementAndGet();
        HttpResponse<String> r = post(request(id, method, params));
        if (r.statusCode() != 200 || !"application/json".equals(r.headers().firstValue("Content-Type").orElse(""))) {
            throw new AssertionError("not a JSON-RPC answer (" + r.statusCode() + " " + r.headers().map() + "): "
                    + r.body());
        }
        JsonObject answer = JsonParser.parseString(r.body()).getAsJsonObject();
        if (!"2.0".equals(answer.get("jsonrpc").getAsString()) || answer.get("id").getAsLong() != id) {
            throw new AssertionError("not the answer to call " + id + ": " + r.body());
        }
        if (answer.has("error")) {
            if (answer.has("result")) {
                throw new AssertionError("both a result and an error: " + r.body());
            }
            JsonObject error = answer.getAsJsonObject("error");
            List<String> data = new ArrayList<>();
            JsonArray a = error.getAsJsonArray("data");
            a.forEach(e -> data.add(e.getAsString()));
            throw new XenApiException(error.get("message").getAsString(), data);
        }
        return answer.get("result");
    }

    /** @return a new session of {@code user} */
    String login(String user, String password) throws Exception {
        return call("session.login_with_password", user, password).getAsString();
    }
}
