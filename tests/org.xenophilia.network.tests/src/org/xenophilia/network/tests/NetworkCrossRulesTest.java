package org.xenophilia.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkContext.HostInterface;
import org.xenophilia.network.NetworkContext.HostRoute;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Network;

/**
 * Every cross rule, each with a network that clashes with the node (the problem names the rule, the field and what it
 * clashes with) and the same network put right (no problem at all), on one node: networks lab (nat 10.0.0.0/24,
 * tcp 8080 forwarded) and office (bridged on eth0, VLAN 42); interfaces eth0, br0 (the admin's bridge) and xnold (a
 * bridge Xenophilia made) and xnlab (lab's); routes 192.168.1.0/24 on eth0, a host route to 172.16.0.7, the default
 * route, and 10.50.0.0/24 on xnn (the bridge of the network checked, named n: its own route).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkCrossRulesTest {

    private final NetworkContext node;

    NetworkCrossRulesTest() throws Exception {
        Network lab = TestData.network("lab", "nat", "<ipv4 subnet=\"10.0.0.0/24\" gateway=\"10.0.0.1\"/>"
                + "<forward protocol=\"tcp\" hostPort=\"8080\" guestAddress=\"10.0.0.9\"/>");
        Network office = TestData.network("office", "bridged", "<uplink>eth0</uplink><vlan>42</vlan>");
        node = new NetworkContext(List.of(lab, office),
                List.of(HostRoute.parse("192.168.1.0/24", "eth0"), HostRoute.parse("0.0.0.0/0", "eth0"),
                        HostRoute.parse("10.50.0.0/24", "xnn"), HostRoute.parse("172.16.0.7", "eth0")),
                List.of(new HostInterface("lo", "loopback", false), new HostInterface("eth0", null, false),
                        new HostInterface("br0", "bridge", false), new HostInterface("xnold", "bridge", true),
                        new HostInterface("xnlab", "bridge", true)));
    }

    private static String nat(String subnet, String more) {
        String gateway = subnet.substring(0, subnet.lastIndexOf('.')) + ".1";
        return "<ipv4 subnet=\"" + subnet + "\" gateway=\"" + gateway + "\"/>" + more;
    }

    /**
     * One rule's case.
     *
     * @param rule the rule
     * @param path the field the problem names
     * @param clash what the message names as taken or missing
     * @param kind the network's kind
     * @param name the network's name
     * @param failing the body that clashes
     * @param passing the body put right
     */
    record Case(NetworkRule rule, String path, String clash, String kind, String name, String failing,
            String passing) {
        @Override
        public String toString() {
            return rule.id() + " (" + clash + ")";
        }
    }

    List<Case> cases() {
        return List.of(
                new Case(NetworkRule.DUPLICATE_NAME, "name", "name lab", "nat", "lab", nat("10.9.0.0/24", ""),
                        nat("10.9.0.0/24", "")),
                new Case(NetworkRule.SUBNET_OVERLAP, "ipv4.subnet", "network lab", "nat", "n",
                        nat("10.0.0.0/16", ""), nat("10.9.0.0/24", "")),
                new Case(NetworkRule.ROUTE_OVERLAP, "ipv4.subnet", "route to 192.168.1.0/24 on eth0", "nat", "n",
                        nat("192.168.1.0/24", ""), nat("10.9.0.0/24", "")),
                new Case(NetworkRule.ROUTE_OVERLAP, "ipv4.subnet", "route to 172.16.0.7/32 on eth0", "nat", "n",
                        nat("172.16.0.0/24", ""), nat("10.50.0.0/24", "")),
                new Case(NetworkRule.UPLINK_MISSING, "uplink", "eth9", "nat", "n",
                        "<uplink>eth9</uplink>" + nat("10.9.0.0/24", ""), "<uplink>eth0</uplink>" + nat("10.9.0.0/24",
                                "")),
                new Case(NetworkRule.UPLINK_IS_BRIDGE, "uplink", "br0 is a bridge", "bridged", "n",
                        "<uplink>br0</uplink>", "<uplink>br0</uplink><vlan>7</vlan>"),
                new Case(NetworkRule.UPLINK_TAKEN, "uplink", "bridged network office", "bridged", "n",
                        "<uplink>eth0</uplink><vlan>42</vlan>", "<uplink>eth0</uplink><vlan>43</vlan>"),
                new Case(NetworkRule.BRIDGE_TAKEN, "bridge", "that Xenophilia did not make", "nat", "n",
                        "<bridge>br0</bridge>" + nat("10.9.0.0/24", ""), "<bridge>xnold</bridge>"
                                + nat("10.9.0.0/24", "")),
                new Case(NetworkRule.BRIDGE_TAKEN, "bridge", "bridge of network lab", "nat", "n",
                        "<bridge>xnlab</bridge>" + nat("10.9.0.0/24", ""), nat("10.9.0.0/24", "")),
                new Case(NetworkRule.FORWARD_PORT_TAKEN, "forwards[0].hostPort", "network lab", "nat", "n",
                        nat("10.9.0.0/24", "<forward protocol=\"tcp\" hostPort=\"8000\" hostPortEnd=\"8100\" "
                                + "guestAddress=\"10.9.0.9\"/>"),
                        nat("10.9.0.0/24", "<forward protocol=\"udp\" hostPort=\"8000\" hostPortEnd=\"8100\" "
                                + "guestAddress=\"10.9.0.9\"/>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theClashingNetworkBreaksTheRuleNamingWhatItClashesWith(Case rule) throws Exception {
        Network network = TestData.network(rule.name(), rule.kind(), rule.failing());
        assertEquals(List.of(), NetworkDefinitionValidator.validate(network), "alone, the network is fine");

        List<NetworkProblem> problems = NetworkDefinitionValidator.validate(network, node);

        NetworkProblem problem = problems.stream().filter(found -> found.rule() == rule.rule()).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not reported: " + problems));
        assertEquals(rule.path(), problem.path(), problem.toString());
        assertTrue(problem.message().contains(rule.clash()), problem.message());
        assertTrue(problem.line() > 0, problem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNetworkPutRightHasNoProblemOnTheNode(Case rule) throws Exception {
        Network network = TestData.network(rule.rule() == NetworkRule.DUPLICATE_NAME ? "n" : rule.name(),
                rule.kind(), rule.passing());

        assertEquals(List.of(), NetworkDefinitionValidator.validate(network, node));
    }

    @Test
    void everyCrossRuleHasACase() {
        Set<NetworkRule> covered = cases().stream().map(Case::rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(NetworkRule.class)));
        List<NetworkRule> missing = Arrays.stream(NetworkRule.values()).filter(rule -> rule.compareTo(
                NetworkRule.DUPLICATE_NAME) >= 0 && !covered.contains(rule)).toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void anEmptyContextFindsNothingTakenButAnUplinkMissing() throws Exception {
        Network network = TestData.network("n", "bridged", "<uplink>eth0</uplink>");

        List<NetworkProblem> problems = NetworkDefinitionValidator.validate(network, NetworkContext.EMPTY);

        assertEquals(List.of(NetworkRule.UPLINK_MISSING), problems.stream().map(NetworkProblem::rule).toList());
        assertEquals("uplink eth0 is not an interface of the host", problems.get(0).message());
    }

    @Test
    void theMessagesSayWhatClashes() throws Exception {
        Network network = TestData.network("n", "nat", "<uplink>eth9</uplink>" + nat("10.0.0.0/16", ""));

        List<String> messages = NetworkDefinitionValidator.validate(network, node).stream()
                .map(NetworkProblem::message).toList();

        assertEquals(List.of("ipv4.subnet 10.0.0.0/16 overlaps 10.0.0.0/24, ipv4.subnet of network lab: choose a "
                + "subnet of its own", "uplink eth9 is not an interface of the host (it has lo, eth0, br0)"), messages);
    }
}
