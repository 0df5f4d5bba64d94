package org.xenophilia.xl.internal.cfg;

import java.util.List;

import org.xenophilia.xl.cfg.XlComment;
import org.xenophilia.xl.cfg.XlPosition;

/**
 * Splits xl.cfg text into tokens exactly like libxlu's flex scanner ({@code libxlu_cfg_l.l}): keys
 * {@code [a-z][._0-9a-z]*}, numbers {@code [0-9][0-9a-fx]*}, single- or double-quoted strings that end on their line,
 * {@code , [ ] = += ;}, and newlines, where a comment up to and including its newline counts as a newline. Blanks and
 * tabs separate tokens. Anything else is a lexical error covering the offending character and the non-blank
 * characters after it.
 *
 * <p>The lexer keeps one current token in its fields and moves on with {@link #next()}; it allocates only the
 * strings it hands out.
 */
final class CfgLexer {

    enum Type {
        IDENT, NUMBER, STRING, LBRACKET, RBRACKET, COMMA, ASSIGN, APPEND, SEMICOLON, NEWLINE, EOF, ERROR
    }

    private final String text;
    private final int length;
    private final boolean lenientFinalComment;
    private final List<XlComment> comments;
    private final CfgParser.Sink sink;

    private int pos;
    private int line = 1;
    private int lineStart;

    /** The current token. */
    Type type;
    /** Where the current token starts and ends (exclusive). */
    int start;
    int end;
    int tokenLine;
    int tokenColumn;
    /** IDENT and NUMBER: the text; STRING: the value with escapes resolved; ERROR: the message. */
    String value;
    /** Whether an ERROR token looks like Python code (libxlu then prints a hint). */
    boolean likelyPython;

    CfgLexer(String text, boolean lenientFinalComment, List<XlComment> comments, CfgParser.Sink sink) {
        this.text = text;
        this.length = text.length();
        this.lenientFinalComment = lenientFinalComment;
        this.comments = comments;
        this.sink = sink;
    }

    String text() {
        return text;
    }

    XlPosition position() {
        return new XlPosition(tokenLine, tokenColumn, start);
    }

    /** A position on the current line (strings never span lines). */
    private XlPosition positionAt(int offset) {
        return new XlPosition(line, offset - lineStart + 1, offset);
    }

    void next() {
        value = null;
        likelyPython = false;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t') {
                break;
            }
            pos++;
        }
        start = pos;
        tokenLine = line;
        tokenColumn = pos - lineStart + 1;
        if (pos >= length) {
            type = Type.EOF;
            end = pos;
            return;
        }
        char c = text.charAt(pos);
        if (c >= 'a' && c <= 'z') {
            int p = pos + 1;
            while (p < length && isIdentPart(text.charAt(p))) {
                p++;
            }
            token(Type.IDENT, p);
            value = text.substring(start, end);
        } else if (c >= '0' && c <= '9') {
            int p = pos + 1;
            while (p < length && isNumberPart(text.charAt(p))) {
                p++;
            }
            token(Type.NUMBER, p);
            value = text.substring(start, end);
        } else {
            switch (c) {
                case ',' -> token(Type.COMMA, pos + 1);
                case '[' -> token(Type.LBRACKET, pos + 1);
                case ']' -> token(Type.RBRACKET, pos + 1);
                case '=' -> token(Type.ASSIGN, pos + 1);
                case ';' -> token(Type.SEMICOLON, pos + 1);
                case '\n' -> newline(pos);
                case '#' -> comment();
                case '\'', '"' -> string(c);
                case '+' -> {
                    if (pos + 1 < length && text.charAt(pos + 1) == '=') {
                        token(Type.APPEND, pos + 2);
                    } else {
                        error(describe(c), true);
                    }
                }
                default -> error(describe(c), c == '-' || c == '.' || c == '(' || c == ')' || c == ':');
            }
        }
    }

    private static boolean isIdentPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    }

    private static boolean isNumberPart(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == 'x';
    }

    private void token(Type t, int tokenEnd) {
        type = t;
        end = tokenEnd;
        pos = tokenEnd;
    }

    /** A newline token for the line break at {@code newlineAt}; the token starts at {@link #start}. */
    private void newline(int newlineAt) {
        type = Type.NEWLINE;
        end = newlineAt + 1;
        pos = end;
        line++;
        lineStart = pos;
    }

    private void comment() {
        int nl = text.indexOf('\n', pos);
        int commentEnd = nl < 0 ? length : nl;
        comments.add(new XlComment(text.substring(start, commentEnd), position()));
        if (nl >= 0) {
            newline(nl);
        } else if (lenientFinalComment) {
            sink.warning(position(), "the comment at the end of the file has no line break after it: xl (libxlu) "
                    + "rejects such a file with a lexical error; end the file with a newline");
            type = Type.NEWLINE;
            end = length;
            pos = length;
        } else {
            comments.remove(comments.size() - 1);
            error("comment at the end of the file without a line break after it (xl rejects this; end the file "
                    + "with a newline)", false);
        }
    }

    /**
     * A quoted string; libxlu's pattern is {@code '([^'\\\n]|\\.)*'}, so it must end on its line and a backslash
     * cannot escape a line break.
     */
    private void string(char quote) {
        int p = pos + 1;
        while (p < length) {
            char c = text.charAt(p);
            if (c == quote) {
                token(Type.STRING, p + 1);
                value = dequote();
                return;
            }
            if (c == '\n') {
                break;
            }
            if (c == '\\') {
                if (p + 1 >= length || text.charAt(p + 1) == '\n') {
                    break;
                }
                p += 2;
            } else {
                p++;
            }
        }
        error("unterminated string: a quoted string must end with " + quote + " on the same line", false);
    }

    /**
     * Resolves the escapes of the current STRING token the way libxlu's {@code xlu__cfgl_dequote} does, including
     * its quirks: {@code \x} escapes are always rejected, and an octal escape is dropped from the value.
     */
    private String dequote() {
        int last = end - 1;
        int p = start + 1;
        int backslash = p;
        while (backslash < last && text.charAt(backslash) != '\\') {
            backslash++;
        }
        if (backslash == last) {
            return text.substring(p, last);
        }
        StringBuilder sb = new StringBuilder(last - p);
        while (p < last) {
            char c = text.charAt(p++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            int escapeAt = p - 1;
            char nc = text.charAt(p++);
            switch (nc) {
                case '"', '\'', '\\' -> sb.append(nc);
                case 'a' -> sb.append((char) 0x07);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append((char) 0x0b);
                case 'x' -> {
                    stringError(escapeAt, "\\x escapes are not supported by xl (libxlu rejects every \\x escape)");
                    return sb.toString();
                }
                default -> {
                    if (nc >= '0' && nc <= '7') {
                        // libxlu reads up to 3 more characters with strtoul(..., 10), needs at least 2 of them to
                        // be consumed, and then stores nothing for the escape.
                        int consumed = strtoulLength(p, Math.min(p + 3, last));
                        if (consumed <= 1) {
                            stringError(escapeAt, "invalid octal escape \\" + nc + ": xl (libxlu) needs two more "
                                    + "digits after it");
                            return sb.toString();
                        }
                        p += consumed;
                        sink.warning(positionAt(escapeAt), "the escape " + text.substring(escapeAt, p)
                                + " is dropped: xl (libxlu) ignores octal escapes");
                    } else {
                        stringError(escapeAt, "invalid escape \\" + nc + " in a quoted string (xl knows \\\\ \\\" "
                                + "\\' \\a \\b \\f \\n \\r \\t \\v)");
                        return sb.toString();
                    }
                }
            }
        }
        return sb.toString();
    }

    /** How many characters of {@code text[from, to)} C's {@code strtoul(s, &end, 10)} consumes. */
    private int strtoulLength(int from, int to) {
        int p = from;
        while (p < to && isCSpace(text.charAt(p))) {
            p++;
        }
        if (p < to && (text.charAt(p) == '+' || text.charAt(p) == '-')) {
            p++;
        }
        int digitsStart = p;
        while (p < to && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            p++;
        }
        return p == digitsStart ? 0 : p - from;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    private void stringError(int at, String message) {
        sink.error(positionAt(at), message);
    }

    /**
     * A lexical error at the current character: like libxlu, it covers that character and the non-blank characters
     * after it; the next token starts after them.
     */
    private void error(String message, boolean python) {
        int p = pos + 1;
        while (p < length) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\t' || c == '\n') {
                break;
            }
            p++;
        }
        token(Type.ERROR, p);
        value = message;
        likelyPython = python;
    }

    static String describe(char c) {
        if (c == '\r') {
            return "carriage return (xl.cfg lines must end with \\n only, not \\r\\n)";
        }
        if (c == '\uFEFF') {
            return "byte-order mark (xl rejects a BOM at the start of the file)";
        }
        if (c >= 'A' && c <= 'Z') {
            return "uppercase letter '" + c + "' (keys are lowercase; strings need quotes)";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("control character U+%04X", (int) c);
        }
        return "unexpected character '" + c + "'";
    }

    /** @return a short description of the current token, for messages */
    String describeToken() {
        return switch (type) {
            case IDENT -> "the word `" + value + "` (strings need quotes)";
            case NUMBER -> "the number " + value;
            case STRING -> "the string " + text.substring(start, end);
            case LBRACKET -> "'['";
            case RBRACKET -> "']'";
            case COMMA -> "','";
            case ASSIGN -> "'='";
            case APPEND -> "'+='";
            case SEMICOLON -> "';'";
            case NEWLINE -> text.charAt(start) == '#' ? "a comment" : "the end of the line";
            case EOF -> "the end of the file";
            case ERROR -> "`" + text.substring(start, end) + "`";
        };
    }
}
