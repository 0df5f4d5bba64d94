package org.xenophilia.model.edit;

import java.util.Objects;

import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.DomainRule;
import org.xenophilia.model.SourceLocation;

/**
 * A problem of an open domain definition, placed twice: at a form field ({@link #path()}, e.g. {@code disks[1].vdev},
 * so a form can show it beside the field) and in the current XML text ({@link #offset()}/{@link #length()} and the
 * problem's line:column, so the XML page can annotate the line).
 *
 * @param problem what is wrong; its {@code location()} is the line and column of {@link #offset()} in the current
 *        text (1-based; for a parse error, where the XML parser stopped)
 * @param offset where the range in the current text starts
 * @param length how long the range is (the attribute, the element, or the start tag of the nearest element when the
 *        field is missing from the text)
 * @param parseError true when the text does not load (not well-formed, not schema-valid): then the model still holds
 *        the last text that loaded, and the editor must not leave the XML page or save
 */
public record DocumentProblem(DomainProblem problem, int offset, int length, boolean parseError) {

    /** Checks the components. */
    public DocumentProblem {
        Objects.requireNonNull(problem, "problem");
    }

    /** {@return the field path, e.g. {@code memory} or {@code vifs[0].mac}; empty for the whole document} */
    public String path() {
        return problem.path();
    }

    /** {@return the message for the user} */
    public String message() {
        return problem.message();
    }

    /** {@return the rule that was broken} */
    public DomainRule rule() {
        return problem.rule();
    }

    /** {@return whether this is an error (as opposed to a warning)} */
    public boolean isError() {
        return problem.isError();
    }

    /** {@return the 1-based line in the current text} */
    public int line() {
        return problem.line();
    }

    /** {@return the 1-based column in the current text, 0 when unknown} */
    public int column() {
        SourceLocation location = problem.location();
        return location == null ? 0 : location.column();
    }

    /** {@return "line L:C: message"} */
    @Override
    public String toString() {
        return problem.toString();
    }
}
