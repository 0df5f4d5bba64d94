package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import org.xenophilia.xl.output.XlInfo;
import org.xenophilia.xl.output.XlOutputFormatException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code xl info}'s reader ({@link XlInfo}, also {@code -n}) and every getter, as the Agent's xl backend reads the
 * host's figures from it: any text is either refused with {@link XlOutputFormatException} or read into figures
 * whose getters answer (the host's memory and CPUs not negative); only the tables of {@code -n}
 * ({@link XlInfo#cpuTopology()}, {@link XlInfo#numaNodes()}) may refuse a malformed row, with the
 * {@link IllegalStateException} they document. Seeds: the real xl 4.17 captures.
 */
class XlInfoFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XlInfo.parse", 256 << 10, 256);

    static {
        // the parser's classes are loaded, and instrumented, before the first input's timeout starts
        byte[] sample = "total_memory : 2048\nfree_memory : 100\nnr_cpus : 2\n".getBytes(UTF_8);
        Warmup.run(() -> new XlInfoFuzzTest().parse(sample));
    }

    @FuzzTest
    void parse(byte[] data) throws Exception {
        XlOutputs.read(BUDGET, data, output -> read(XlInfo.parse(output)));
    }

    private static void read(XlInfo info) {
        if (info.totalMemoryMiB() < 0 || info.freeMemoryMiB() < 0 || info.nrCpus() < 0) {
            throw new AssertionError("negative figures: " + info.asMap());
        }
        List.of(info.asMap(), info.totalMemoryMiB(), info.freeMemoryMiB(), info.sharingFreedMemoryMiB(),
                info.sharingUsedMemoryMiB(), info.outstandingClaimsMiB(), info.nrCpus(), info.maxCpuId(),
                info.nrNodes(), info.coresPerSocket(), info.threadsPerCore(), info.freeCpus(), info.cpuMhz(),
                info.xenPageSize(), info.host(), info.xenVersion(), info.xenMajor(), info.xenMinor(),
                info.xenScheduler(), info.xenCommandline(), info.virtCaps(), info.xenCaps());
        try {
            info.cpuTopology();
        } catch (IllegalStateException refused) {
            // documented: a malformed cpu_topology row
        }
        try {
            info.numaNodes();
        } catch (IllegalStateException refused) {
            // documented: a malformed numa_info row
        }
    }
}
