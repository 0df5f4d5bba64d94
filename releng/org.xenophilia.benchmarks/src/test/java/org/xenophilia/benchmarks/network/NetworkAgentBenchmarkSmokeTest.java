package org.xenophilia.benchmarks.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark of the node's networks through the Agent on 3 networks, as root (a network namespace plays the
 * node), and checks what a user would notice, never timings: the Agent restarted with its networks lists them and
 * leaves each its dnsmasq, a start after every dnsmasq was killed puts each back, and nothing of the run is left.
 */
public class NetworkAgentBenchmarkSmokeTest {

    @Test
    public void theAgentKeepsAndRepairsItsNetworksAndNothingIsLeft() throws Exception {
        assertEquals("root", System.getProperty("user.name"), "the network benchmarks need root");
        NetworkAgentBenchmark b = new NetworkAgentBenchmark(3, 2, 1);
        b.run();
        assertEquals(3, b.listed(), b.report());
        assertEquals(3, b.dnsmasqAfterStart(), "one dnsmasq per network after the restarts: " + b.report());
        assertEquals(3, b.dnsmasqAfterRepair(), "each killed dnsmasq started again at start: " + b.report());
        assertTrue(b.report().contains("ratio of p50s"), b.report());
        assertTrue(b.leftNothing(), "the namespace (with the networks) and the Agent's directories are gone");
    }
}
