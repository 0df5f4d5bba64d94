package org.xenophilia.xl.cfg;

/**
 * A comment of an xl.cfg file: from {@code #} to the end of its line. Comments carry no meaning for xl; the parser
 * keeps them so that tools can show or preserve them.
 *
 * @param text     the comment including the leading {@code #}, without the line break
 * @param position where the {@code #} is
 */
public record XlComment(String text, XlPosition position) {
}
