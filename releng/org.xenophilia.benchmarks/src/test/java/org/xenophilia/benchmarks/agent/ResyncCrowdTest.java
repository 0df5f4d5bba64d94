package org.xenophilia.benchmarks.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;

/**
 * A crowd of Workbenches resyncing at once, as after a restart of the Agent: each one's first {@code event.from} (token
 * {@code ""}, the Workbench's classes), 32 at the same moment, half of them over each wire, against an Agent process
 * with the .deb launcher's 64 MB heap and 500 VMs. The load suite found that the Agent built every one of those answers
 * whole in its heap at the same time, ran out of it and exited ({@code -XX:+ExitOnOutOfMemoryError}); under systemd
 * every Workbench would then reconnect, resync and bring it down again. Such answers are now made a few at a time.
 */
public class ResyncCrowdTest {

    private static final int VMS = 500;
    private static final int WORKBENCHES = 32;

    @Test
    public void workbenchesResyncingAtOnceEachGetEveryVmAndTheAgentLivesOn() throws Exception {
        try (BenchHome home = new BenchHome();
                AgentChild agent = AgentChild.xenophiliad(home.serve("--demo-domains"))) {
            String[] at = agent.awaitServing(180);
            URI uri = URI.create(at[0]);
            LoadFleet fleet = LoadFleet.seed(uri, at[1], VMS);
            ExecutorService pool = Executors.newFixedThreadPool(WORKBENCHES);
            try {
                CountDownLatch loggedIn = new CountDownLatch(WORKBENCHES);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> vmsSeen = new ArrayList<>();
                for (int i = 0; i < WORKBENCHES; i++) {
                    Wire wire = i % 2 == 0 ? Wire.XML_RPC : Wire.JSON_RPC;
                    InetAddress from = InetAddress.getByName("127.0.0." + (2 + i));
                    vmsSeen.add(pool.submit(() -> {
                        try (KeepAliveRpcClient c = new KeepAliveRpcClient(uri, at[1], wire, from)) {
                            String session = WireValues.asString(RpcAnswers.outcome(wire, c.call(wire.body(
                                    "session.login_with_password", BenchHome.USER, BenchHome.PASSWORD))));
                            loggedIn.countDown();
                            go.await();
                            EventBatch all = EventBatch.fromWire(RpcAnswers.outcome(wire, c.call(wire.body(
                                    "event.from", session, EventFollower.CLASSES, "", 30.0))));
                            return (int) all.events().stream().filter(e -> "vm".equals(e.cls())).count();
                        }
                    }));
                }
                assertTrue(loggedIn.await(120, TimeUnit.SECONDS), "the Workbenches logged in");
                go.countDown();
                for (Future<Integer> seen : vmsSeen) {
                    try {
                        assertEquals(fleet.vmCount(), seen.get(300, TimeUnit.SECONDS), "every VM in the resync");
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new AssertionError("a resync failed: " + e.getCause() + (agent.process().isAlive()
                                ? "" : "; the Agent exited:\n" + agent.output()), e);
                    }
                }
                assertTrue(agent.process().isAlive(), agent.output());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
