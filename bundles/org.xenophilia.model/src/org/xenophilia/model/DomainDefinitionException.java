package org.xenophilia.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A domain definition could not be loaded: the text is not well-formed XML, contains a DTD, is not a
 * {@code <domain>} document, or holds content the schema does not allow (unknown elements, values of the wrong type
 * or out of range, missing required settings). {@link #getProblems()} lists every problem found, each with its line
 * and column; the message is meant for the user as it is.
 */
public class DomainDefinitionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DomainProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public DomainDefinitionException(List<DomainProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<DomainProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DomainDefinitionException needs at least one problem");
        }
        if (problems.size() == 1) {
            return "Invalid domain definition: " + problems.get(0);
        }
        return "Invalid domain definition, " + problems.size() + " problems:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
    }

    /** {@return every problem found, in document order} */
    public List<DomainProblem> getProblems() {
        return problems;
    }

    /** {@return the line of the first problem (1-based), or 0 when unknown} */
    public int getLine() {
        return problems.get(0).line();
    }

    /** {@return the column of the first problem (1-based), or 0 when unknown} */
    public int getColumn() {
        SourceLocation location = problems.get(0).location();
        return location == null ? 0 : location.column();
    }
}
