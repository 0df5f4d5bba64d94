package org.xenophilia.xl.output;

/**
 * Thrown when the output of an {@code xl} command does not have the expected shape (a different xl version, a
 * truncated capture, or the wrong command's output).
 */
public final class XlOutputFormatException extends Exception {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, or 0. */
    private final int line;

    /**
     * @param line    the 1-based line of the output where the problem is, or 0 if not tied to a line
     * @param message what is wrong
     */
    public XlOutputFormatException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /**
     * @param message what is wrong
     * @param cause   the underlying error
     */
    public XlOutputFormatException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
    }

    /** @return the 1-based line of the output where the problem is, or 0 if not tied to a line */
    public int line() {
        return line;
    }
}
