package org.xenophilia.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a domain definition: a document that cannot be loaded, a value the schema does not allow, or a
 * combination of settings Xen would reject or that is likely a mistake.
 *
 * @param severity how bad it is
 * @param rule the rule that found it
 * @param path the field concerned, in model feature names: {@code maxmem}, {@code disks[1].vdev},
 *        {@code display.vnclisten}; empty when the problem concerns the whole document
 * @param value the offending value as text, or {@code null} when there is none (a missing setting)
 * @param message a sentence for a human that names the field and the value, e.g.
 *        "maxmem 512 MiB is less than memory 1024 MiB"
 * @param location where in the XML text the field is, or {@code null} when the domain was not loaded from XML (or
 *        the field was added after loading)
 */
public record DomainProblem(Severity severity, DomainRule rule, String path, String value, String message,
        SourceLocation location) {

    /** How serious a problem is. */
    public enum Severity {
        /** Xen would reject the domain, or the document is not a valid domain definition. */
        ERROR,
        /** Xen accepts it, but it is most likely not what the administrator meant. */
        WARNING
    }

    /**
     * Creates a problem.
     *
     * @throws NullPointerException when severity, rule, path or message is null
     */
    public DomainProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@return the location in the XML text, if the domain was loaded from XML} */
    public Optional<SourceLocation> sourceLocation() {
        return Optional.ofNullable(location);
    }

    /** {@return the 1-based line in the XML text, or 0 when unknown} */
    public int line() {
        return location == null ? 0 : location.line();
    }

    /** {@return whether this is an error (as opposed to a warning)} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return "line L:C: message" (or just the message when the location is unknown)} */
    @Override
    public String toString() {
        return (location == null ? "" : "line " + location + ": ") + message;
    }
}
