package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;

import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorClassifier;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * xl's error classifier ({@link XlErrorClassifier}), as the Agent's xl backend calls it on every command's exit code
 * and standard error: it never throws, and a non-zero exit code is always an error.
 * <p>
 * An input is read like the real xl 4.17 error captures that seed it (an {@code exit code: N} line, then standard
 * error after {@code --- stderr ---}); an input without that shape is all standard error, with exit code 1.
 */
class XlErrorClassifierFuzzTest {

    private static final String STDERR = "--- stderr ---\n";
    private static final String EXIT_CODE = "exit code: ";
    private static final AllocationBudget BUDGET = new AllocationBudget("XlErrorClassifier.classify", 256 << 10, 64);

    static {
        // the parser's classes are loaded, and instrumented, before the first input's timeout starts
        byte[] sample = ("exit code: 1\n--- stderr ---\n"
                + "libxl: error: libxl_domain.c:1:f: Domain 3:not enough memory\n").getBytes(UTF_8);
        Warmup.run(() -> new XlErrorClassifierFuzzTest().classify(sample));
    }

    @FuzzTest
    void classify(byte[] data) throws Exception {
        String text = new String(data, UTF_8);
        int exitCode = exitCode(text);
        int stderrAt = text.indexOf(STDERR);
        String stderr = stderrAt < 0 ? text : text.substring(stderrAt + STDERR.length());
        Optional<XlError> error = BUDGET.run(data.length, () -> XlErrorClassifier.classify(exitCode, stderr));
        if (exitCode != 0 && error.isEmpty()) {
            throw new AssertionError("exit code " + exitCode + " classified as success, standard error:\n" + stderr);
        }
    }

    /** The number after {@code exit code: } at the start of a line, or 1. */
    private static int exitCode(String text) {
        int at = text.startsWith(EXIT_CODE) ? 0 : text.indexOf("\n" + EXIT_CODE) + 1;
        if (at == 0 && !text.startsWith(EXIT_CODE)) {
            return 1;
        }
        int start = at + EXIT_CODE.length();
        int end = text.indexOf('\n', start);
        try {
            return Integer.parseInt(text.substring(start, end < 0 ? text.length() : end));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
