package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.agent.backend.VmOperation;
import org.xenophilia.agent.internal.api.ApiMethod;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.tests.CallFixture.CallContext;
import org.xenophilia.agent.tests.DocumentedRoles.Rule;
import org.xenophilia.agent.tests.MatrixCallers.Caller;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonElement;

/**
 * Who may call what, cell by cell: every registered method (from the live registry, so a method added later is in
 * the matrix at once, and fails until {@code docs/agent-api.md} says who may call it) × every kind of caller (an
 * admin, an operator, a read-only user, an empty and a made-up session reference, an expired and a logged-out
 * session), over XML-RPC and over JSON-RPC. Each answer must be what the document says: {@code SESSION_INVALID
 * [handle]} without a live session, {@code PERMISSION_DENIED [method]} below the method's least role (read from the
 * document's tables, which must also agree with the registry), otherwise no permission or session error (the call may
 * still fail for its own reasons). Whenever a call is refused, and for every call of a read-only user, the host must
 * be exactly as before: VM records and definitions, tasks, sessions, the files of the state and configuration
 * directories, and no event published; a read-only user's calls change only what the document says they may.
 * <p>
 * One Agent serves the whole matrix, with the callers' sessions made once. Each method is called on a subject VM in
 * a power state where it applies, so that a refused call would have changed something; the calls that must change
 * nothing (the refused ones and the read-only user's) come first and are looked at together, with one snapshot
 * before and one after them; then the accepted ones, each brought back to where it applies first, the subject
 * defined afresh only after a call that changed its definition. Tasks the {@code task.*} calls name belong to a
 * session of their own, so that no caller is their owner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** Stands for the caller's session in the arguments made once for all callers. */
    private static final String CALLER = "OpaqueRef:the-caller's-session";
    /** What a read-only session may change; {@code docs/agent-api.md} says what under "Users and roles". */
    private static final Set<String> READ_ONLY_CHANGES = Set.of("session.logout", "event.inject", "task.cancel",
            "task.destroy");

    /** The wire encodings the matrix is run over. */
    enum Encoding {
        XML_RPC("XML-RPC"), JSON_RPC("JSON-RPC");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What a cell must answer. */
    private enum Expected {
        SESSION_INVALID, PERMISSION_DENIED, NO_PERMISSION_OR_SESSION_ERROR
    }

    @TempDir
    static Path dir;
    AgentFixture f;
    /** The test's own admin client: prepares the host and takes snapshots. */
    XenApiClient admin;
    XenApiClient xml;
    JsonRpcClient json;
    CallFixture calls;
    Map<String, Rule> documented;
    /** The owner of the tasks the {@code task.*} calls name: an operator session that is none of the callers. */
    XenApiClient taskOwner;
    MatrixCallers callers;

    /** The subject and task the next call is made on; defined afresh when {@link #dirty}. */
    private String subject;
    private String subjectState;
    private String task;
    private boolean dirty = true;
    /** The host as the last watched calls left it, while no call has changed it since; else null. */
    private HostSnapshot unchanged;
    private long requestsAtStart;
    private long startedAt;
    private int cellsCalled;
    /** The arguments of the last method called, made once for all its callers. */
    private String argumentsMethod;
    private CallContext argumentsOn;
    private List<Object> arguments;

    @BeforeAll
    void start() throws Exception {
        f = new AgentFixture(dir, c -> c.set("session-idle-timeout", Long.toString(MatrixCallers.IDLE.toSeconds())));
        admin = f.loggedIn(AgentFixture.ADMIN);
        xml = f.client();
        json = f.json();
        calls = new CallFixture(f.agent.registry(), admin);
        documented = DocumentedRoles.read();
        taskOwner = f.loggedIn(AgentFixture.OPERATOR);
        callers = new MatrixCallers(f, admin, taskOwner);
        requestsAtStart = f.agent.requests();
        startedAt = System.nanoTime();
    }

    @AfterAll
    void stop() {
        // the matrix's cost, to keep an eye on as methods are added (timings are not asserted)
        System.out.printf("RoleMatrixTest: %d cells (%d methods x %d callers x %d encodings), %d requests in %.1f s%n",
                cellsCalled, f.agent.registry().names().size(), Caller.values().length, Encoding.values().length,
                f.agent.requests() - requestsAtStart, (System.nanoTime() - startedAt) / 1e9);
        f.close();
    }

    Stream<Arguments> cells() {
        return f.agent.registry().names().stream()
                .flatMap(m -> Stream.of(Encoding.values()).map(e -> Arguments.of(e, m)));
    }

    @Test
    void theDocumentAndTheRegistryNameTheSameMethodsWithTheSameRoles() {
        List<String> problems = new ArrayList<>();
        for (String name : f.agent.registry().names()) {
            Rule rule = documented.get(name);
            Role role = f.agent.registry().lookup(name).orElseThrow().role();
            if (rule == null) {
                problems.add(name + " is served but not in the method tables of " + DocumentedRoles.DOCUMENT);
            } else if (rule.registered() != role) {
                problems.add(name + ": the document says '" + rule.text() + "', the registry " + role);
            }
        }
        for (String name : documented.keySet()) {
            if (f.agent.registry().lookup(name).isEmpty()) {
                problems.add(name + " is documented but not served");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void whatAReadOnlySessionMayChangeIsDocumented() throws Exception {
        Set<String> changes = new TreeSet<>();
        for (String name : f.agent.registry().names()) {
            if (Role.READ_ONLY.equals(f.agent.registry().lookup(name).orElseThrow().role())
                    && !CallFixture.isRead(name)) {
                changes.add(name);
            }
        }
        assertEquals(new TreeSet<>(READ_ONLY_CHANGES), changes, "the calls open to a read-only session that are not"
                + " reads: say in docs/agent-api.md, 'Users and roles', what each may change, and list it here");
        String doc = Files.readString(DocumentedRoles.DOCUMENT);
        int at = doc.indexOf("**Users and roles.**");
        String section = doc.substring(at, doc.indexOf("\n\n", at));
        for (String m : READ_ONLY_CHANGES) {
            assertTrue(section.contains("`" + m + "`"), "'Users and roles' does not say what " + m + " changes");
        }
    }

    @ParameterizedTest(name = "{1} over {0}")
    @MethodSource("cells")
    void everyCallerIsAnsweredAsTheDocumentSays(Encoding encoding, String method) throws Exception {
        Rule rule = documented.get(method);
        assertNotNull(rule, method + " is served, but docs/agent-api.md does not say who may call it: add it to a"
                + " method table under 'Methods served', with its least role");
        ApiMethod m = f.agent.registry().lookup(method).orElseThrow();
        assertEquals(rule.registered(), m.role(), method + ": docs/agent-api.md says '" + rule.text() + "'");
        ready(method);
        Map<Caller, String> sessions = callers.sessionsFor(method);
        Map<Caller, Expected> expected = new EnumMap<>(Caller.class);
        List<Caller> watched = new ArrayList<>();
        for (Caller c : Caller.values()) {
            expected.put(c, !m.takesSession() ? Expected.NO_PERMISSION_OR_SESSION_ERROR
                    : c.role == null ? Expected.SESSION_INVALID
                    : !rule.allowsOnOthers(c.role) ? Expected.PERMISSION_DENIED
                    : Expected.NO_PERMISSION_OR_SESSION_ERROR);
            if (expected.get(c) != Expected.NO_PERMISSION_OR_SESSION_ERROR
                    || c == Caller.READ_ONLY && m.takesSession()) {
                watched.add(c);
            }
        }
        List<String> wrong = new ArrayList<>();
        if (!watched.isEmpty()) {
            // the calls that must leave the host as it was, looked at together: none of them changes anything
            HostSnapshot before = unchanged != null ? unchanged.withSessionsAndFilesOf(f) : HostSnapshot.of(f, admin);
            for (Caller c : watched) {
                Answer<Object> answer = call(encoding, method, argumentsIn(method, sessions.get(c)));
                check(c, expected.get(c), method, sessions.get(c), answer, wrong);
            }
            HostSnapshot.Change change = before.since(f, admin);
            String changed = changedBeyondTheDocument(method, before, change,
                    expected.get(Caller.READ_ONLY) == Expected.NO_PERMISSION_OR_SESSION_ERROR
                            ? sessions.get(Caller.READ_ONLY) : null);
            if (changed == null) {
                unchanged = change.after();
            } else {
                wrong.add("the calls of " + watched + " changed the host: " + changed);
                dirty = true; // so that no later cell starts from what they left
                unchanged = null;
            }
        }
        for (Caller c : Caller.values()) {
            if (!watched.contains(c)) {
                ready(method);
                Answer<Object> answer = call(encoding, method, argumentsIn(method, sessions.get(c)));
                check(c, expected.get(c), method, sessions.get(c), answer, wrong);
                accepted(m, answer);
            }
        }
        assertTrue(wrong.isEmpty(), method + " over " + encoding + ":\n  " + String.join("\n  ", wrong));
    }

    /** Adds to {@code wrong} what is wrong with a caller's answer, if anything. */
    private static void check(Caller caller, Expected expected, String method, String session, Answer<Object> answer,
            List<String> wrong) {
        String problem = switch (expected) {
            case SESSION_INVALID -> refusal(answer, ErrorCode.SESSION_INVALID, session);
            case PERMISSION_DENIED -> refusal(answer, ErrorCode.PERMISSION_DENIED, method);
            case NO_PERMISSION_OR_SESSION_ERROR -> answer.error() != null
                    && (answer.error().is(ErrorCode.PERMISSION_DENIED) || answer.error().is(ErrorCode.SESSION_INVALID))
                            ? "expected no permission or session error, got " + answer.describe()
                            : null;
        };
        if (problem != null) {
            wrong.add(caller + ": " + problem);
        }
    }

    private static String refusal(Answer<Object> answer, ErrorCode code, String parameter) {
        boolean right = answer.error() != null && answer.error().is(code)
                && List.of(parameter).equals(answer.error().params());
        return right ? null : "expected " + code.code() + " [" + parameter + "], got " + answer.describe();
    }

    /**
     * @param readOnlySession the read-only caller's session if its call was accepted, else null
     * @return how the watched calls changed the host beyond what the document allows, or null if they did not
     */
    private String changedBeyondTheDocument(String method, HostSnapshot before, HostSnapshot.Change change,
            String readOnlySession) {
        boolean readOnlyCalled = readOnlySession != null;
        HostSnapshot allowed = readOnlyCalled && method.equals("session.logout")
                ? before.withoutSessions(List.of(readOnlySession)) // its own session ends
                : before;
        List<String> differences = allowed.differences(change.after());
        List<EventBatch.Event> events = change.events();
        if (readOnlyCalled && method.equals("event.inject")) {
            // it marks the subject changed, changing nothing: mod events of it (and of its devices) only
            boolean modsOfTheSubject = events.stream().allMatch(e -> e.operation().equals("mod"))
                    && events.stream().anyMatch(e -> e.ref().equals(Ref.of(subject)));
            events = modsOfTheSubject ? List.of() : events;
        }
        if (!events.isEmpty()) {
            differences.add("events published: " + events.stream().map(e -> e.operation() + " " + e.cls() + " "
                    + e.ref()).toList());
        }
        return differences.isEmpty() ? null : String.join("; ", differences);
    }

    private Answer<Object> call(Encoding encoding, String method, List<Object> args) throws Exception {
        cellsCalled++;
        if (encoding == Encoding.XML_RPC) {
            return Answer.of(() -> xml.call(method, args.toArray()));
        }
        return Answer.of(() -> {
            JsonElement j = json.call(method, args.toArray());
            return j.isJsonPrimitive() ? j.getAsString() : j;
        });
    }

    // ---- the state each cell is called in

    /** Brings the subject (and a task, if the method takes one) to where the call applies. */
    private void ready(String method) throws Exception {
        String state = stateWhereItApplies(method);
        if (dirty || subject == null) {
            subject = calls.freshSubject(state == null ? "Halted" : state);
            subjectState = state == null ? "Halted" : state;
            task = null;
            dirty = false;
            unchanged = null;
        } else if (state != null && !state.equals(subjectState)) {
            calls.move(subject, subjectState, state);
            subjectState = state;
            unchanged = null;
        }
        if (task == null && calls.needsTask(method)) {
            task = calls.taskOf(taskOwner, subject);
            unchanged = null;
        }
    }

    /** Takes note of what an accepted call may have changed, for the next cell to start from where it applies. */
    private void accepted(ApiMethod m, Answer<Object> answer) throws Exception {
        calls.awaitTask(answer.value());
        String method = m.name();
        if (!m.takesSession() || CallFixture.isRead(method) || method.equals("session.logout")) {
            return; // sessions are looked at afresh each time, the rest is as it was
        }
        unchanged = null; // if only for the events it published
        if (method.equals("event.inject")) {
            return;
        }
        Optional<VmOperation> op = VmOperation.byXenApiName(method.substring(method.lastIndexOf('.') + 1));
        if (calls.needsTask(method)) {
            task = null;
        } else if (op.isPresent() && op.get() != VmOperation.DESTROY) {
            subjectState = (String) admin.callWithSession("VM.get_power_state", subject);
        } else {
            dirty = true; // a definition changed, made or removed
        }
    }

    /** @return a power state where the method applies to the subject, or null if the method does not take it */
    private String stateWhereItApplies(String method) {
        if (!calls.takesVm(method)) {
            return null;
        }
        String message = method.substring(method.lastIndexOf('.') + 1);
        if (message.endsWith("_live")) {
            return "Running";
        }
        return VmOperation.byXenApiName(message).map(op -> op.powerStates().get(0).wireName()).orElse("Halted");
    }

    /** @return the method's arguments on the subject and task, called in {@code session} */
    private List<Object> argumentsIn(String method, String session) throws Exception {
        if (!method.equals(argumentsMethod) || !subject.equals(argumentsOn.subject())
                || !Objects.equals(task, argumentsOn.task())) {
            // made once for all callers: some arguments are looked up (a uuid, a device, an event token)
            argumentsOn = new CallContext(subject, task, CALLER);
            arguments = calls.arguments(method, argumentsOn);
            argumentsMethod = method;
        }
        return arguments.stream().map(a -> CALLER.equals(a) ? session : a).toList();
    }
}
