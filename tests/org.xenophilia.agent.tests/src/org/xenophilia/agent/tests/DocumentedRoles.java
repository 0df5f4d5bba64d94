package org.xenophilia.agent.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.agent.internal.auth.Role;

/**
 * Who may call each method, as {@code docs/agent-api.md} says: the "role" column of the method tables under
 * <em>Methods served</em>. The document is read, not copied, so that it and the code cannot drift apart.
 * <p>
 * A table's first column names its methods in backquotes, separated by commas: {@code Class.message} (with
 * {@code Async.} or {@code Xenophilia.} in front where they have it), or a bare {@code message} of the class named
 * before it in the same cell ({@code `VM.get_uuid`, `get_name_label`}). Anything else there, or a role this class
 * does not know, is refused with the line, so a shorthand a reader would have to guess at cannot creep in unseen.
 */
final class DocumentedRoles {

    /** The document, in the repository the build runs in. */
    static final Path DOCUMENT = Path.of(System.getProperty("xenophilia.repo", "../.."), "docs", "agent-api.md");

    private static final String SECTION = "## Methods served";
    private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");
    private static final Pattern FULL_NAME = Pattern.compile(
            "(Async\\.)?(Xenophilia\\.)?[A-Za-z][A-Za-z0-9_]*\\.[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern MESSAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** Who may call a method, as the role column says it. */
    enum Rule {
        /** No session: the login. */
        NONE("none", null),
        /** Any session. */
        READ_ONLY("read-only", Role.READ_ONLY),
        /** An operator's or an admin's session. */
        OPERATOR("operator", Role.OPERATOR),
        /** An admin's session. */
        ADMIN("admin", Role.ADMIN),
        /**
         * Any session on its own tasks, an admin's on anyone's: the dispatcher lets every role through, the method
         * itself answers {@code PERMISSION_DENIED} for another session's task.
         */
        OWN_TASK_OR_ADMIN("the task's session, or admin", Role.READ_ONLY);

        private final String text;
        private final Role registered;

        Rule(String text, Role registered) {
            this.text = text;
            this.registered = registered;
        }

        /** @return the role column's text */
        String text() {
            return text;
        }

        /** @return the least role the method is registered with ({@code ApiMethod.role()}), null for none */
        Role registered() {
            return registered;
        }

        /**
         * @param role the caller's role
         * @return whether the caller gets past the role checks when the object it names is not its own
         */
        boolean allowsOnOthers(Role role) {
            return this == OWN_TASK_OR_ADMIN ? role.includes(Role.ADMIN) : registered == null
                    || role.includes(registered);
        }

        static Rule of(String text, int line) {
            for (Rule r : values()) {
                if (r.text.equals(text)) {
                    return r;
                }
            }
            throw new IllegalStateException(DOCUMENT + " line " + line + ": unknown role '" + text + "'");
        }
    }

    private DocumentedRoles() {
    }

    /**
     * @return every documented method's rule, by name
     * @throws IOException if the document cannot be read
     * @throws IllegalStateException naming the line of anything in a method table that cannot be read
     */
    static Map<String, Rule> read() throws IOException {
        return read(Files.readAllLines(DOCUMENT));
    }

    static Map<String, Rule> read(List<String> lines) {
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException(DOCUMENT + " has no section '" + SECTION + "'");
        }
        Map<String, Rule> rules = new TreeMap<>();
        boolean methodTable = false;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (!line.startsWith("|")) {
                methodTable = false;
            } else if (i + 1 < lines.size() && lines.get(i + 1).startsWith("|---")) {
                List<String> header = cells(line);
                methodTable = header.get(header.size() - 1).equals("role");
            } else if (methodTable && !line.startsWith("|---")) {
                row(cells(line), i + 1, rules);
            }
        }
        return Collections.unmodifiableMap(rules);
    }

    private static void row(List<String> cells, int line, Map<String, Rule> rules) {
        Rule rule = Rule.of(cells.get(cells.size() - 1), line);
        String first = cells.get(0);
        String between = QUOTED.matcher(first).replaceAll("").replace(",", "").strip();
        if (!between.isEmpty()) {
            throw new IllegalStateException(DOCUMENT + " line " + line + ": '" + between + "' beside the method names"
                    + " (name each method in backquotes, separated by commas)");
        }
        String cls = null;
        Matcher m = QUOTED.matcher(first);
        while (m.find()) {
            String name = m.group(1);
            if (FULL_NAME.matcher(name).matches()) {
                cls = name.substring(0, name.lastIndexOf('.'));
            } else if (cls != null && MESSAGE.matcher(name).matches()) {
                name = cls + "." + name;
            } else {
                throw new IllegalStateException(DOCUMENT + " line " + line + ": cannot read `" + name + "` as a"
                        + " method (write Class.message, or a message of the class named before it in the cell)");
            }
            if (rules.put(name, rule) != null) {
                throw new IllegalStateException(DOCUMENT + " line " + line + ": " + name + " is documented twice");
            }
        }
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        s = s.substring(1, s.endsWith("|") ? s.length() - 1 : s.length());
        return List.of(s.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
