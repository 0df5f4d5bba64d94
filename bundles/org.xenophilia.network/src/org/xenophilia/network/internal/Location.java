package org.xenophilia.network.internal;

/**
 * A position in the XML text of a network definition, as the XML parser reports it.
 *
 * @param line 1-based line number
 * @param column 1-based column number, just after the start tag of the element concerned
 */
public record Location(int line, int column) {
}
