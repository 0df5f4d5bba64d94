package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
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
import org.xenophilia.agent.internal.api.ApiMethod;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
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

    private static final String SUBJECT = "5ab1ec70-0000-4000-8000-00000000000a";
    private static final String NEWBORN = "5ab1ec70-0000-4000-8000-00000000000b";
    private static final List<String> STATES = List.of("Halted", "Running", "Paused");
    private static final Set<String> VM_OPERATIONS = Set.of("VM.start", "VM.clean_shutdown", "VM.hard_shutdown",
            "VM.clean_reboot", "VM.hard_reboot", "VM.pause", "VM.unpause");
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
    String subjectXml;
    /** The subject's state after the last call, if that call was a read: the next call can start from it. */
    private String unchangedState;
    private Fixture unchangedFixture;
    private Set<String> unchangedKnown;

    @BeforeAll
    void start() throws Exception {
        f = new AgentFixture(dir, c -> c.set("simulated-demo-domains", "true"));
        xml = f.loggedInXmlRpc(AgentFixture.ADMIN);
        json = f.json();
        session = xml.session().orElseThrow().value();
        subjectXml = XlBackendTest.WEB.formatted(SUBJECT, 256).replace("<name>web</name>", "<name>subject</name>");
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

    /** The objects one call is made on, prepared anew for each encoding where a call may change them. */
    private record Fixture(String subject, String task, String callerSession) {
    }

    /** A call's answer: a value, or a XenAPI error. */
    private record Answer<T>(T value, XenApiException error) {
        String describe() {
            return error != null ? error.code() + error.params() : String.valueOf(value instanceof Object[] a
                    ? List.of(a) : value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void bothEncodingsAnswerAlike(String method) throws Exception {
        boolean read = isRead(method);
        for (String state : takesVm(method) ? STATES : List.of("Halted")) {
            boolean reusable = unchangedFixture != null && unchangedFixture.task() == null && !needsTask(method)
                    && !"session.logout".equals(method);
            Fixture forXml = reusable ? movedTo(state) : prepare(state, method);
            Set<String> known = reusable ? unchangedKnown : knownRefs(forXml);
            unchangedFixture = null;
            Answer<Object> x = callXml(method, arguments(method, forXml));
            awaitTask(x.value());
            Fixture forJson = read ? forXml : prepare(state, method);
            Answer<JsonElement> j = callJson(method, arguments(method, forJson));
            awaitTask(j.value() != null && j.value().isJsonPrimitive() ? j.value().getAsString() : null);
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

    private static boolean isRead(String method) {
        String message = method.substring(method.lastIndexOf('.') + 1);
        return !method.startsWith("Async.") && (message.startsWith("get") || message.equals("compute_free_memory")
                || method.equals("event.from") || method.equals("system.listMethods"));
    }

    private boolean takesVm(String method) {
        ApiMethod m = f.agent.registry().lookup(method).orElse(null);
        if (m == null) {
            return false;
        }
        String cls = method.replaceFirst("^Async\\.", "").replaceFirst("^Xenophilia\\.", "");
        return m.parameterNames().contains("vm") || cls.startsWith("VM.") && m.parameterNames().contains("self");
    }

    // ---- the state each call is made in

    /**
     * After reads, which changed nothing, the subject only needs its power state changed: its definition, devices and
     * every other object are as they were.
     */
    private Fixture movedTo(String state) throws Exception {
        String vm = unchangedFixture.subject();
        for (int steps = 0; !state.equals(unchangedState) && steps < 3; steps++) {
            switch (unchangedState) {
                case "Halted" -> {
                    xml.call("VM.start", session, vm, false, false);
                    unchangedState = "Running";
                }
                case "Running" -> {
                    xml.call("VM.pause", session, vm);
                    unchangedState = "Paused";
                }
                default -> {
                    xml.call("VM.hard_shutdown", session, vm);
                    unchangedState = "Halted";
                }
            }
        }
        return unchangedFixture;
    }

    private boolean needsTask(String method) {
        ApiMethod m = f.agent.registry().lookup(method).orElse(null);
        return m != null && (m.parameterNames().contains("task") || method.startsWith("task."));
    }

    /** Brings the host to the state the call is made in: the subject VM defined afresh and in {@code state}. */
    private Fixture prepare(String state, String method) throws Exception {
        for (String uuid : List.of(NEWBORN, SUBJECT)) {
            String vm = vmByUuid(uuid);
            if (vm != null) {
                if (!"Halted".equals(xml.call("VM.get_power_state", session, vm))) {
                    xml.call("VM.hard_shutdown", session, vm);
                }
                xml.call("VM.destroy", session, vm);
            }
        }
        String subject = (String) xml.call("Xenophilia.VM.create_from_xml", session, subjectXml);
        if (!"Halted".equals(state)) {
            xml.call("VM.start", session, subject, false, false);
        }
        if ("Paused".equals(state)) {
            xml.call("VM.pause", session, subject);
        }
        String task = null;
        if (needsTask(method)) {
            // a task of its own for each call (cancel and destroy change it)
            task = (String) xml.call("Async.VM.clean_shutdown", session, subject);
            awaitTask(task);
        }
        String caller = "session.logout".equals(method)
                ? f.loggedIn(AgentFixture.ADMIN).session().orElseThrow().value()
                : session;
        return new Fixture(subject, task, caller);
    }

    private String vmByUuid(String uuid) throws Exception {
        try {
            return (String) xml.call("VM.get_by_uuid", session, uuid);
        } catch (XenApiException e) {
            return null;
        }
    }

    private void awaitTask(Object value) throws Exception {
        if (!(value instanceof String ref) || !ref.startsWith("OpaqueRef:")) {
            return;
        }
        Map<String, Object> r;
        try {
            r = WireValues.asMap(xml.call("task.get_record", session, ref));
        } catch (XenApiException notATask) {
            return;
        }
        String token = "";
        while ("pending".equals(r.get("status"))) {
            token = xml.eventFrom(List.of("task/" + ref), token, Duration.ofSeconds(5)).token();
            r = WireValues.asMap(xml.call("task.get_record", session, ref));
        }
    }

    /** @return every object's reference the API lists, the fixture's, and the caller's session */
    private Set<String> knownRefs(Fixture fixture) throws Exception {
        Set<String> known = new HashSet<>(List.of("OpaqueRef:NULL", session, fixture.callerSession()));
        for (String name : f.agent.registry().names()) {
            if (name.endsWith(".get_all") && !name.startsWith("Async.")) {
                for (Object ref : WireValues.asList(xml.call(name, session))) {
                    known.add((String) ref);
                }
            }
        }
        return known;
    }

    // ---- the arguments of each call

    private List<Object> arguments(String method, Fixture fx) throws Exception {
        ApiMethod m = f.agent.registry().lookup(method).orElse(null);
        if (m == null) {
            return List.of(); // system.listMethods
        }
        String cls = method.replaceFirst("^Async\\.", "").replaceFirst("^Xenophilia\\.", "");
        cls = cls.substring(0, cls.indexOf('.'));
        List<Object> args = new ArrayList<>();
        for (String p : m.parameterNames()) {
            args.add(argument(method, cls, p, fx));
        }
        return args;
    }

    private Object argument(String method, String cls, String parameter, Fixture fx) throws Exception {
        switch (parameter) {
            case "session_id":
                return fx.callerSession();
            case "self":
                return self(cls, fx);
            case "vm", "ref":
                return fx.subject();
            case "host":
                return firstOf("host");
            case "task":
                return fx.task();
            case "uuid":
                return WireValues.asMap(xml.call(cls + ".get_record", session, self(cls, fx))).get("uuid");
            case "label":
                return WireValues.asMap(xml.call(cls + ".get_record", session, self(cls, fx))).get("name_label");
            case "class":
                return "VM";
            case "classes":
                return List.of("vm", "task");
            case "token":
                return xml.eventFrom(List.of("vm", "task"), "", Duration.ZERO).token();
            case "timeout":
                return 0.0;
            case "uname":
                return AgentFixture.ADMIN;
            case "pwd":
                return AgentFixture.PASSWORD;
            case "version":
                return "1.0";
            case "originator":
                return "transport-equivalence-test";
            case "start_paused", "force":
                return false;
            case "nvcpu":
                return 2L;
            case "target", "min":
                return 256L << 20;
            case "max":
                return 512L << 20;
            case "value":
                return method.contains("VCPUs") ? 2L : 384L << 20;
            case "xml":
                return method.endsWith("create_from_xml")
                        ? XlBackendTest.WEB.formatted(NEWBORN, 256).replace("<name>web</name>", "<name>newborn</name>")
                        : subjectXml.replace("<memory>256</memory>", "<memory>384</memory>");
            case "xl_cfg":
                return "name = \"newborn\"\nuuid = \"" + NEWBORN + "\"\ntype = \"pv\"\nmemory = 256\n"
                        + "kernel = \"/boot/vmlinuz\"\n";
            default:
                return fail(method + " takes a parameter '" + parameter + "' this test cannot supply yet: teach"
                        + " TransportEquivalenceTest.argument what to pass");
        }
    }

    private String self(String cls, Fixture fx) throws Exception {
        return switch (cls) {
            case "VM" -> fx.subject();
            case "VM_metrics" -> (String) xml.call("VM.get_metrics", session, fx.subject());
            case "session" -> fx.callerSession();
            case "task" -> fx.task();
            case "VIF", "VBD" -> (String) WireValues.asList(WireValues.asMap(xml.call("VM.get_record", session,
                    fx.subject())).get(cls + "s")).get(0);
            default -> firstOf(cls);
        };
    }

    private String firstOf(String cls) throws Exception {
        List<Object> all = WireValues.asList(xml.call(cls + ".get_all", session));
        return all.isEmpty() ? "OpaqueRef:NULL" : (String) all.get(0);
    }

    // ---- the calls

    private Answer<Object> callXml(String method, List<Object> args) throws Exception {
        try {
            return new Answer<>(xml.call(method, args.toArray()), null);
        } catch (XenApiException e) {
            return new Answer<>(null, e);
        }
    }

    private Answer<JsonElement> callJson(String method, List<Object> args) throws Exception {
        try {
            return new Answer<>(json.call(method, args.toArray()), null);
        } catch (XenApiException e) {
            return new Answer<>(null, e);
        }
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
