package org.xenophilia.network;

import java.util.Objects;

/**
 * One problem of a network definition: a document that cannot be loaded, a value the schema does not allow, a
 * combination of settings the host cannot make real, or a clash with the node's other networks, routes or
 * interfaces.
 *
 * @param severity how bad it is
 * @param rule the rule that found it
 * @param path the field concerned, in model feature names: {@code uplink}, {@code ipv4.gateway},
 *        {@code ipv4.dhcp.leases[1].mac}, {@code forwards[0].guestAddress}; empty when the problem concerns the whole
 *        document
 * @param value the offending value as text, or {@code null} when there is none (a missing setting)
 * @param message a sentence for an administrator that names the field and the value, e.g. "ipv4.gateway 10.0.1.1 is
 *        outside ipv4.subnet 10.0.0.0/24"
 * @param line the 1-based line of the field in the XML text, or 0 when the network was not loaded from XML (or the
 *        field was added after loading)
 * @param column the 1-based column just after the start tag of the field's element, or 0 when unknown
 */
public record NetworkProblem(Severity severity, NetworkRule rule, String path, String value, String message,
        int line, int column) {

    /** How serious a problem is. */
    public enum Severity {
        /** The network cannot be made on the host, or the document is not a valid network definition. */
        ERROR,
        /** It can be made, but it is most likely not what the administrator meant. */
        WARNING
    }

    /**
     * Creates a problem.
     *
     * @throws NullPointerException when severity, rule, path or message is null
     */
    public NetworkProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@return whether this is an error (as opposed to a warning)} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return "line L:C: message" (or just the message when the line is unknown)} */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ":" + column + ": " : "") + message;
    }
}
