package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * {@code kill -9} of a real {@code xenophiliad} with the {@code linux} host networking, in a namespace playing the
 * node ({@link NodeNamespace}), at each step of {@code network.create} and {@code network.destroy} of a NAT network
 * (the test seam {@link HaltPoints} halts it there, as SIGKILL would): create with its plan recorded and nothing on
 * the host yet, the bridge made, the firewall loaded, the network whole on the host before and after its definition
 * is written; destroy with the definition gone, the rules gone, the bridge gone. Then a restart on the same state:
 * the network is whole (defined, listed, on the host as defined) or gone (neither defined nor listed, nothing of it
 * on the host or in the state directory, and nothing in the way of making it again). Never half. (The bridge made
 * and not yet marked ours was such a half: {@code ip -batch -} makes and marks it in one process now.)
 * <p>
 * The cases run side by side, as {@link KillAtEachStepTest}'s do: each has its own node (a namespace, its link and
 * its /30 named by the node's number in this JVM), so its bridge, nftables table, forwarding and dnsmasq are its
 * namespace's, and its {@code @TempDir}, Agent processes and port are its own.
 */
class NetworkKillTest extends LinuxAgentFixture {

    private XenApiClient start(String haltAt) throws Exception {
        return startAgent(haltAt == null ? List.of() : List.of("-D" + HaltPoints.PROPERTY + "=" + haltAt));
    }

    /** Runs the change in an Agent halted at the step, and checks that it halted there. */
    private void killDuring(String step, HaltedChange.Change change) throws Exception {
        XenApiClient c = start(step.replace("STATE", state().toString()));
        HaltedChange.perform(agent, c, step, change);
        agent = null;
    }

    private static String create(XenApiClient c) throws Exception {
        return (String) c.callWithSession("Xenophilia.network.create_from_xml", LinuxNetworksTest.LAB);
    }

    private static String lab(XenApiClient c) throws Exception {
        for (Map.Entry<String, Object> r : WireValues.asMap(c.callWithSession("network.get_all_records"))
                .entrySet()) {
            if ("lab".equals(WireValues.asMap(r.getValue()).get("name_label"))) {
                return r.getKey();
            }
        }
        return null;
    }

    @ParameterizedTest
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"renamed STATE/network/lab/plan.properties", "ran ip -batch -", "ran nft -f -",
        "renaming STATE/networks/lab.xml", "renamed STATE/networks/lab.xml"})
    void createKilledAtEachStepLeavesTheNetworkWholeOrGone(String step) throws Exception {
        killDuring(step, NetworkKillTest::create);
        wholeOrGone(start(null));
    }

    @ParameterizedTest
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"deleted STATE/networks/lab.xml", "ran nft -f -", "ran ip link del dev xnlab"})
    void destroyKilledAtEachStepLeavesTheNetworkWholeOrGone(String step) throws Exception {
        create(start(null));
        agent.close();
        killDuring(step, c -> c.callWithSession("network.destroy", lab(c)));
        wholeOrGone(start(null));
    }

    private void wholeOrGone(XenApiClient c) throws Exception {
        String lab = lab(c);
        if (lab == null) {
            assertFalse(Files.exists(state().resolve("networks/lab.xml")), "a network not listed is not defined");
            assertFalse(node.node("ip", "-json", "link", "show").contains("xnlab"), "no bridge is left");
            assertFalse(node.node("nft", "list", "ruleset").contains("lab: "), "no rule of it is left");
            assertEquals(List.of(), node.processes("dnsmasq"), "no dnsmasq is left");
            assertFalse(Files.exists(state().resolve("network/lab")), "none of its files is left");
            lab = create(c); // nothing in the way
        }
        assertTrue(Files.exists(state().resolve("networks/lab.xml")));
        assertEquals(List.of(), WireValues.asList(c.callWithSession("Xenophilia.network.check", lab)),
                "a listed network is on the host as defined");
        assertTrue(node.node("ip", "-details", "-json", "link", "show", "dev", "xnlab").contains(
                "\"ifalias\":\"xenophilia:lab\""));
        assertEquals(1, node.processes("dnsmasq").size());
    }
}
