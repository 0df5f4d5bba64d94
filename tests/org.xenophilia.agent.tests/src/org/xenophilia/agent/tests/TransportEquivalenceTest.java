package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.agent.tests.CallFixture.CallContext;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Every method the Agent serves answers the same over XML-RPC and over JSON-RPC: the same value (or the same XenAPI
 * error) for the same call on the same state, only encoded differently. One parametrised test over the API tables:
 * a method registered later is in it at once, and fails here until this test knows how to call it.
 * <p>
 * For each method and, where it takes a VM, each power state the simulated backend has (Halted, Running, Paused),
 * the test brings a subject VM (with a fixed uuid, so the same reference) into that state, calls the method over
 * XML-RPC, brings the host back to the same state (read-only calls need not), calls it over JSON-RPC, and compares:
 * an XML-RPC int (a decimal string) with a JSON integer of the same digits, a float with a number, a bool with a bool,
 * a {@code dateTime.iso8601} with xapi's JSON datetime string (values may differ: the two calls are not at the same
 * second), references minted by the call itself (a task, a session, a new VM) by the order they appear, and the
 * objects the test prepared for each call (a task to cancel) as the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransportEquivalenceTest {

    private static final List<String> STATES = List.of("Halted", "Running", "Paused");
    /** Methods whose answer differs by design from one call to the next, and what both must still be. */
    private static final Map<String, String> FRESH_EACH_CALL = Map.of("event.inject",
            "a token: each injection is a new generation of the event stream");
    private static final String DATETIME = "[0-9]{8}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z";
    private static final Pattern REF = Pattern.compile("OpaqueRef:[0-9a-fA-F-]+");

    @TempDir
    static Path dir;
    AgentFixture f;
    XenApiClient xml;
    JsonRpcClient json;
    String session;
    CallFixture calls;
    /** The subject's state after the last call, if that call was a read: the next call can start from it. */
    private String unchangedState;
    private CallContext unchangedFixture;
    private Set<String> unchangedKnown;

    @BeforeAll
    void start() throws Exception {
        f = new AgentFixture(dir, c -> c.set("simulated-demo-domains", "true"));
        xml = f.loggedInXmlRpc(AgentFixture.ADMIN);
        json = f.json();
        session = xml.session().orElseThrow().value();
        calls = new CallFixture(f.agent.registry(), xml);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    Stream<String> methods() {
        List<String> names = new ArrayList<>(f.agent.registry().names());
        names.add("system.listMethods");
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void bothEncodingsAnswerAlike(String method) throws Exception {
        boolean read = CallFixture.isRead(method);
        for (String state : calls.takesVm(method) ? STATES : List.of("Halted")) {
            boolean reusable = unchangedFixture != null && unchangedFixture.task() == null
                    && !calls.needsTask(method) && !"session.logout".equals(method);
            CallContext forXml = reusable ? movedTo(state) : prepare(state, method);
            Set<String> known = reusable ? unchangedKnown : knownRefs(forXml);
            unchangedFixture = null;
            Answer<Object> x = callXml(method, calls.arguments(method, forXml));
            calls.awaitTask(x.value());
            CallContext forJson = read ? forXml : prepare(state, method);
            Answer<JsonElement> j = callJson(method, calls.arguments(method, forJson));
            calls.awaitTask(j.value() != null && j.value().isJsonPrimitive() ? j.value().getAsString() : null);
            Map<String, String> aliases = new HashMap<>();
            alias(aliases, forJson.task(), forXml.task());
            alias(aliases, forJson.callerSession(), forXml.callerSession());
            new Comparison(method + " (" + state + ")", known, aliases).compare(x, j);
            if (read) {
                unchangedState = state;
                unchangedFixture = forJson;
                unchangedKnown = known;
            }
        }
    }

    private static void alias(Map<String, String> aliases, String jsonSide, String xmlSide) {
        if (jsonSide != null) {
            aliases.put(jsonSide, xmlSide);
        }
    }

    // ---- the state each call is made in

    /**
     * After reads, which changed nothing, the subject only needs its power state changed: its definition, devices and
     * every other object are as they were.
     */
    private CallContext movedTo(String state) throws Exception {
        calls.move(unchangedFixture.subject(), unchangedState, state);
        unchangedState = state;
        return unchangedFixture;
    }

    /** Brings the host to the state the call is made in: the subject VM defined afresh and in {@code state}. */
    private CallContext prepare(String state, String method) throws Exception {
        String subject = calls.freshSubject(state);
        // a task of its own for each call (cancel and destroy change it)
        String task = calls.needsTask(method) ? calls.taskOf(xml, subject) : null;
        String caller = "session.logout".equals(method)
                ? f.loggedIn(AgentFixture.ADMIN).session().orElseThrow().value()
                : session;
        return new CallContext(subject, task, caller);
    }

    /** @return every object's reference the API lists, the fixture's, and the caller's session */
    private Set<String> knownRefs(CallContext fixture) throws Exception {
        Set<String> known = new HashSet<>(List.of("OpaqueRef:NULL", session, fixture.callerSession()));
        for (String name : f.agent.registry().names()) {
            // the Agent's own namespace lists records (Xenophilia.image.get_all), not references
            if (name.endsWith(".get_all") && !name.startsWith("Async.") && !name.startsWith("Xenophilia.")) {
                for (Object ref : WireValues.asList(xml.call(name, session))) {
                    known.add((String) ref);
                }
            }
        }
        return known;
    }

    // ---- the calls

    private Answer<Object> callXml(String method, List<Object> args) throws Exception {
        return Answer.of(() -> xml.call(method, args.toArray()));
    }

    private Answer<JsonElement> callJson(String method, List<Object> args) throws Exception {
        return Answer.of(() -> json.call(method, args.toArray()));
    }

    // ---- the comparison

    /** Compares an XML-RPC answer with a JSON-RPC one, value by value. */
    private static final class Comparison {
        private final String what;
        private final Set<String> known;
        private final Map<String, String> aliases;
        private final Map<String, String> freshXml = new LinkedHashMap<>();
        private final Map<String, String> freshJson = new LinkedHashMap<>();

        Comparison(String what, Set<String> known, Map<String, String> aliases) {
            this.what = what;
            this.known = known;
            this.aliases = aliases;
        }

        void compare(Answer<Object> x, Answer<JsonElement> j) {
            String both = what + "\n  XML-RPC:  " + x.describe() + "\n  JSON-RPC: " + j.describe();
            if (x.error() != null || j.error() != null) {
                assertTrue(x.error() != null && j.error() != null, "one failed, one did not: " + both);
                assertEquals(x.error().code(), j.error().code(), both);
                assertEquals(x.error().params().stream().map(this::xmlString).toList(),
                        j.error().params().stream().map(this::jsonString).toList(), both);
                return;
            }
            String method = what.substring(0, what.indexOf(' '));
            if (FRESH_EACH_CALL.containsKey(method)) {
                assertTrue(x.value() instanceof String && j.value().isJsonPrimitive()
                        && j.value().getAsJsonPrimitive().isString(), FRESH_EACH_CALL.get(method) + ": " + both);
                return;
            }
            value(x.value(), j.value(), "", both);
        }

        private void value(Object x, JsonElement j, String path, String both) {
            String at = "at '" + path + "' of " + both;
            if (x instanceof Date) {
                assertTrue(j.isJsonPrimitive() && j.getAsJsonPrimitive().isString() && j.getAsString()
                        .matches(DATETIME), "a datetime as xapi's JSON string " + at);
            } else if (x instanceof String s) {
                assertTrue(j.isJsonPrimitive() && !j.getAsJsonPrimitive().isBoolean(), "a string or int " + at);
                JsonPrimitive p = j.getAsJsonPrimitive();
                assertEquals(xmlString(s), p.isNumber() ? p.getAsString() : jsonString(p.getAsString()), at);
            } else if (x instanceof Boolean b) {
                assertTrue(j.isJsonPrimitive() && j.getAsJsonPrimitive().isBoolean(), "a bool " + at);
                assertEquals(b, j.getAsBoolean(), at);
            } else if (x instanceof Double d) {
                assertTrue(j.isJsonPrimitive() && j.getAsJsonPrimitive().isNumber(), "a float " + at);
                assertEquals(d, j.getAsDouble(), at);
            } else if (x instanceof Object[] a) {
                assertTrue(j.isJsonArray(), "a set " + at);
                JsonArray ja = j.getAsJsonArray();
                assertEquals(a.length, ja.size(), "the size of the set " + at);
                for (int i = 0; i < a.length; i++) {
                    value(a[i], ja.get(i), path + "[" + i + "]", both);
                }
            } else if (x instanceof Map<?, ?> m) {
                assertTrue(j.isJsonObject(), "a map " + at);
                JsonObject o = j.getAsJsonObject();
                Map<String, JsonElement> byKey = new HashMap<>();
                o.entrySet().forEach(e -> byKey.put(jsonString(e.getKey()), e.getValue()));
                Set<String> xmlKeys = new TreeSet<>();
                m.keySet().forEach(k -> xmlKeys.add(xmlString((String) k)));
                assertEquals(xmlKeys, new TreeSet<>(byKey.keySet()), "the keys " + at);
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String key = xmlString((String) e.getKey());
                    value(e.getValue(), byKey.get(key), path + "/" + key, both);
                }
            } else {
                fail("an XML-RPC value of an unexpected type " + (x == null ? null : x.getClass()) + " " + at);
            }
        }

        /**
         * A string of the XML-RPC answer with each reference in it (whole, or in a message) that the call minted
         * replaced by the order it appears in.
         */
        private String xmlString(String s) {
            return normalized(s, freshXml, Map.of());
        }

        /** The same for the JSON-RPC answer, the objects prepared for its call named as those of the XML-RPC one. */
        private String jsonString(String s) {
            return normalized(s, freshJson, aliases);
        }

        private String normalized(String s, Map<String, String> fresh, Map<String, String> aliases) {
            Matcher m = REF.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String ref = aliases.getOrDefault(m.group(), m.group());
                if (!known.contains(ref) && !this.aliases.containsValue(ref)) {
                    ref = fresh.computeIfAbsent(ref, r -> "<reference minted by the call #" + (fresh.size() + 1)
                            + ">");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(ref));
            }
            return m.appendTail(out).toString();
        }
    }
}
