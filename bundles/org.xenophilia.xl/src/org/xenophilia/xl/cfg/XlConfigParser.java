package org.xenophilia.xl.cfg;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.xenophilia.xl.internal.cfg.CfgParser;

/**
 * Reads xl.cfg text (xl.cfg(5)) into an {@link XlConfig}, accepting and rejecting what Xen's own parser, libxlu,
 * does (checked against libxlu's results on 62 real configuration files).
 *
 * <h2>Syntax</h2>
 * A file is a sequence of assignments {@code key = value} or {@code key += value}, each ended by a newline or
 * {@code ;} (the last one may end the file). Keys are lowercase: {@code [a-z][._0-9a-z]*}. A value is a string in
 * single or double quotes (on one line; escapes {@code \\ \" \' \a \b \f \n \r \t \v}), an unquoted number
 * {@code [0-9][0-9a-fx]*}, or a list {@code [ value, ... ]} that may nest, span lines, hold comments and end with a
 * comma. {@code #} starts a comment that runs to the end of the line. Everything else is an error: uppercase keys,
 * bare words, negative or decimal numbers, uppercase hex digits, CRLF line ends, a byte-order mark, Python code.
 * libxlu's quirks are kept: {@code \x} escapes are rejected, octal escapes are dropped from the value (with a
 * warning here), and a file ending in a comment without a final newline is rejected.
 *
 * <h2>Strictness</h2>
 * {@link #LIBXLU} matches libxlu exactly. {@link #LENIENT} (the default for {@link #parse(String, String)}) differs in
 * one deliberate way: it accepts a file whose last line is a comment without a line break after it, and reports a
 * {@linkplain XlConfig#warnings() warning} instead; such files are common (editors that do not end files with a
 * newline) and the comment carries no meaning. Neither mode accepts a stray character at the very end of a file,
 * which libxlu happens to ignore (its scanner drops a pending lexical error at end of input).
 *
 * <p>Parsers are immutable and thread-safe. Parsing is a single pass over the text without regular expressions.
 */
public final class XlConfigParser {

    /** Accepts exactly what libxlu accepts. */
    public static final XlConfigParser LIBXLU = new XlConfigParser(false);

    /** Like {@link #LIBXLU}, but accepts (with a warning) a final comment that has no newline after it. */
    public static final XlConfigParser LENIENT = new XlConfigParser(true);

    private final boolean lenientFinalComment;

    private XlConfigParser(boolean lenientFinalComment) {
        this.lenientFinalComment = lenientFinalComment;
    }

    /**
     * Parses xl.cfg text with the {@link #LENIENT} parser.
     *
     * @param text       the text
     * @param sourceName the name to use in diagnostics, e.g. the file name
     * @return the document
     * @throws XlSyntaxException if the text is not valid xl.cfg
     */
    public static XlConfig parse(String text, String sourceName) throws XlSyntaxException {
        return LENIENT.read(text, sourceName);
    }

    /**
     * Parses xl.cfg text.
     *
     * @param text       the text
     * @param sourceName the name to use in diagnostics, e.g. the file name
     * @return the document
     * @throws XlSyntaxException if the text is not valid xl.cfg; its message is {@code source:line:column: ...}
     */
    public XlConfig read(String text, String sourceName) throws XlSyntaxException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return new CfgParser(text, sourceName, lenientFinalComment).parse();
    }

    /** @return whether this parser accepts a final comment without a newline */
    public boolean isLenient() {
        return lenientFinalComment;
    }

    /**
     * Decodes the bytes of an xl.cfg file: as UTF-8 if they are valid UTF-8, otherwise as ISO-8859-1, so that no
     * byte is lost either way (libxlu itself reads bytes).
     *
     * @param bytes the file content
     * @return the text
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
