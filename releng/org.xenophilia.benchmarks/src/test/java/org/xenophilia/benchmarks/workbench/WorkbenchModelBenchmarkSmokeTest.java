package org.xenophilia.benchmarks.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks that the Workbench model benchmark works, on a small fleet; never its timings. */
public class WorkbenchModelBenchmarkSmokeTest {

    @Test
    public void eventsModeMeasuresEveryChange() throws Exception {
        WorkbenchModelBenchmark b = new WorkbenchModelBenchmark();
        b.events(2, 20, 10);
        String report = String.join("\n", b.report());
        assertTrue(report.contains("2 Agents x 20 domains"), report);
        assertTrue(report.contains("(10 samples)"), report);
    }

    @Test
    public void loadModeSeesEveryDomainOfEveryNode() throws Exception {
        WorkbenchModelBenchmark b = new WorkbenchModelBenchmark();
        b.load(4, 10, 2);
        String report = String.join("\n", b.report());
        assertTrue(report.contains("4 nodes x 10 domains (served by 2 Agents), all 40 domains"), report);
        assertTrue(report.contains("heap used after a full GC"), report);
    }
}
