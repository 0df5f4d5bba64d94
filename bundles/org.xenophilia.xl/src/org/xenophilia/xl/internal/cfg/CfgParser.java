package org.xenophilia.xl.internal.cfg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlComment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;

/**
 * Recursive-descent parser for the grammar of libxlu's bison parser ({@code libxlu_cfg_y.y}):
 *
 * <pre>
 * file       := stmt* assignment?            (the last assignment needs no terminator)
 * stmt       := assignment end | end | error NEWLINE
 * assignment := IDENT ('=' | '+=') value
 * end        := NEWLINE | ';'
 * value      := STRING | NUMBER | '[' NEWLINE* valuelist ']'
 * valuelist  := empty | values | values ',' NEWLINE*
 * values     := value NEWLINE* (',' NEWLINE* value NEWLINE*)*
 * </pre>
 *
 * Like libxlu, an assignment counts once its value is complete (before its terminator is seen), and after an error
 * the parser skips to the next newline and goes on looking for further errors, storing nothing more.
 */
public final class CfgParser {

    /** Receives diagnostics from the lexer. */
    interface Sink {
        void error(XlPosition position, String message);

        void warning(XlPosition position, String message);
    }

    private static final int MAX_ERRORS = 50;
    /**
     * Lists nested deeper than this are refused. No xl.cfg key nests lists more than two deep, and each level is a
     * recursion here: 5,000 levels (10 KB of brackets) overflowed the Agent's 512 KiB thread stack. libxlu refuses
     * deep nesting too, when its parser stack is exhausted, only deeper.
     */
    static final int MAX_NESTING = 100;

    private final String sourceName;
    private final List<XlAssignment> assignments = new ArrayList<>();
    private final List<XlComment> comments = new ArrayList<>();
    private final List<XlDiagnostic> errors = new ArrayList<>();
    private final List<XlDiagnostic> warnings = new ArrayList<>();
    private final Map<String, XlValue> soFar = new HashMap<>();
    private final CfgLexer lexer;
    private boolean likelyPython;
    private int lastErrorLine;
    /** The number of errors when the last value was complete, before its lookahead token was read. */
    private int errorsAtValueEnd;
    /** How many lists the current value is inside. */
    private int nesting;

    /**
     * @param text                the xl.cfg text
     * @param sourceName          the name used in diagnostics
     * @param lenientFinalComment whether to accept a comment at the end of the file without a newline (libxlu does not)
     */
    public CfgParser(String text, String sourceName, boolean lenientFinalComment) {
        this.sourceName = sourceName;
        this.lexer = new CfgLexer(text, lenientFinalComment, comments, new Sink() {
            @Override
            public void error(XlPosition position, String message) {
                addError(position, message);
            }

            @Override
            public void warning(XlPosition position, String message) {
                warnings.add(new XlDiagnostic(XlDiagnostic.Severity.WARNING, sourceName, position, message));
            }
        });
    }

    /**
     * Parses the whole text.
     *
     * @return the document
     * @throws XlSyntaxException if the text is not valid xl.cfg
     */
    public XlConfig parse() throws XlSyntaxException {
        lexer.next();
        while (lexer.type != CfgLexer.Type.EOF && errors.size() < MAX_ERRORS) {
            switch (lexer.type) {
                case NEWLINE, SEMICOLON -> lexer.next();
                case IDENT -> statement();
                default -> {
                    syntaxError("expected a key (lowercase letters, digits, '_' and '.') but found "
                            + lexer.describeToken());
                    recover();
                }
            }
        }
        if (!errors.isEmpty()) {
            if (likelyPython) {
                XlDiagnostic first = errors.get(0);
                errors.set(0, new XlDiagnostic(first.severity(), first.sourceName(), first.position(),
                        first.message() + " (this file looks like Python: xl does not run Python, see "
                                + "https://wiki.xenproject.org/wiki/PythonInXlConfig)"));
            }
            throw new XlSyntaxException(errors, assignments);
        }
        return new XlConfig(sourceName, assignments, comments, warnings);
    }

    private void statement() {
        String key = lexer.value;
        XlPosition keyPosition = lexer.position();
        lexer.next();
        XlOperator op;
        if (lexer.type == CfgLexer.Type.ASSIGN) {
            op = XlOperator.ASSIGN;
        } else if (lexer.type == CfgLexer.Type.APPEND) {
            op = XlOperator.APPEND;
        } else {
            syntaxError("expected '=' or '+=' after the key `" + key + "` but found " + lexer.describeToken());
            recover();
            return;
        }
        XlPosition opPosition = lexer.position();
        lexer.next();
        XlValue value = value();
        if (value == null) {
            recover();
            return;
        }
        store(key, op, value, keyPosition, opPosition);
        switch (lexer.type) {
            case NEWLINE, SEMICOLON -> lexer.next();
            case EOF -> {
                // the grammar allows a last assignment without a terminator
            }
            default -> {
                syntaxError("expected the end of the line or ';' after the value of `" + key + "` but found "
                        + lexer.describeToken());
                recover();
            }
        }
    }

    private void store(String key, XlOperator op, XlValue value, XlPosition keyPosition, XlPosition opPosition) {
        if (errorsAtValueEnd > 0) {
            return; // libxlu stores nothing after the first error
        }
        XlValue previous = soFar.get(key);
        if (op == XlOperator.APPEND && previous != null && previous.isList() != value.isList()) {
            addError(opPosition, "'+=' cannot add " + (value.isList() ? "a list to the string" : "a string to the list")
                    + " `" + key + "` has so far");
            return;
        }
        assignments.add(new XlAssignment(key, op, value, keyPosition));
        soFar.put(key, value);
    }

    /** Parses a value at the current token; returns null after reporting an error. */
    private XlValue value() {
        switch (lexer.type) {
            case STRING, NUMBER -> {
                XlPosition position = lexer.position();
                XlString.Form form = lexer.type == CfgLexer.Type.NUMBER ? XlString.Form.NUMBER
                        : lexer.text().charAt(lexer.start) == '\'' ? XlString.Form.SINGLE_QUOTED
                        : XlString.Form.DOUBLE_QUOTED;
                XlString s = new XlString(lexer.value, form, position,
                        lexer.text().substring(lexer.start, lexer.end));
                errorsAtValueEnd = errors.size();
                lexer.next();
                return s;
            }
            case LBRACKET -> {
                return list();
            }
            default -> {
                syntaxError("expected a value (a quoted string, a number or '[') but found " + lexer.describeToken());
                return null;
            }
        }
    }

    private XlList list() {
        if (nesting == MAX_NESTING) {
            syntaxError("lists nested more than " + MAX_NESTING + " deep (no xl.cfg key nests more than two)");
            return null;
        }
        nesting++;
        try {
            return listItems();
        } finally {
            nesting--;
        }
    }

    private XlList listItems() {
        XlPosition position = lexer.position();
        int start = lexer.start;
        lexer.next();
        skipNewlines();
        List<XlValue> items = new ArrayList<>();
        while (lexer.type != CfgLexer.Type.RBRACKET) {
            XlValue item = value();
            if (item == null) {
                return null;
            }
            items.add(item);
            skipNewlines();
            if (lexer.type == CfgLexer.Type.COMMA) {
                lexer.next();
                skipNewlines();
            } else if (lexer.type != CfgLexer.Type.RBRACKET) {
                syntaxError("expected ',' or ']' after a list item but found " + lexer.describeToken());
                return null;
            }
        }
        int end = lexer.end;
        errorsAtValueEnd = errors.size();
        lexer.next();
        return new XlList(items, position, lexer.text().substring(start, end));
    }

    private void skipNewlines() {
        while (lexer.type == CfgLexer.Type.NEWLINE) {
            lexer.next();
        }
    }

    /** Reports an error at the current token: a lexical error if the lexer found one there. */
    private void syntaxError(String message) {
        if (lexer.type == CfgLexer.Type.ERROR) {
            likelyPython |= lexer.likelyPython;
            String near = lexer.text().substring(lexer.start, lexer.end);
            addError(lexer.position(), "lexical error: " + lexer.value + ", near `" + near + "`");
        } else {
            addError(lexer.position(), message);
        }
    }

    private void addError(XlPosition position, String message) {
        // like libxlu, report one error per line
        if (position.line() == lastErrorLine) {
            return;
        }
        lastErrorLine = position.line();
        errors.add(new XlDiagnostic(XlDiagnostic.Severity.ERROR, sourceName, position, message));
    }

    /** Skips to just after the next newline (libxlu's {@code error NEWLINE} rule). */
    private void recover() {
        while (lexer.type != CfgLexer.Type.NEWLINE && lexer.type != CfgLexer.Type.EOF) {
            if (lexer.type == CfgLexer.Type.ERROR) {
                likelyPython |= lexer.likelyPython;
            }
            lexer.next();
        }
        if (lexer.type == CfgLexer.Type.NEWLINE) {
            lexer.next();
        }
    }
}
