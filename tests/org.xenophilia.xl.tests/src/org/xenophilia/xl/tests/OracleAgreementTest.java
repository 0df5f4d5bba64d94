package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.cfg.XlValue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The parser agrees with Xen's own parser, libxlu, on 62 real xl.cfg files ({@code testdata/xlcfg-real}, with what
 * libxlu made of each in {@code oracle/}): the same files accepted and rejected, the same assignments in the same
 * order (line, operator, key, value), the assignments stored before the first error of a rejected file, and the line
 * of that first error.
 */
public class OracleAgreementTest {

    private static final String DIR = "xlcfg-real/";

    /** The two files libxlu rejects only for a final comment without newline; LENIENT accepts them. */
    private static final Set<String> FINAL_COMMENT_WITHOUT_NEWLINE = Set.of("012-babrakov-infoza.cfg",
            "021-babrakov-ubuntu-bak.cfg");

    static List<String> configs() {
        return TestData.files(DIR + "configs", ".cfg");
    }

    @Test
    public void theCorpusHasAll62FilesAndTheirOracle() {
        assertEquals(62, configs().size());
        assertEquals(62, TestData.files(DIR + "oracle", ".json").size());
    }

    private static JsonObject oracle(String config) {
        return JsonParser.parseString(TestData.text(DIR + "oracle/" + config.replace(".cfg", ".json")))
                .getAsJsonObject();
    }

    /** Our assignments in the oracle's JSON shape. */
    private static JsonArray settings(List<XlAssignment> assignments) {
        JsonArray array = new JsonArray();
        for (XlAssignment a : assignments) {
            JsonObject o = new JsonObject();
            o.addProperty("line", a.line());
            o.addProperty("op", a.operator().symbol());
            o.addProperty("name", a.key());
            o.add("value", json(a.value()));
            array.add(o);
        }
        return array;
    }

    private static JsonElement json(XlValue value) {
        if (value instanceof XlString s) {
            return new JsonPrimitive(s.value());
        }
        JsonArray a = new JsonArray();
        for (XlValue item : ((XlList) value).items()) {
            a.add(json(item));
        }
        return a;
    }

    /** libxlu's first diagnostic line is {@code FILE:LINE: config parsing error near ...}. */
    private static int firstErrorLine(JsonObject oracle) {
        String first = oracle.getAsJsonArray("stderr").get(0).getAsString();
        String[] parts = first.split(":");
        return Integer.parseInt(parts[1]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    public void strictParserAgreesWithLibxlu(String config) {
        JsonObject oracle = oracle(config);
        String text = TestData.text(DIR + "configs/" + config);
        boolean ok = oracle.get("ok").getAsBoolean();
        try {
            XlConfig parsed = XlConfigParser.LIBXLU.read(text, config);
            assertTrue(ok, config + ": libxlu rejects this file, the parser accepted it");
            assertEquals(oracle.getAsJsonArray("settings"), settings(parsed.assignments()), config);
        } catch (XlSyntaxException e) {
            if (ok) {
                fail(config + ": libxlu accepts this file, the parser rejected it: " + e.getMessage());
            }
            assertEquals(oracle.getAsJsonArray("settings"), settings(e.assignmentsBeforeError()),
                    config + ": assignments stored before the first error");
            assertEquals(firstErrorLine(oracle), e.line(), config + ": line of the first error: " + e.getMessage());
            assertTrue(e.column() > 0, "a column is reported");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    public void lenientParserDiffersOnlyOnAFinalCommentWithoutNewline(String config) {
        JsonObject oracle = oracle(config);
        String text = TestData.text(DIR + "configs/" + config);
        boolean ok = oracle.get("ok").getAsBoolean();
        boolean expectAccepted = ok || FINAL_COMMENT_WITHOUT_NEWLINE.contains(config);
        try {
            XlConfig parsed = XlConfigParser.LENIENT.read(text, config);
            assertTrue(expectAccepted, config + " must be rejected");
            // for the two lenient files, libxlu had stored every assignment before failing at the very end
            assertEquals(oracle.getAsJsonArray("settings"), settings(parsed.assignments()), config);
            List<XlDiagnostic> warnings = parsed.warnings();
            if (ok) {
                assertTrue(warnings.isEmpty(), config + ": no warnings expected, got " + warnings);
            } else {
                assertEquals(1, warnings.size(), config + ": " + warnings);
                assertEquals(firstErrorLine(oracle), warnings.get(0).line());
                assertTrue(warnings.get(0).message().contains("no line break"), warnings.get(0).message());
            }
        } catch (XlSyntaxException e) {
            assertFalse(expectAccepted, config + " must be accepted: " + e.getMessage());
        }
    }
}
