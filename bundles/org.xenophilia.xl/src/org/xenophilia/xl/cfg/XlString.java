package org.xenophilia.xl.cfg;

import java.util.Objects;

/**
 * A scalar xl.cfg value: a quoted string or an unquoted number. libxlu keeps numbers as strings too, so both have a
 * string {@link #value()}; {@link #form()} tells how it was written.
 *
 * @param value      the string with quotes removed and escapes resolved (for a number: its digits as written)
 * @param form       how the value was written
 * @param position   where the value starts, or {@link XlPosition#NONE}
 * @param sourceText the exact text the value was read from (see {@link XlValue#sourceText()})
 */
public record XlString(String value, Form form, XlPosition position, String sourceText) implements XlValue {

    /** How a scalar value is written. */
    public enum Form {
        /** An unquoted number token, e.g. {@code 1024} or {@code 0x1f}. */
        NUMBER,
        /** A string in single quotes. */
        SINGLE_QUOTED,
        /** A string in double quotes. */
        DOUBLE_QUOTED
    }

    /**
     * Validates the components.
     *
     * @param value see {@link #value()}
     * @param form see {@link #form()}
     * @param position see {@link #position()}
     * @param sourceText see {@link #sourceText()}
     */
    public XlString {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(sourceText, "sourceText");
    }

    /**
     * Creates a double-quoted string value, as the canonical writer renders it.
     *
     * @param value the string; any character is allowed (newlines and some control characters are escaped)
     * @return the value, positioned at {@link XlPosition#NONE}
     */
    public static XlString of(String value) {
        return new XlString(value, Form.DOUBLE_QUOTED, XlPosition.NONE, XlConfigWriter.quote(value));
    }

    /**
     * Creates an unquoted number value.
     *
     * @param number a non-negative number
     * @return the value, positioned at {@link XlPosition#NONE}
     * @throws IllegalArgumentException if the number is negative (xl.cfg has no negative number tokens)
     */
    public static XlString number(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("xl.cfg numbers cannot be negative: " + number);
        }
        String text = Long.toString(number);
        return new XlString(text, Form.NUMBER, XlPosition.NONE, text);
    }

    /** @return whether the value was written as an unquoted number */
    public boolean isNumber() {
        return form == Form.NUMBER;
    }

    @Override
    public boolean sameValue(XlValue other) {
        return other instanceof XlString s && s.value.equals(value);
    }

    /** @return the source text */
    @Override
    public String toString() {
        return sourceText;
    }
}
