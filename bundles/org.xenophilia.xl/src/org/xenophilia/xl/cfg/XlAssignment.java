package org.xenophilia.xl.cfg;

import java.util.Objects;

/**
 * One assignment of an xl.cfg file, {@code key = value} or {@code key += value}, as written (before {@code +=} is
 * resolved; see {@link XlConfig#value(String)} for the value xl uses).
 *
 * @param key         the key, e.g. {@code memory} (lowercase letters, digits, {@code _} and {@code .})
 * @param operator    {@code =} or {@code +=}
 * @param value       the right-hand side as written
 * @param keyPosition where the key starts, or {@link XlPosition#NONE}
 */
public record XlAssignment(String key, XlOperator operator, XlValue value, XlPosition keyPosition) {

    /**
     * Validates the components.
     *
     * @param key see {@link #key()}
     * @param operator see {@link #operator()}
     * @param value see {@link #value()}
     * @param keyPosition see {@link #keyPosition()}
     */
    public XlAssignment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(keyPosition, "keyPosition");
    }

    /**
     * Creates an {@code =} assignment that was not read from text.
     *
     * @param key   the key
     * @param value the value
     * @return the assignment
     */
    public static XlAssignment of(String key, XlValue value) {
        return new XlAssignment(key, XlOperator.ASSIGN, value, XlPosition.NONE);
    }

    /**
     * @return the line libxlu reports for this assignment: the line where the value starts (for a list, the line of
     *         its {@code [})
     */
    public int line() {
        return value.position().line();
    }

    /** @return the assignment rendered on one line as {@code key = <value source text>} */
    @Override
    public String toString() {
        return key + " " + operator.symbol() + " " + value.sourceText();
    }
}
