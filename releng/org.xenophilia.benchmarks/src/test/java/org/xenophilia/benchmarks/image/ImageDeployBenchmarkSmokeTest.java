package org.xenophilia.benchmarks.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Checks that the image deployment benchmark runs on a small disk (the deployer found on the class path, both
 * compressions, both pipelines) and reports a ratio and a peak heap. It asserts no timings.
 */
public class ImageDeployBenchmarkSmokeTest {

    @Test
    public void bothCompressionsAreMeasuredAgainstThePipeline() throws Exception {
        ImageDeployBenchmark benchmark = new ImageDeployBenchmark(64, 1,
                Path.of(System.getProperty("java.home"), "conf"));
        benchmark.run();
        assertEquals(2, benchmark.ratios().size(), benchmark.report().toString());
        assertTrue(benchmark.ratios().stream().allMatch(r -> r > 0), benchmark.report().toString());
        assertTrue(benchmark.peakHeap() > 0);
        assertTrue(benchmark.report().get(1).startsWith("zstd") && benchmark.report().get(2).startsWith("xz"),
                benchmark.report().toString());
    }
}
