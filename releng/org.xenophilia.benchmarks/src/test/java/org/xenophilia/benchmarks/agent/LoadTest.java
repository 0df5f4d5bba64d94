package org.xenophilia.benchmarks.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The load suite at CI size ({@link LoadBenchmark}): 200 concurrent clients, each on keep-alive connections and a
 * session of its own, ten to a source address, half over XML-RPC and half over JSON-RPC, 20 of them Workbenches
 * following events, each making {@value #CALLS} calls of the mix (record reads, lifecycle operations on its own VM,
 * some {@code Async.} with their tasks, definition changes, contested operations on the demo domains, logins and
 * logouts, {@code event.from} waits) against an Agent process started as the .deb starts it. The load part takes about
 * a minute on 2 shared cores; defining the 200 VMs, connecting and the Agent's coming back to rest (its task pool's
 * threads end after 60 s) take as long again.
 * <p>
 * Asserted is what users notice, never a timing (those are reported; figures: {@code run.sh agent-load},
 * {@code docs/benchmarks.md}): no error of any kind (a transport failure, an unexpected XenAPI error,
 * {@code INTERNAL_ERROR}, a wrong answer, a hang), every client done, every change a Workbench client made shown by its
 * event loop, the Agent's resident memory bounded ({@link #RSS_BOUND_MIB}), and its threads and open files back to
 * idle once the clients are gone.
 */
public class LoadTest {

    /** Calls per client. */
    static final int CALLS = 25;

    /**
     * The bound on the Agent's peak resident memory (VmHWM), in MiB. The launcher caps the heap at 64 MiB
     * ({@code -Xmx64m}): a heap the load outgrew would make the Agent exit ({@code -XX:+ExitOnOutOfMemoryError}), which
     * the errors show. The rest is the JVM's own, bounded by the launcher's other flags rather than by the load: a JVM
     * with these flags that only sleeps holds ~34 MiB (libjvm, the CDS archive), metaspace and class space ~23 MiB for
     * the Agent's ~5,000 classes, C2's arenas up to ~22 MiB while it compiles (given back by
     * {@code TrimNativeHeapInterval}), code ~4 MiB, ~70 threads' stacks and the I/O buffers ~10 MiB: with the whole heap,
     * ~157 MiB. 192 leaves a margin; native memory growing with clients or calls (threads, buffers) would pass it.
     */
    static final long RSS_BOUND_MIB = 192;

    @Test
    public void twoHundredClientsOfBothWiresMeetNoErrorSeeTheirChangesAndLeaveTheAgentAsItWas() throws Exception {
        LoadBenchmark b = new LoadBenchmark(200, CALLS, LoadBenchmark.Wires.BOTH, false);
        b.run();
        String report = b.report();
        System.out.print(report);
        assertEquals(0, b.errors(), "errors under load:\n" + report);
        assertEquals(200, b.finished(), "every client made its calls:\n" + report);
        assertEquals(20, b.workbenches(), report);
        long[] changes = b.workbenchChanges();
        assertTrue(changes[0] > 0, "the Workbench clients changed their VMs:\n" + report);
        assertEquals(changes[0], changes[1], "every change a Workbench client made showed in its event loop:\n"
                + report);
        assertTrue(b.peak().hwmKib() <= RSS_BOUND_MIB * 1024, "the Agent's peak RSS within " + RSS_BOUND_MIB
                + " MiB:\n" + report);
        assertTrue(b.cameToRest(), "the Agent back at rest:\n" + report);
        assertTrue(b.after().threads() <= b.idle().threads() + LoadBenchmark.THREAD_MARGIN, "threads back to idle:\n"
                + report);
        assertTrue(b.after().files() <= b.idle().files() + LoadBenchmark.FILE_MARGIN, "open files back to idle:\n"
                + report);
    }
}
