package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlConfigWriter;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;

/** Writing values so that libxlu reads them back unchanged. */
public class XlConfigWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "with \"double\" and 'single' quotes", "back\\slash", "tab\tnewline\ncr\r",
        "bell\u0007 bs\b ff\f vt\u000b", "# not a comment", "semi;colon, comma", "unicode é ü 中文",
        "control \u0001 \u001f raw", "trailing backslash \\"})
    public void quotedStringsReadBackExactly(String value) throws XlSyntaxException {
        XlConfig c = XlConfigParser.LIBXLU.read("k = " + XlConfigWriter.quote(value) + "\n", "w");
        assertEquals(value, ((XlString) c.value("k").orElseThrow()).value());
    }

    @Test
    public void rendersListsCanonically() throws XlSyntaxException {
        assertEquals("[]", XlConfigWriter.renderList(List.of(), false));
        assertEquals("[ \"a\" ]", XlList.ofStrings(List.of("a")).sourceText());
        assertEquals("[ 1, \"b\", [ \"c\" ] ]", XlList.of(List.of(XlString.number(1), XlString.of("b"),
                XlList.ofStrings(List.of("c")))).sourceText());
        List<String> long5 = List.of("a".repeat(20), "b".repeat(20), "c".repeat(20), "d".repeat(20), "e");
        String multi = XlList.ofStrings(long5).sourceText();
        assertEquals("[\n    \"" + "a".repeat(20) + "\",\n    \"" + "b".repeat(20) + "\",\n    \"" + "c".repeat(20)
                + "\",\n    \"" + "d".repeat(20) + "\",\n    \"e\",\n]", multi);
        XlValue back = XlConfigParser.LIBXLU.read("k = " + multi, "w").value("k").orElseThrow();
        assertEquals(5, ((XlList) back).size());
        assertEquals("'x'", XlString.of("x").sourceText().replace('"', '\''));
        assertThrows(IllegalArgumentException.class, () -> XlString.number(-1));
    }

    @Test
    public void writesDocumentsAsTheyWereRead() throws XlSyntaxException {
        String text = "a = 'x'\nb += [ 1,\n  2 ]\n";
        XlConfig c = XlConfigParser.LIBXLU.read(text, "w");
        assertEquals(text, XlConfigWriter.write(c.assignments()));
        XlConfig built = XlConfig.of(List.of(XlAssignment.of("name", XlString.of("n")),
                XlAssignment.of("memory", XlString.number(512))));
        assertEquals("name = \"n\"\nmemory = 512\n", built.toString());
        XlAssignment appendList = new XlAssignment("k", XlOperator.APPEND, XlList.ofStrings(List.of("y")),
                XlPosition.NONE);
        List<XlAssignment> invalid = List.of(XlAssignment.of("k", XlString.of("x")), appendList);
        assertThrows(IllegalArgumentException.class, () -> XlConfig.of(invalid), "+= of a list to a string");
    }
}
