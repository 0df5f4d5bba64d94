package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;

import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlConfigWriter;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlSyntaxException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The xl.cfg parser ({@link XlConfigParser}, both modes), on a file's bytes as the converter and the editor read them
 * ({@link XlConfigParser#decode(byte[])}):
 * <ul>
 * <li>any text is either a document or refused with {@link XlSyntaxException}, whose errors each have a line and a
 * column;</li>
 * <li>what {@link XlConfigParser#LIBXLU} accepts, {@link XlConfigParser#LENIENT} accepts the same;</li>
 * <li>{@link XlConfigWriter} keeps its promises: the assignments written with their source text read back to the same
 * values, and so do the values rendered canonically ({@link XlConfigWriter#render}), in libxlu's own syntax.</li>
 * </ul>
 * Seeds: the real admins' files and xl 4.17's guest configs of the xl tests, and the round-trip configs.
 */
class XlCfgParserFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XlConfigParser.read", 256 << 10, 64);

    static {
        // the parser's classes are loaded, and instrumented, before the first input's timeout starts
        byte[] sample = "name = \"w\"\nvif = [ 'bridge=xenbr0', ]  # c\n".getBytes(UTF_8);
        Warmup.run(() -> new XlCfgParserFuzzTest().parse(sample));
    }

    @FuzzTest
    void parse(byte[] data) throws Exception {
        String text = XlConfigParser.decode(data);
        XlConfig lenient = BUDGET.run(data.length, () -> read(XlConfigParser.LENIENT, text));
        XlConfig libxlu = read(XlConfigParser.LIBXLU, text);
        if (libxlu != null && (lenient == null || !canonical(lenient).equals(canonical(libxlu)))) {
            throw new AssertionError("libxlu's mode accepts what the lenient one does not read the same:\n" + text);
        }
        if (lenient != null) {
            String asWritten = XlConfigWriter.write(lenient.assignments());
            expectSame(lenient, read(XlConfigParser.LIBXLU, asWritten), "written with the source text", text);
            StringBuilder rendered = new StringBuilder();
            for (XlAssignment a : lenient.assignments()) {
                rendered.append(a.key()).append(' ').append(a.operator().symbol()).append(' ')
                        .append(XlConfigWriter.render(a.value())).append('\n');
            }
            expectSame(lenient, read(XlConfigParser.LIBXLU, rendered.toString()), "rendered canonically", text);
        }
    }

    /** @return the document, or null if the parser refused the text with a syntax error at a line and column */
    private static XlConfig read(XlConfigParser parser, String text) {
        try {
            return parser.read(text, "fuzz.cfg");
        } catch (XlSyntaxException refused) {
            for (XlDiagnostic d : refused.errors()) {
                if (d.line() < 1 || d.column() < 1) {
                    throw new AssertionError("a syntax error without its place: " + d + " in:\n" + text, refused);
                }
            }
            return null;
        }
    }

    private static void expectSame(XlConfig original, XlConfig reread, String how, String text) {
        if (reread == null || !canonical(reread).equals(canonical(original))) {
            throw new AssertionError("the assignments " + how + " do not read back to the same values: "
                    + (reread == null ? "refused" : canonical(reread)) + " instead of " + canonical(original)
                    + ", from:\n" + text);
        }
    }

    /** Each assignment with its value rendered canonically: equal for equal values, however they were written. */
    private static List<String> canonical(XlConfig config) {
        List<String> lines = new ArrayList<>();
        for (XlAssignment a : config.assignments()) {
            lines.add(a.key() + a.operator().symbol() + XlConfigWriter.render(a.value()));
        }
        return lines;
    }
}
