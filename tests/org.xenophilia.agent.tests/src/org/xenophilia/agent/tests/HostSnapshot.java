package org.xenophilia.agent.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * What a call could have changed on an Agent, taken before and after it: every VM's record and definition
 * ({@code Xenophilia.VM.get_xml}), every task's record, the live sessions, every file of the state and configuration
 * directories with its content, and the point of the event stream it was taken at (so that what was published since
 * can be asked for). The API's part is read through an admin client; the sessions through the session registry's
 * {@code live()}, which, unlike a call, ends no expired session; the files from the disk.
 *
 * @param vms each VM's record by reference
 * @param definitions each VM's definition by reference (not the control domain's, which has none)
 * @param tasks each task's record by reference
 * @param sessions the live sessions' references
 * @param files each file's content by its path under the Agent's directory
 * @param token the event stream's token once the rest was read
 */
record HostSnapshot(Map<String, Object> vms, Map<String, Object> definitions, Map<String, Object> tasks,
        Set<String> sessions, Map<String, Object> files, String token) {

    /**
     * What the host became since a snapshot.
     *
     * @param after the host now
     * @param events what was published in between
     */
    record Change(HostSnapshot after, List<EventBatch.Event> events) {
    }

    /**
     * @param f the Agent
     * @param admin an admin client of the test's own
     * @return what is there now
     */
    static HostSnapshot of(AgentFixture f, XenApiClient admin) throws Exception {
        HostSnapshot s = read(f, admin);
        // the token last, so that whatever the reads set off (finished tasks expiring) is before it
        return s.withToken(admin.eventFrom(List.of("*"), "", Duration.ZERO).token());
    }

    /**
     * @param f the Agent
     * @param admin the client this snapshot was taken with
     * @return the host now, and the events published since this snapshot
     */
    Change since(AgentFixture f, XenApiClient admin) throws Exception {
        HostSnapshot now = read(f, admin);
        EventBatch batch = admin.eventFrom(List.of("*"), token, Duration.ZERO);
        return new Change(now.withToken(batch.token()), batch.events());
    }

    /**
     * @param f the Agent
     * @return this snapshot with the sessions and files read again (no call is made): for a snapshot kept while no
     *         call changed the host, but sessions may have been made or have expired meanwhile
     */
    HostSnapshot withSessionsAndFilesOf(AgentFixture f) throws IOException {
        return new HostSnapshot(vms, definitions, tasks, sessions(f), files(f), token);
    }

    /** @return this snapshot without some sessions, as a logout of them leaves the host */
    HostSnapshot withoutSessions(Collection<String> ended) {
        Set<String> fewer = new TreeSet<>(sessions);
        fewer.removeAll(ended);
        return new HostSnapshot(vms, definitions, tasks, fewer, files, token);
    }

    /**
     * @param later a later snapshot
     * @return each difference, described; empty if the host is as it was (the event token aside)
     */
    List<String> differences(HostSnapshot later) {
        List<String> out = new ArrayList<>();
        compare("VM", vms, later.vms, out);
        compare("definition of", definitions, later.definitions, out);
        compare("task", tasks, later.tasks, out);
        compare("file", files, later.files, out);
        for (String s : sessions) {
            if (!later.sessions.contains(s)) {
                out.add("session " + s + " ended");
            }
        }
        for (String s : later.sessions) {
            if (!sessions.contains(s)) {
                out.add("session " + s + " began");
            }
        }
        return out;
    }

    private static HostSnapshot read(AgentFixture f, XenApiClient admin) throws Exception {
        Map<String, Object> vms = canonical(admin.callWithSession("VM.get_all_records"));
        Map<String, Object> definitions = new TreeMap<>();
        for (Map.Entry<String, Object> vm : vms.entrySet()) {
            if (!Boolean.TRUE.equals(WireValues.asMap(vm.getValue()).get("is_control_domain"))) {
                definitions.put(vm.getKey(), admin.callWithSession("Xenophilia.VM.get_xml", vm.getKey()));
            }
        }
        Map<String, Object> tasks = canonical(admin.callWithSession("task.get_all_records"));
        return new HostSnapshot(vms, definitions, tasks, sessions(f), files(f), "");
    }

    private HostSnapshot withToken(String t) {
        return new HostSnapshot(vms, definitions, tasks, sessions, files, t);
    }

    private static Set<String> sessions(AgentFixture f) {
        Set<String> sessions = new TreeSet<>();
        f.agent.sessions().live().forEach(r -> sessions.add(r.value()));
        return sessions;
    }

    private static Map<String, Object> files(AgentFixture f) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        files(f.stateDir, files);
        files(f.configDir, files);
        return files;
    }

    private static void files(Path root, Map<String, Object> out) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Path base = root.getParent();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                out.put(base.relativize(p).toString(), content(Files.readAllBytes(p)));
            }
        }
    }

    /** @return the text, or for a binary file (the key store) its size and digest */
    private static String content(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            try {
                return bytes.length + " bytes, SHA-256 "
                        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void compare(String what, Map<String, Object> before, Map<String, Object> after, List<String> out) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            Object b = before.get(k);
            Object a = after.get(k);
            if (b instanceof Map<?, ?> bm && a instanceof Map<?, ?> am) {
                // a record: only its fields that differ
                List<String> fields = new ArrayList<>();
                compare("", cast(bm), cast(am), fields);
                if (!fields.isEmpty()) {
                    out.add(what + " " + k + ":" + String.join(",", fields));
                }
            } else if (!Objects.equals(b, a)) {
                out.add(what + " " + k + ": " + (b == null ? "(none)" : shortened(b)) + " -> "
                        + (a == null ? "(none)" : shortened(a)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String shortened(Object o) {
        String s = String.valueOf(o);
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    /** A wire value comparable with {@code equals}: sets as lists, maps sorted, everything else as it is. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> canonical(Object wire) {
        return (Map<String, Object>) canonicalValue(wire);
    }

    private static Object canonicalValue(Object wire) {
        if (wire instanceof Object[] a) {
            return Stream.of(a).map(HostSnapshot::canonicalValue).toList();
        }
        if (wire instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), canonicalValue(v)));
            return sorted;
        }
        return wire instanceof Ref r ? r.value() : wire;
    }
}
