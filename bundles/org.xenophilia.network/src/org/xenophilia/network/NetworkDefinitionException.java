package org.xenophilia.network;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A network definition could not be loaded: the text is not well-formed XML, contains a DTD, is not a
 * {@code <network>} document, or holds content the schema does not allow (unknown elements, values of the wrong type
 * or out of range, missing required settings). {@link #getProblems()} lists every problem found, each with its line
 * and column; the message is meant for the user as it is.
 */
public class NetworkDefinitionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<NetworkProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public NetworkDefinitionException(List<NetworkProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<NetworkProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a NetworkDefinitionException needs at least one problem");
        }
        if (problems.size() == 1) {
            return "Invalid network definition: " + problems.get(0);
        }
        return "Invalid network definition, " + problems.size() + " problems:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
    }

    /** {@return every problem found, in document order} */
    public List<NetworkProblem> getProblems() {
        return problems;
    }

    /** {@return the line of the first problem (1-based), or 0 when unknown} */
    public int getLine() {
        return problems.get(0).line();
    }

    /** {@return the column of the first problem (1-based), or 0 when unknown} */
    public int getColumn() {
        return problems.get(0).column();
    }
}
