package org.xenophilia.xl.cfg;

/**
 * A place in xl.cfg source text.
 *
 * <p>Lines and columns are 1-based. Columns count characters (UTF-16 code units) from the start of the line; a tab
 * counts as one column. The offset is the 0-based character index into the whole text. Values built in code rather
 * than parsed carry {@link #NONE}.
 *
 * @param line   1-based line number, or 0 for {@link #NONE}
 * @param column 1-based column number, or 0 for {@link #NONE}
 * @param offset 0-based character offset into the text, or -1 for {@link #NONE}
 */
public record XlPosition(int line, int column, int offset) {

    /** The position of something that was not read from text. */
    public static final XlPosition NONE = new XlPosition(0, 0, -1);

    /** @return whether this is a real position in parsed text (not {@link #NONE}) */
    public boolean isKnown() {
        return line > 0;
    }

    /** @return {@code line:column}, the form used in diagnostics */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
