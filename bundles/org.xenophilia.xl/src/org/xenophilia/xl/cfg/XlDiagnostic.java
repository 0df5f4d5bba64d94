package org.xenophilia.xl.cfg;

import java.util.Locale;
import java.util.Objects;

/**
 * A message about a place in xl.cfg text: a syntax error, or a warning about something xl reads differently from
 * what the text suggests.
 *
 * @param severity   error or warning
 * @param sourceName the name of the source (a file name, or {@code <input>}); never {@code null}
 * @param position   where the problem is
 * @param message    what is wrong, in one sentence, without the location
 */
public record XlDiagnostic(Severity severity, String sourceName, XlPosition position, String message) {

    /** How bad a diagnostic is. */
    public enum Severity {
        /** The text is not valid xl.cfg. */
        ERROR,
        /** The text is accepted, but something deserves attention. */
        WARNING
    }

    /**
     * Validates the components.
     *
     * @param severity see {@link #severity()}
     * @param sourceName see {@link #sourceName()}
     * @param position see {@link #position()}
     * @param message see {@link #message()}
     */
    public XlDiagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** @return the line (1-based), or 0 if unknown */
    public int line() {
        return position.line();
    }

    /** @return the column (1-based), or 0 if unknown */
    public int column() {
        return position.column();
    }

    /**
     * @return {@code source:line:column: error: message} (or {@code warning}), the format compilers use, so editors
     *         and terminals can link to the place
     */
    @Override
    public String toString() {
        String where = position.isKnown() ? sourceName + ":" + position.line() + ":" + position.column() : sourceName;
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
