package org.xenophilia.image;

import java.util.Objects;

/**
 * One problem of an image catalog: a document that cannot be loaded, a value the schema does not allow, or an image
 * whose settings contradict each other. Every problem is an error: an image with one is not offered.
 *
 * @param rule the rule that found it
 * @param path the field concerned, in model feature names: {@code images[1].minimumDisk},
 *        {@code images[0].urls[2]}, {@code images[3].template.kernel} (without the {@code images[N].} of a catalog
 *        when an image on its own was checked); empty when the problem concerns the whole document
 * @param value the offending value as text, or {@code null} when there is none (a missing setting)
 * @param message a sentence for an administrator that names the field and the value
 * @param line the 1-based line of the field in the XML text, or 0 when the catalog was not loaded from XML (or the
 *        field was added after loading)
 * @param column the 1-based column just after the start tag of the field's element, or 0 when unknown
 */
public record CatalogProblem(CatalogRule rule, String path, String value, String message, int line, int column) {

    /**
     * Creates a problem.
     *
     * @throws NullPointerException when rule, path or message is null
     */
    public CatalogProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@return "line L:C: message" (or just the message when the line is unknown)} */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ":" + column + ": " : "") + message;
    }
}
