package org.xenophilia.model.internal.xml;

import org.xenophilia.model.SourceLocation;

/**
 * A problem of a definition document found by loading it or by the schema check, before a format turns it into its
 * own problem type (a {@code DomainProblem}, a {@code NetworkProblem}) with its own rule of the same name as
 * {@link #kind()}.
 *
 * @param kind which of the document-level rules found it
 * @param isError whether it is an error (else a warning)
 * @param path the field concerned, in model feature names; empty for the whole document
 * @param value the offending value as text, or null
 * @param message the sentence for the administrator
 * @param location where in the XML text, or null when unknown
 */
public record XmlProblem(Kind kind, boolean isError, String path, String value, String message,
        SourceLocation location) {

    /** The document-level rules: every definition format has a rule of each name. */
    public enum Kind {
        /** The text is not well-formed XML. */
        XML_SYNTAX,
        /** A DOCTYPE was found. */
        DOCTYPE,
        /** The document is larger than the format allows. */
        SIZE_LIMIT,
        /** Not the format's root element, or a foreign namespace. */
        ROOT_ELEMENT,
        /** An element or attribute the schema does not define. */
        UNKNOWN_CONTENT,
        /** A single-valued setting appears twice. */
        REPEATED_SETTING,
        /** A value of the wrong type or outside the schema's facets. */
        INVALID_VALUE,
        /** A required setting is missing. */
        REQUIRED
    }

    static XmlProblem error(Kind kind, String path, String value, String message, SourceLocation location) {
        return new XmlProblem(kind, true, path, value, message, location);
    }

    /** {@return the 1-based line, or 0 when unknown} */
    public int line() {
        return location == null ? 0 : location.line();
    }
}
