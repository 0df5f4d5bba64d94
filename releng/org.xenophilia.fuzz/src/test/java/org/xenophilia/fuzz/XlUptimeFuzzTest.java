package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.Map;

import org.xenophilia.xl.output.XlOutputFormatException;
import org.xenophilia.xl.output.XlUptimeOutput;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code xl uptime}'s reader ({@link XlUptimeOutput}), as the Agent's xl backend calls it on xl's standard output
 * (decoded as UTF-8): any text is either read into non-negative uptimes by domid or refused with
 * {@link XlOutputFormatException}. Seeds: the real xl 4.17 captures.
 */
class XlUptimeFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XlUptimeOutput.parse", 256 << 10, 256);

    static {
        // the parser's classes are loaded, and instrumented, before the first input's timeout starts
        Warmup.run(() -> new XlUptimeFuzzTest().parse("Name ID Uptime\nDomain-0 0 1 day, 0:01:40\n".getBytes(UTF_8)));
    }

    @FuzzTest
    void parse(byte[] data) throws Exception {
        XlOutputs.read(BUDGET, data, output -> {
            for (Map.Entry<Integer, Duration> e : XlUptimeOutput.parse(output).entrySet()) {
                if (e.getKey() < 0 || e.getValue().isNegative()) {
                    throw new AssertionError("read " + e + " from:\n" + output);
                }
            }
        });
    }
}
