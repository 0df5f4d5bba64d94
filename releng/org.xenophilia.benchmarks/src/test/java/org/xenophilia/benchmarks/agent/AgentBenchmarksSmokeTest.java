package org.xenophilia.benchmarks.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks that each Agent benchmark runs end to end on a tiny size, with real Agent processes. It asserts no timings
 * or memory figures: those are in the benchmarks' reports, run by hand (see run.sh).
 */
public class AgentBenchmarksSmokeTest {

    @Test
    public void launcherFlagsAreRead() throws Exception {
        List<String> flags = AgentChild.launcherJvmFlags();
        assertTrue(flags.contains("-XX:+UseSerialGC"), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("-Xmx")), flags.toString());
    }

    @Test
    public void rssBenchmarkRuns() throws Exception {
        AgentRssBenchmark b = new AgentRssBenchmark(5, 1);
        b.run();
        assertTrue(b.idleKib() > 0 && b.afterUseKib() > 0);
        assertTrue(b.report().contains("idle RSS after restart"), b.report());
    }

    @Test
    public void storageBenchmarkRunsWithAndWithoutThePlugins() throws Exception {
        StorageBenchmark b = new StorageBenchmark(5, 1, 1);
        b.run();
        assertEquals(5, b.listed(), b.report());
        assertTrue(b.report().contains("storage plug-ins off the class path"), b.report());
        assertTrue(b.report().contains("ratio of p50s"), b.report());
    }

    @Test
    public void rpcThroughputBenchmarkRuns() throws Exception {
        RpcThroughputBenchmark b = new RpcThroughputBenchmark(2, Duration.ofMillis(1000), 1, 5);
        b.run();
        assertEquals(List.of("echo XML-RPC", "VM.get_record XML-RPC", "VM.get_all_records XML-RPC", "echo JSON-RPC",
                "VM.get_record JSON-RPC", "VM.get_all_records JSON-RPC"), b.phases());
        assertTrue(b.ratio() > 0 && b.jsonShare("VM.get_all_records") > 0, b.report());
        assertTrue(b.report().contains("VM.get_record / echo (XML-RPC)"), b.report());
        assertTrue(b.report().contains("client decode of one VM.get_all_records answer"), b.report());
    }

    @Test
    public void eventLatencyBenchmarkRuns() throws Exception {
        EventLatencyBenchmark b = new EventLatencyBenchmark(10);
        b.run();
        assertEquals(10, b.changeToEvent().count());
        assertFalse(Double.isNaN(b.changeToEvent().percentileMillis(99)));
    }
}
