package org.xenophilia.benchmarks.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Kept-alive connections cost the Agent little heap each, so that as many as it accepts fit: 1,000 connections from 20
 * addresses (under its limits of 1,024 in all and 64 per address), each having made two calls
 * ({@code system.listMethods}, which needs no login), held open against an Agent process with the .deb launcher's 64 MB
 * heap; then an admin logs in and reads every VM. The load suite found Jetty's cache of header fields, built for each
 * connection once it is reused, holding ~90 KB of heap apiece: at about 500 such connections the Agent ran out of heap
 * and exited, so anyone able to connect could stop it without logging in.
 */
public class KeptAliveConnectionsTest {

    private static final int CONNECTIONS = 1000;
    private static final int PER_SOURCE = 50;

    @Test
    public void aThousandReusedConnectionsFitTheAgentsHeap() throws Exception {
        try (BenchHome home = new BenchHome();
                AgentChild agent = AgentChild.xenophiliad(home.serve("--demo-domains"))) {
            String[] at = agent.awaitServing(180);
            URI uri = URI.create(at[0]);
            List<KeepAliveRpcClient> open = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<?>> opened = new ArrayList<>();
                for (int i = 0; i < CONNECTIONS; i++) {
                    Wire wire = i % 2 == 0 ? Wire.XML_RPC : Wire.JSON_RPC;
                    InetAddress from = InetAddress.getByName("127.0.0." + (2 + i / PER_SOURCE));
                    opened.add(pool.submit(() -> {
                        KeepAliveRpcClient c = new KeepAliveRpcClient(uri, at[1], wire, from);
                        open.add(c);
                        c.call(wire.body("system.listMethods"));
                        c.call(wire.body("system.listMethods")); // reused: what made Jetty build its cache
                        return null;
                    }));
                }
                for (Future<?> f : opened) {
                    try {
                        f.get(300, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        throw new AssertionError("a connection failed: " + e.getCause() + (agent.process().isAlive()
                                ? "" : "; the Agent exited:\n" + agent.output()), e);
                    }
                }
                assertEquals(CONNECTIONS, open.size());
                assertTrue(agent.process().isAlive(), agent.output());
                try (XenApiClient admin = BenchHome.login(at[0], at[1], Duration.ofSeconds(60))) {
                    assertEquals(4, WireValues.asMap(admin.callWithSession("VM.get_all_records")).size(),
                            "the demo domains and the control domain");
                }
            } finally {
                pool.shutdownNow();
                for (KeepAliveRpcClient c : open) {
                    c.close();
                }
            }
        }
    }
}
