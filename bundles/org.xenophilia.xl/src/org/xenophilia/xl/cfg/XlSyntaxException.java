package org.xenophilia.xl.cfg;

import java.util.List;

/**
 * Thrown when xl.cfg text is not valid. The message names the source, line and column of the first error;
 * {@link #errors()} lists every error found (after an error the parser skips to the next line and goes on, as
 * libxlu does).
 */
public final class XlSyntaxException extends Exception {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    private final transient List<XlDiagnostic> errors;
    private final transient List<XlAssignment> assignmentsBeforeError;

    /**
     * Creates the exception.
     *
     * @param errors                 the errors found, first error first; not empty
     * @param assignmentsBeforeError the assignments completed before the first error
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public XlSyntaxException(List<XlDiagnostic> errors, List<XlAssignment> assignmentsBeforeError) {
        super(firstOf(errors).toString());
        this.errors = List.copyOf(errors);
        this.assignmentsBeforeError = List.copyOf(assignmentsBeforeError);
    }

    private static XlDiagnostic firstOf(List<XlDiagnostic> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        return errors.get(0);
    }

    /** @return the first error */
    public XlDiagnostic first() {
        return errors.get(0);
    }

    /** @return every error found, in text order (unmodifiable) */
    public List<XlDiagnostic> errors() {
        return errors;
    }

    /**
     * @return the assignments whose value was complete before the first error, in order (what libxlu had stored when
     *         it gave up); unmodifiable
     */
    public List<XlAssignment> assignmentsBeforeError() {
        return assignmentsBeforeError;
    }

    /** @return the line of the first error (1-based) */
    public int line() {
        return first().line();
    }

    /** @return the column of the first error (1-based) */
    public int column() {
        return first().column();
    }

    /** @return the name of the source that was parsed */
    public String sourceName() {
        return first().sourceName();
    }
}
