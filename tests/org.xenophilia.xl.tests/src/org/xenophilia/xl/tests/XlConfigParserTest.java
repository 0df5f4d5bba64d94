package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlComment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;

/** The xl.cfg syntax layer: values, positions, source text, {@code +=}, and errors at exact places. */
public class XlConfigParserTest {

    private static XlConfig parse(String text) throws XlSyntaxException {
        return XlConfigParser.LIBXLU.read(text, "test.cfg");
    }

    private static XlSyntaxException error(String text) {
        return assertThrows(XlSyntaxException.class, () -> parse(text));
    }

    private static XlString string(XlConfig c, String key) {
        return (XlString) c.value(key).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ values

    @Test
    public void readsStringsNumbersAndListsWithTheirForm() throws XlSyntaxException {
        XlConfig c = parse("name = \"web01\"\nkernel = '/boot/vmlinuz'\nmemory = 1024\nhex = 0x1f\nm2 = '1024'\n");
        assertEquals(List.of("name", "kernel", "memory", "hex", "m2"), c.keys());
        assertEquals(XlString.Form.DOUBLE_QUOTED, string(c, "name").form());
        assertEquals(XlString.Form.SINGLE_QUOTED, string(c, "kernel").form());
        assertEquals("/boot/vmlinuz", string(c, "kernel").value());
        assertTrue(string(c, "memory").isNumber());
        assertEquals("0x1f", string(c, "hex").value());
        // 1024 and '1024' mean the same, but remember how they were written
        assertTrue(string(c, "memory").sameValue(string(c, "m2")));
        assertEquals("'1024'", string(c, "m2").sourceText());
        assertEquals("1024", string(c, "memory").sourceText());
    }

    @Test
    public void keepsPositionsAndExactSourceTextOfEveryValue() throws XlSyntaxException {
        String text = "# header\n\ndisk = [ 'a,raw,xvda', # first\n\t\"b\" ,\n  ]\nvcpus=2";
        XlConfig c = parse(text);
        XlAssignment disk = c.last("disk").orElseThrow();
        assertEquals(new XlPosition(3, 1, 10), disk.keyPosition());
        XlList list = (XlList) disk.value();
        assertEquals(new XlPosition(3, 8, 17), list.position());
        assertEquals("[ 'a,raw,xvda', # first\n\t\"b\" ,\n  ]", list.sourceText());
        assertEquals(3, disk.line(), "libxlu reports a list at the line of its [");
        assertEquals(new XlPosition(3, 10, 19), list.items().get(0).position());
        assertEquals(new XlPosition(4, 2, 42), list.items().get(1).position());
        assertEquals("\"b\"", list.items().get(1).sourceText());
        XlAssignment vcpus = c.last("vcpus").orElseThrow();
        assertEquals(new XlPosition(6, 7, 58), vcpus.value().position());
        assertEquals(List.of(new XlComment("# header", new XlPosition(1, 1, 0)),
                new XlComment("# first", new XlPosition(3, 24, 33))), c.comments());
    }

    @Test
    public void acceptsNestedListsTrailingCommasBlankLinesAndCommentsInLists() throws XlSyntaxException {
        XlConfig c = parse("vsnd = [\n\n  [ 'card', # c\n    'pcm', ],\n  # only a comment\n  [],\n]\n");
        XlList vsnd = (XlList) c.value("vsnd").orElseThrow();
        assertEquals(2, vsnd.size());
        assertEquals(2, ((XlList) vsnd.items().get(0)).size());
        assertEquals(0, ((XlList) vsnd.items().get(1)).size());
        assertTrue(parse("a = []").value("a").orElseThrow().isList());
        assertTrue(parse("a = [\n]").value("a").orElseThrow().isList());
    }

    @Test
    public void separatesStatementsWithSemicolonsAndAllowsALastStatementWithoutNewline() throws XlSyntaxException {
        XlConfig c = parse("name=\"h0\"; type=\"hvm\";;\n;memory = 512");
        assertEquals(List.of("name", "type", "memory"), c.keys());
        assertEquals("512", string(c, "memory").value());
        assertTrue(parse("").assignments().isEmpty());
        assertTrue(parse("# only\n# comments\n").assignments().isEmpty());
    }

    @Test
    public void acceptsDottedKeysAndSpecStringsWithSpacesAndSemicolons() throws XlSyntaxException {
        XlConfig c = parse("a.b_c9 = 1\nvif = [ 'ip=10.0.0.2 255.255.255.0 10.0.0.1;x,mac=00:16:3e:00:00:01' ]\n");
        assertEquals("1", string(c, "a.b_c9").value());
        XlString vif = (XlString) ((XlList) c.value("vif").orElseThrow()).items().get(0);
        assertEquals("ip=10.0.0.2 255.255.255.0 10.0.0.1;x,mac=00:16:3e:00:00:01", vif.value());
    }

    @Test
    public void resolvesEscapesLikeLibxlu() throws XlSyntaxException {
        XlConfig c = parse("a = \"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\"\nb = 'it\\'s'\nc = \"#not a comment\"\n");
        assertEquals("\u0007\b\f\n\r\t\u000b\\\"'", string(c, "a").value());
        assertEquals("it's", string(c, "b").value());
        assertEquals("#not a comment", string(c, "c").value());
        assertTrue(c.comments().isEmpty());
    }

    @Test
    public void dropsOctalEscapesWithAWarningAsLibxluDoes() throws XlSyntaxException {
        XlConfig c = parse("extra = \"a\\101b\"\n");
        assertEquals("ab", string(c, "extra").value());
        assertEquals("\"a\\101b\"", string(c, "extra").sourceText());
        XlDiagnostic w = c.warnings().get(0);
        assertEquals(XlDiagnostic.Severity.WARNING, w.severity());
        assertEquals(new XlPosition(1, 11, 10), w.position());
        assertTrue(w.message().contains("octal"), w.message());
    }

    @Test
    public void resolvesAppendLikeXl() throws XlSyntaxException {
        XlConfig c = parse("extra = \"a\"\nextra += \" b\"\ndisk = ['x']\ndisk += ['y']\nnew += \"z\"\n");
        assertEquals("a b", string(c, "extra").value());
        assertEquals(XlOperator.APPEND, c.last("extra").orElseThrow().operator());
        XlList disk = (XlList) c.value("disk").orElseThrow();
        assertEquals(List.of("x", "y"), disk.items().stream().map(v -> ((XlString) v).value()).toList());
        assertEquals("z", string(c, "new").value(), "+= on a new key just sets it");
        // a later = starts over
        assertEquals("c", string(parse("k = \"a\"\nk += \"b\"\nk = \"c\"\n"), "k").value());
        assertEquals(2, parse("k = 1\nk = 2\n").all("k").size(), "duplicates are kept");
        assertEquals("2", string(parse("k = 1\nk = 2\n"), "k").value(), "the last one wins");
    }

    @Test
    public void rejectsAddingAListToAStringAtTheOperator() {
        XlSyntaxException e = error("s = \"a\"\ns += [1]\n");
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("'+='"), e.getMessage());
        assertEquals(1, e.assignmentsBeforeError().size());
    }

    // ------------------------------------------------------------------------------------------------ errors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // text (\n and \t written as such)                    | line | column | message contains
        "name = \"guest-bad\"\\nmemory = = 128                 | 2    | 10     | expected a value",
        "name = 'abc                                           | 1    | 8      | unterminated string",
        "name = \"x\\\\n\"                                     | 1    | 8      | unterminated string",
        "Name = \"x\"                                          | 1    | 1      | uppercase",
        "memory = -1                                           | 1    | 10     | '-'",
        "memory = 1.5                                          | 1    | 11     | '.'",
        "uuid = 0xABC                                          | 1    | 10     | uppercase",
        "memory = 12g                                          | 1    | 12     | expected the end of the line",
        "memory = 512 name = \"x\"                             | 1    | 14     | expected the end of the line",
        "kernel = vmlinuz                                      | 1    | 10     | the word",
        "= 5                                                   | 1    | 1      | expected a key",
        "_x = 5                                                | 1    | 1      | '_'",
        "memory 512                                            | 1    | 8      | expected '=' or '+='",
        "memory =\\nvcpus = 1                                  | 1    | 9      | the end of the line",
        "memory = # none\\n                                    | 1    | 10     | a comment",
        "disk = [ 'a' 'b' ]                                    | 1    | 14     | expected ',' or ']'",
        "disk = [ 'a', , 'b' ]                                 | 1    | 15     | expected a value",
        "disk = [ 'a'; 'b' ]                                   | 1    | 13     | expected ',' or ']'",
        "disk = [ 'a'                                          | 1    | 13     | the end of the file",
        "\\tmemory\\t=\\t=                                     | 1    | 11     | expected a value",
        "extra = \"\\x41\"                                     | 1    | 10     | \\x escapes",
        "extra = \"\\1\"                                       | 1    | 10     | octal escape",
        "extra = \"\\q\"                                       | 1    | 10     | invalid escape",
        "arch = os.uname()[4]                                  | 1    | 8      | Python",
        "a = 1\\nX                                             | 2    | 1      | uppercase",
    })
    public void reportsSyntaxErrorsAtTheirExactPlace(String text, int line, int column, String message) {
        String input = text.replace("\\n", "\n").replace("\\t", "\t");
        XlSyntaxException e = error(input);
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.cfg:" + line + ":" + column + ": error: "), e.getMessage());
    }

    @Test
    public void rejectsCrlfLineEndsAndAByteOrderMarkAsLibxluDoes() {
        XlSyntaxException crlf = error("memory = 128\r\nvcpus = 1\r\n");
        assertEquals("1:13", crlf.first().position().toString());
        assertTrue(crlf.getMessage().contains("carriage return"), crlf.getMessage());
        XlSyntaxException bom = error("\uFEFFname = \"x\"\n");
        assertEquals("1:1", bom.first().position().toString());
        assertTrue(bom.getMessage().contains("byte-order mark"), bom.getMessage());
    }

    @Test
    public void reportsEveryBadLineButStoresNothingAfterTheFirstError() {
        XlSyntaxException e = error("a = 1\nb = \nc = 2\nd = )\ne = 3\n");
        assertEquals(List.of("2:5", "4:5"), e.errors().stream().map(d -> d.position().toString()).toList());
        assertEquals(List.of("a"), e.assignmentsBeforeError().stream().map(XlAssignment::key).toList());
    }

    @Test
    public void anAssignmentCountsOnceItsValueIsCompleteAsInLibxlu() {
        // libxlu stores memory before it reads the bad token behind the value
        XlSyntaxException e = error("memory = 128 )\n");
        assertEquals(List.of("memory"), e.assignmentsBeforeError().stream().map(XlAssignment::key).toList());
        assertEquals(14, e.column());
    }

    @Test
    public void aFinalCommentWithoutNewlineIsAnErrorForLibxluAndAWarningWhenLenient() throws XlSyntaxException {
        String text = "name = \"x\"\n# the end";
        XlSyntaxException e = assertThrows(XlSyntaxException.class, () -> XlConfigParser.LIBXLU.read(text, "f"));
        assertEquals("2:1", e.first().position().toString());
        assertTrue(e.getMessage().contains("without a line break"), e.getMessage());
        XlConfig c = XlConfigParser.LENIENT.read(text, "f");
        assertEquals(1, c.assignments().size());
        assertEquals(List.of("# the end"), c.comments().stream().map(XlComment::text).toList());
        assertEquals(1, c.warnings().size());
        assertEquals("2:1", c.warnings().get(0).position().toString());
        assertTrue(XlConfigParser.LENIENT.isLenient());
        assertFalse(XlConfigParser.LIBXLU.isLenient());
        // a final comment *with* newline is fine for both
        assertTrue(XlConfigParser.LIBXLU.read(text + "\n", "f").warnings().isEmpty());
    }

    @Test
    public void strayCharacterAtTheVeryEndIsAnErrorInBothModes() {
        // libxlu's scanner happens to drop this (flex discards a pending yymore at end of input); we do not
        assertThrows(XlSyntaxException.class, () -> XlConfigParser.LENIENT.read("a = 1\n)", "f"));
        assertThrows(XlSyntaxException.class, () -> XlConfigParser.LIBXLU.read("a = 1\n#", "f"));
    }

    @Test
    public void decodesUtf8AndFallsBackToLatin1WithoutLosingBytes() {
        assertEquals("name = \"é\"", XlConfigParser.decode("name = \"é\"".getBytes(StandardCharsets.UTF_8)));
        byte[] latin1 = {'a', ' ', '=', ' ', '"', (byte) 0xe9, '"'};
        assertEquals("a = \"\u00e9\"", XlConfigParser.decode(latin1));
    }

    @Test
    public void lookupsFollowXl() throws XlSyntaxException {
        XlConfig c = parse("a = 1\nb = [2]\na = 3\n");
        assertEquals(List.of("a", "b"), c.keys());
        assertTrue(c.contains("b"));
        assertFalse(c.contains("z"));
        assertEquals(3, c.last("a").orElseThrow().line());
        assertTrue(c.last("z").isEmpty());
        assertTrue(c.value("z").isEmpty());
        XlValue b = c.value("b").orElseThrow();
        assertTrue(b.sameValue(XlList.of(List.of(XlString.number(2)))));
        assertFalse(b.sameValue(XlString.of("2")));
        assertEquals("a = 1\nb = [2]\na = 3\n", c.toString());
    }

    /**
     * Found while fuzzing (releng/org.xenophilia.fuzz, XlCfgParserFuzzTest): 5,000 nested lists (10 KB, e.g. in the
     * Agent's Xenophilia.VM.import_xl_cfg) overflowed the Agent's 512 KiB thread stack. Now refused at its line.
     */
    @Test
    public void listsNestedDeeperThanAHundredAreRefusedOnTheAgentsStack() throws Exception {
        String hundred = "x = " + "[".repeat(100) + "]".repeat(100) + "\n";
        String deep = "name = \"web\"\nx = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        AtomicReference<Object> results = new AtomicReference<>();
        Thread agentLike = new Thread(null, () -> {
            try {
                results.set(List.of(parse(hundred), error(deep)));
            } catch (Throwable t) {
                results.set(t);
            }
        }, "512k", 512 * 1024);
        agentLike.start();
        agentLike.join();
        if (!(results.get() instanceof List<?> both)) {
            throw new AssertionError("parsing failed on a 512 KiB stack", (Throwable) results.get());
        }
        XlSyntaxException e = (XlSyntaxException) both.get(1);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("lists nested more than 100 deep"), e.getMessage());
    }
}
