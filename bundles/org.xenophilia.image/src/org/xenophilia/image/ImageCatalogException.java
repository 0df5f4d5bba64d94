package org.xenophilia.image;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An image catalog could not be loaded: the text is not well-formed XML, contains a DTD, is too large, is not a
 * {@code <catalog>} document, or holds content the schema does not allow (unknown elements, values of the wrong type
 * or out of range, missing required settings). {@link #problems()} lists every problem found, each with its line
 * and column; the message names the catalog's location and is meant for the administrator as it is.
 */
public class ImageCatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final transient List<CatalogProblem> problems;

    /**
     * Creates the exception.
     *
     * @param location where the catalog was read from (a file, a URL), for the message
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public ImageCatalogException(String location, List<CatalogProblem> problems) {
        super(describe(Objects.requireNonNull(location, "location"), problems));
        this.location = location;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String location, List<CatalogProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an ImageCatalogException needs at least one problem");
        }
        if (problems.size() == 1) {
            return "Invalid image catalog " + location + ": " + problems.get(0);
        }
        return "Invalid image catalog " + location + ", " + problems.size() + " problems:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
    }

    /** {@return where the catalog was read from, as the caller named it} */
    public String location() {
        return location;
    }

    /** {@return every problem found, in document order} */
    public List<CatalogProblem> problems() {
        return problems;
    }

    /** {@return the line of the first problem (1-based), or 0 when unknown} */
    public int line() {
        return problems.get(0).line();
    }
}
