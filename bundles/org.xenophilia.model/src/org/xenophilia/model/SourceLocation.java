package org.xenophilia.model;

/**
 * A position in the XML text of a definition (a domain's; the network definitions' loader records them too), as the
 * XML parser reports it: the line (1-based) and the column just after the start tag of the element concerned.
 *
 * @param line 1-based line number
 * @param column 1-based column number
 */
public record SourceLocation(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
