package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.xenophilia.xl.cfg.XlConfigWriter;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlValue;

/**
 * The text of the xl.cfg file being written, one line at a time, in the canonical form: one assignment per line,
 * numbers unquoted, strings double-quoted, booleans 0/1. Remembers the keys it assigned, so that no {@code xlKey} can
 * assign one again.
 */
final class AssignmentWriter {

    private final StringBuilder out = new StringBuilder();
    private final Set<String> assigned = new HashSet<>();

    void assign(String key, String valueText) {
        out.append(key).append(" = ").append(valueText).append('\n');
        assigned.add(key);
    }

    /**
     * Assigns the value of a field in the form its type takes: a string, a number, a boolean, an enumerator (written
     * as its literal) or a list of strings.
     */
    void assignValue(String key, Object value) {
        if (value instanceof String s) {
            assign(key, XlConfigWriter.quote(s));
        } else if (value instanceof Integer n) {
            number(key, n);
        } else if (value instanceof Boolean b) {
            number(key, b ? 1 : 0);
        } else if (value instanceof Enumerator e) {
            assign(key, XlConfigWriter.quote(e.getLiteral()));
        } else if (value instanceof List<?> list) {
            assignList(key, list);
        } else {
            throw new IllegalStateException("no xl.cfg form for the value of " + key + ": " + value);
        }
    }

    /** Numbers unquoted; a negative one (xl.cfg has no negative number token) quoted, which xl reads the same. */
    private void number(String key, long value) {
        assign(key, value < 0 ? XlConfigWriter.quote(Long.toString(value)) : Long.toString(value));
    }

    /** Writes a line that is not an assignment of the model (a comment, a kept {@code xlKey}). */
    void line(String text) {
        out.append(text).append('\n');
    }

    boolean hasAssigned(String key) {
        return assigned.contains(key);
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    String text() {
        return out.toString();
    }

    /** Assigns a list of strings, e.g. of disk specs. */
    void assignList(String key, List<?> strings) {
        assign(key, list(strings, false));
    }

    /**
     * @param strings the items
     * @param oneLine whether the list must stay on one line (as in a comment), however long
     * @return the text of a list of strings
     */
    static String list(List<?> strings, boolean oneLine) {
        List<XlValue> items = new ArrayList<>(strings.size());
        for (Object item : strings) {
            items.add(XlString.of((String) item));
        }
        return XlConfigWriter.renderList(items, oneLine);
    }
}
