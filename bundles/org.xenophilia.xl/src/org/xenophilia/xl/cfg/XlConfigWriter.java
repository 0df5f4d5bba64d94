package org.xenophilia.xl.cfg;

import java.util.List;

/**
 * Renders xl.cfg values and assignments as text that libxlu reads back to the same values.
 *
 * <p>Strings are written in double quotes. A backslash, a double quote and the control characters libxlu has
 * escapes for ({@code \n \r \t \a \b \f \v}) are escaped; every other character is written as is (libxlu has no
 * working escape for other characters, and accepts them raw inside quotes).
 */
public final class XlConfigWriter {

    /** Lists whose one-line rendering is longer than this are written one item per line. */
    private static final int MAX_ONE_LINE_LIST = 72;

    private XlConfigWriter() {
    }

    /**
     * @param value any string
     * @return the string in double quotes, escaped so that libxlu reads back exactly {@code value}
     */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2);
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case 0x0b -> sb.append("\\v");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Renders a value canonically, ignoring how it was written: numbers unquoted, strings double-quoted, lists as
     * described for {@link #renderList(List, boolean)}.
     *
     * @param value the value
     * @return the text
     */
    public static String render(XlValue value) {
        return render(value, false);
    }

    private static String render(XlValue value, boolean nested) {
        if (value instanceof XlString s) {
            return s.isNumber() ? s.value() : quote(s.value());
        }
        return renderList(((XlList) value).items(), nested);
    }

    /**
     * Renders a list canonically: {@code []} when empty, {@code [ a, b ]} on one line when short (and always when
     * nested), otherwise one item per line, indented by four spaces, each followed by a comma.
     *
     * @param items  the items
     * @param nested whether the list is inside another list (nested lists are always written on one line)
     * @return the text
     */
    public static String renderList(List<XlValue> items, boolean nested) {
        if (items.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[ ");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(render(items.get(i), true));
        }
        sb.append(" ]");
        if (nested || items.size() == 1 || sb.length() <= MAX_ONE_LINE_LIST) {
            return sb.toString();
        }
        sb.setLength(0);
        sb.append("[\n");
        for (XlValue item : items) {
            sb.append("    ").append(render(item, true)).append(",\n");
        }
        return sb.append(']').toString();
    }

    /**
     * Writes assignments as xl.cfg text, one per line, each value as its {@link XlValue#sourceText() source text}
     * (so parsed values come out exactly as they were written).
     *
     * @param assignments the assignments
     * @return the text, ending with a newline unless empty
     */
    public static String write(List<XlAssignment> assignments) {
        StringBuilder sb = new StringBuilder();
        for (XlAssignment a : assignments) {
            sb.append(a.key()).append(' ').append(a.operator().symbol()).append(' ')
                    .append(a.value().sourceText()).append('\n');
        }
        return sb.toString();
    }
}
