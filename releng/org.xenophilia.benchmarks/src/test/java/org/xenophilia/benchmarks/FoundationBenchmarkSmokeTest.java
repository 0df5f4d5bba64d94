package org.xenophilia.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks that the benchmark runs and measures every phase on a small corpus. It asserts no timings: those live in
 * the benchmark's report, run by hand (see run.sh), never in the test suite.
 */
public class FoundationBenchmarkSmokeTest {

    @Test
    public void everyGeneratedDocumentLoadsValidatesAndParses() throws Exception {
        FoundationBenchmark benchmark = new FoundationBenchmark(200, 2);
        benchmark.run(); // throws if a generated XML document is invalid or an xl.cfg file does not parse
        assertEquals(List.of("jdk-dom-parse", "xml-load", "xml-load+validate", "xlcfg-parse",
                "xlcfg-parse+decode", "xlcfg-real-parse", "xlcfg-real-parse+decode"), benchmark.phases());
        for (String phase : benchmark.phases()) {
            assertTrue(benchmark.millisPerDocument(phase) > 0, phase);
        }
        assertTrue(benchmark.report().contains("xml-load+validate"));
    }

    @Test
    public void theRealConfigsAreThoseTheCodecReads() throws Exception {
        assertEquals(57, FoundationBenchmark.realConfigs().size(), "62 real files, 5 of which no parser reads");
    }

    @Test
    public void corpusIsVariedAndRepeatable() {
        List<String> first = DomainCorpus.xlConfigs(50, 7);
        assertEquals(first, DomainCorpus.xlConfigs(50, 7));
        assertTrue(first.stream().distinct().count() == 50, "no two generated configs alike");
        assertTrue(first.stream().anyMatch(c -> c.contains("format=qcow2")));
        assertTrue(first.stream().anyMatch(c -> c.contains("file:/srv")));
        assertTrue(DomainCorpus.xmlDocuments(50, 7).stream().distinct().count() == 50);
    }
}
