package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.xenophilia.xl.output.XlListEntry;
import org.xenophilia.xl.output.XlListOutput;
import org.xenophilia.xl.output.XlOutputFormatException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code xl list}'s reader ({@link XlListOutput}, all its column variants), as the Agent's xl backend calls it on xl's
 * standard output every poll: any text is either read into rows with a name, a domid and figures that are not
 * negative, or refused with {@link XlOutputFormatException}. Seeds: the real xl 4.17 captures.
 */
class XlListFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XlListOutput.parse", 256 << 10, 128);

    static {
        // the parser's classes are loaded, and instrumented, before the first input's timeout starts
        byte[] sample = "Name ID Mem VCPUs\tState\tTime(s)\nDomain-0 0 1024 2 r----- 12.5\n".getBytes(UTF_8);
        Warmup.run(() -> new XlListFuzzTest().parse(sample));
    }

    @FuzzTest
    void parse(byte[] data) throws Exception {
        XlOutputs.read(BUDGET, data, output -> {
            for (XlListEntry e : XlListOutput.parse(output)) {
                if (e.name().isBlank() || e.domid() < 0 || e.memoryMiB() < 0 || e.vcpus() < 0
                        || e.cpuTimeSeconds() < 0) {
                    throw new AssertionError("read " + e + " from:\n" + output);
                }
            }
        });
    }
}
