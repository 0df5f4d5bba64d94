package org.xenophilia.xl.cfg;

/**
 * The right-hand side of an xl.cfg assignment: a {@linkplain XlString string or number}, or a {@linkplain XlList
 * list} of values (lists may nest).
 *
 * <p>A parsed value remembers where it starts and the exact text it was read from, so a writer can reproduce it
 * byte for byte ({@code 1024} and {@code '1024'} have the same {@linkplain XlString#value() value} but different
 * source text).
 */
public sealed interface XlValue permits XlString, XlList {

    /** @return where the value starts (its first character), or {@link XlPosition#NONE} if built in code */
    XlPosition position();

    /**
     * @return the exact source text of the value: the quoted string with its quotes and escapes, the number as
     *         written, or a list from {@code [} to {@code ]} including any newlines and comments inside; for a value
     *         built in code, its canonical rendering
     */
    String sourceText();

    /** @return whether this is a list */
    default boolean isList() {
        return this instanceof XlList;
    }

    /**
     * Compares the meaning of two values, ignoring positions and source text ({@code 1024} equals {@code "1024"}).
     *
     * @param other the value to compare with, may be {@code null}
     * @return whether both hold the same strings in the same list structure
     */
    boolean sameValue(XlValue other);
}
