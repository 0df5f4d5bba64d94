package org.xenophilia.xl.cfg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed xl.cfg document: its assignments in file order (duplicates kept), its comments, and the warnings the
 * parser had. Look-ups follow xl: the last assignment of a key wins, and {@code +=} appends to what the key had so
 * far.
 *
 * <p>Instances are immutable. Obtain one from {@link XlConfigParser}, or build one with {@link #of(List)}.
 */
public final class XlConfig {

    private final String sourceName;
    private final List<XlAssignment> assignments;
    private final List<XlComment> comments;
    private final List<XlDiagnostic> warnings;
    private final Map<String, XlValue> resolved;

    /**
     * Creates a document.
     *
     * @param sourceName  the name of the source, used in diagnostics
     * @param assignments the assignments in order
     * @param comments    the comments in order
     * @param warnings    warnings about the text
     * @throws IllegalArgumentException if an {@code +=} adds a list to a string or vice versa
     */
    public XlConfig(String sourceName, List<XlAssignment> assignments, List<XlComment> comments,
            List<XlDiagnostic> warnings) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.assignments = List.copyOf(assignments);
        this.comments = List.copyOf(comments);
        this.warnings = List.copyOf(warnings);
        this.resolved = resolve(this.assignments);
    }

    /**
     * Creates a document from assignments built in code.
     *
     * @param assignments the assignments in order
     * @return the document, named {@code <generated>}
     * @throws IllegalArgumentException if an {@code +=} adds a list to a string or vice versa
     */
    public static XlConfig of(List<XlAssignment> assignments) {
        return new XlConfig("<generated>", assignments, List.of(), List.of());
    }

    /** @return the name of the source, as given to the parser */
    public String sourceName() {
        return sourceName;
    }

    /** @return every assignment in file order, including repeated keys (unmodifiable) */
    public List<XlAssignment> assignments() {
        return assignments;
    }

    /** @return every comment in file order (unmodifiable) */
    public List<XlComment> comments() {
        return comments;
    }

    /**
     * @return warnings about text that was accepted: places where this parser was more lenient than libxlu, or
     *         where libxlu silently drops something (unmodifiable)
     */
    public List<XlDiagnostic> warnings() {
        return warnings;
    }

    /** @return the distinct keys, in order of their first assignment */
    public List<String> keys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (XlAssignment a : assignments) {
            keys.add(a.key());
        }
        return new ArrayList<>(keys);
    }

    /**
     * @param key a key
     * @return whether the key is assigned at all
     */
    public boolean contains(String key) {
        return resolved.containsKey(key);
    }

    /**
     * @param key a key
     * @return the last assignment of the key (the one xl uses), if any
     */
    public Optional<XlAssignment> last(String key) {
        for (int i = assignments.size() - 1; i >= 0; i--) {
            if (assignments.get(i).key().equals(key)) {
                return Optional.of(assignments.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * @param key a key
     * @return every assignment of the key, in order
     */
    public List<XlAssignment> all(String key) {
        List<XlAssignment> result = new ArrayList<>();
        for (XlAssignment a : assignments) {
            if (a.key().equals(key)) {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * The value xl sees for a key: the last {@code =} assignment with every later {@code +=} appended. When nothing
     * was appended this is the parsed value itself (with its position and source text); a combined value has the
     * position of the last {@code +=} and a canonical source text.
     *
     * @param key a key
     * @return the effective value, if the key is assigned
     */
    public Optional<XlValue> value(String key) {
        return Optional.ofNullable(resolved.get(key));
    }

    /** The value of each key after every assignment, with {@code +=} applied. */
    private static Map<String, XlValue> resolve(List<XlAssignment> assignments) {
        Map<String, XlValue> map = new HashMap<>();
        for (XlAssignment a : assignments) {
            XlValue previous = map.get(a.key());
            if (a.operator() == XlOperator.APPEND && previous != null) {
                map.put(a.key(), concat(previous, a.value()));
            } else {
                map.put(a.key(), a.value());
            }
        }
        return map;
    }

    /**
     * Appends one value to another the way {@code +=} does.
     *
     * @param previous the value so far
     * @param added    the value after {@code +=}
     * @return the combined value
     * @throws IllegalArgumentException if one is a list and the other is not
     */
    static XlValue concat(XlValue previous, XlValue added) {
        if (previous instanceof XlString p && added instanceof XlString s) {
            String value = p.value() + s.value();
            return new XlString(value, XlString.Form.DOUBLE_QUOTED, s.position(), XlConfigWriter.quote(value));
        }
        if (previous instanceof XlList p && added instanceof XlList l) {
            List<XlValue> items = new ArrayList<>(p.items());
            items.addAll(l.items());
            return new XlList(items, l.position(), XlConfigWriter.renderList(items, false));
        }
        throw new IllegalArgumentException("can't add [list] to \"string\" or vice versa");
    }

    /** @return the document as xl.cfg text: each assignment on its own line, values as written */
    @Override
    public String toString() {
        return XlConfigWriter.write(assignments);
    }
}
