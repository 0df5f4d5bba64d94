package org.xenophilia.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Network;

/**
 * Every rule of one definition, each with a document that breaks it (the problem names the rule and the field) and
 * the same document put right (no problem at all).
 */
class NetworkRulesTest {

    private static final String V4 = "<ipv4 subnet=\"10.0.0.0/24\" gateway=\"10.0.0.1\"/>";
    private static final String V6 = "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\"/>";

    /**
     * One rule's case.
     *
     * @param rule the rule
     * @param path the field the problem names
     * @param kind the network's kind
     * @param failing the document's body that breaks the rule
     * @param passing the body put right
     */
    record Case(NetworkRule rule, String path, String kind, String failing, String passing) {
        @Override
        public String toString() {
            return rule.id() + " (" + path + ")";
        }
    }

    private static String v4(String subnet, String gateway, String inside) {
        return "<ipv4 subnet=\"" + subnet + "\"" + (gateway == null ? "" : " gateway=\"" + gateway + "\"")
                + (inside.isEmpty() ? "/>" : ">" + inside + "</ipv4>");
    }

    private static String dhcp(String start, String end, String leases) {
        return "<dhcp start=\"" + start + "\" end=\"" + end + "\""
                + (leases.isEmpty() ? "/>" : ">" + leases + "</dhcp>");
    }

    private static String lease(String mac, String address) {
        return "<lease mac=\"" + mac + "\" address=\"" + address + "\"/>";
    }

    private static String forward(String attributes) {
        return "<forward protocol=\"tcp\" " + attributes + "/>";
    }

    static List<Case> cases() {
        String range = dhcp("10.0.0.100", "10.0.0.200", "");
        return List.of(
                new Case(NetworkRule.MALFORMED_ADDRESS, "ipv4.gateway", "nat", v4("10.0.0.0/24", "10.0.0.256", ""),
                        V4),
                new Case(NetworkRule.MALFORMED_ADDRESS, "ipv4.dnsServers[0]", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", "<dns>010.0.0.53</dns>"),
                        v4("10.0.0.0/24", "10.0.0.1", "<dns>10.0.0.53</dns>")),
                new Case(NetworkRule.MALFORMED_ADDRESS, "ipv6.gateway", "nat",
                        V4 + "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1::2\"/>", V4 + V6),
                new Case(NetworkRule.MALFORMED_ADDRESS, "ipv4.subnet", "nat", v4("10.0.0.0/33", "10.0.0.1", ""), V4),
                new Case(NetworkRule.SUBNET_HOST_BITS, "ipv4.subnet", "nat", v4("10.0.0.5/24", "10.0.0.1", ""), V4),
                new Case(NetworkRule.SUBNET_HOST_BITS, "ipv6.prefix", "routed",
                        "<ipv6 prefix=\"fd00:1::9/64\" gateway=\"fd00:1::1\"/>", V6),
                new Case(NetworkRule.SUBNET_TOO_SMALL, "ipv4.subnet", "nat", v4("10.0.0.0/31", "10.0.0.1", ""),
                        v4("10.0.0.0/30", "10.0.0.1", "")),
                new Case(NetworkRule.SUBNET_RESERVED, "ipv4.subnet", "nat", v4("127.0.0.0/24", "127.0.0.1", ""), V4),
                new Case(NetworkRule.SUBNET_RESERVED, "ipv6.prefix", "routed",
                        "<ipv6 prefix=\"fe80::/64\" gateway=\"fe80::1\"/>", V6),
                new Case(NetworkRule.ADDRESSING_REQUIRED, "ipv4", "nat", "", V4),
                new Case(NetworkRule.ADDRESSING_REQUIRED, "ipv4", "routed", "", V6),
                new Case(NetworkRule.ADDRESSES_ON_BRIDGED, "ipv4", "bridged", "<uplink>eth0</uplink>" + V4,
                        "<uplink>eth0</uplink>"),
                new Case(NetworkRule.ADDRESSES_ON_BRIDGED, "ipv6", "bridged", "<uplink>eth0</uplink>" + V6,
                        "<uplink>eth0</uplink>"),
                new Case(NetworkRule.GATEWAY_REQUIRED, "ipv4.gateway", "nat", v4("10.0.0.0/24", null, ""), V4),
                new Case(NetworkRule.GATEWAY_REQUIRED, "ipv4.gateway", "private", v4("10.0.0.0/24", null, range),
                        v4("10.0.0.0/24", null, "")),
                new Case(NetworkRule.GATEWAY_OUTSIDE_SUBNET, "ipv4.gateway", "nat", v4("10.0.0.0/24", "10.0.1.1", ""),
                        V4),
                new Case(NetworkRule.GATEWAY_OUTSIDE_SUBNET, "ipv6.gateway", "routed",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:2::1\"/>", V6),
                new Case(NetworkRule.GATEWAY_RESERVED, "ipv4.gateway", "nat", v4("10.0.0.0/24", "10.0.0.255", ""),
                        v4("10.0.0.0/24", "10.0.0.254", "")),
                new Case(NetworkRule.GATEWAY_RESERVED, "ipv6.gateway", "routed",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::\"/>", V6),
                new Case(NetworkRule.DHCP_RANGE_OUTSIDE_SUBNET, "ipv4.dhcp.end", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.1.10", "")),
                        v4("10.0.0.0/24", "10.0.0.1", range)),
                new Case(NetworkRule.DHCP_RANGE_OUTSIDE_SUBNET, "ipv4.dhcp.start", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.0", "10.0.0.200", "")),
                        v4("10.0.0.0/24", "10.0.0.1", range)),
                new Case(NetworkRule.DHCP_RANGE_REVERSED, "ipv4.dhcp.end", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.200", "10.0.0.100", "")),
                        v4("10.0.0.0/24", "10.0.0.1", range)),
                new Case(NetworkRule.GATEWAY_IN_DHCP_RANGE, "ipv4.gateway", "nat",
                        v4("10.0.0.0/24", "10.0.0.150", range), v4("10.0.0.0/24", "10.0.0.1", range)),
                new Case(NetworkRule.DHCP_RANGE_REQUIRED, "ipv6.dhcp", "routed",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\" addressing=\"dhcpv6\"/>",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\" addressing=\"dhcpv6\">"
                                + "<dhcp start=\"fd00:1::100\" end=\"fd00:1::1ff\"/></ipv6>"),
                new Case(NetworkRule.DHCP_RANGE_UNUSED, "ipv6.dhcp", "routed",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\">"
                                + "<dhcp start=\"fd00:1::100\" end=\"fd00:1::1ff\"/></ipv6>",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\" addressing=\"dhcpv6\">"
                                + "<dhcp start=\"fd00:1::100\" end=\"fd00:1::1ff\"/></ipv6>"),
                new Case(NetworkRule.DHCP_RANGE_OUTSIDE_SUBNET, "ipv6.dhcp.end", "routed",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\" addressing=\"dhcpv6\">"
                                + "<dhcp start=\"fd00:1::100\" end=\"fd00:2::1ff\"/></ipv6>",
                        "<ipv6 prefix=\"fd00:1::/64\" gateway=\"fd00:1::1\" addressing=\"dhcpv6\">"
                                + "<dhcp start=\"fd00:1::100\" end=\"fd00:1::1ff\"/></ipv6>"),
                new Case(NetworkRule.SLAAC_PREFIX_LENGTH, "ipv6.prefix", "routed",
                        "<ipv6 prefix=\"fd00:1::/56\" gateway=\"fd00:1::1\"/>", V6),
                new Case(NetworkRule.IPV6_MTU, "mtu", "nat", "<mtu>1000</mtu>" + V4 + V6, "<mtu>1280</mtu>" + V4 + V6),
                new Case(NetworkRule.LEASE_OUTSIDE_SUBNET, "ipv4.dhcp.leases[0].address", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:01", "10.0.1.5"))),
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:01", "10.0.0.5")))),
                new Case(NetworkRule.LEASE_IS_GATEWAY, "ipv4.dhcp.leases[0].address", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:01", "10.0.0.1"))),
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:01", "10.0.0.5")))),
                new Case(NetworkRule.DUPLICATE_LEASE_MAC, "ipv4.dhcp.leases[1].mac", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:0a", "10.0.0.5") + lease("00:16:3E:00:00:0A", "10.0.0.6"))),
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:0a", "10.0.0.5") + lease("00:16:3e:00:00:0b", "10.0.0.6")))),
                new Case(NetworkRule.DUPLICATE_LEASE_ADDRESS, "ipv4.dhcp.leases[1].address", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:0a", "10.0.0.5") + lease("00:16:3e:00:00:0b", "10.0.0.5"))),
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:0a", "10.0.0.5") + lease("00:16:3e:00:00:0b", "10.0.0.6")))),
                new Case(NetworkRule.MULTICAST_MAC, "ipv4.dhcp.leases[0].mac", "nat",
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("01:00:5e:00:00:01", "10.0.0.5"))),
                        v4("10.0.0.0/24", "10.0.0.1", dhcp("10.0.0.100", "10.0.0.200",
                                lease("00:16:3e:00:00:01", "10.0.0.5")))),
                new Case(NetworkRule.FORWARD_NOT_NAT, "forwards[0]", "routed",
                        V4 + forward("hostPort=\"80\" guestAddress=\"10.0.0.9\""), V4),
                new Case(NetworkRule.FORWARD_OUTSIDE_SUBNET, "forwards[0].guestAddress", "nat",
                        V4 + forward("hostPort=\"80\" guestAddress=\"192.168.9.9\""),
                        V4 + forward("hostPort=\"80\" guestAddress=\"10.0.0.9\"")),
                new Case(NetworkRule.FORWARD_TO_GATEWAY, "forwards[0].guestAddress", "nat",
                        V4 + forward("hostPort=\"80\" guestAddress=\"10.0.0.1\""),
                        V4 + forward("hostPort=\"80\" guestAddress=\"10.0.0.9\"")),
                new Case(NetworkRule.FORWARD_PORT_RANGE, "forwards[0].hostPortEnd", "nat",
                        V4 + forward("hostPort=\"8010\" hostPortEnd=\"8000\" guestAddress=\"10.0.0.9\""),
                        V4 + forward("hostPort=\"8000\" hostPortEnd=\"8010\" guestAddress=\"10.0.0.9\"")),
                new Case(NetworkRule.FORWARD_PORT_RANGE, "forwards[0].guestPort", "nat",
                        V4 + forward("hostPort=\"8000\" hostPortEnd=\"8010\" guestPort=\"80\" "
                                + "guestAddress=\"10.0.0.9\""),
                        V4 + forward("hostPort=\"8000\" hostPortEnd=\"8000\" guestPort=\"80\" "
                                + "guestAddress=\"10.0.0.9\"")),
                new Case(NetworkRule.DUPLICATE_FORWARD, "forwards[1].hostPort", "nat",
                        V4 + forward("hostPort=\"8000\" hostPortEnd=\"8010\" guestAddress=\"10.0.0.9\"")
                                + forward("hostPort=\"8005\" guestAddress=\"10.0.0.8\""),
                        V4 + forward("hostPort=\"8000\" hostPortEnd=\"8010\" guestAddress=\"10.0.0.9\"")
                                + forward("hostPort=\"8011\" guestAddress=\"10.0.0.8\"")),
                new Case(NetworkRule.UPLINK_REQUIRED, "uplink", "bridged", "", "<uplink>eth0</uplink>"),
                new Case(NetworkRule.UPLINK_ON_PRIVATE, "uplink", "private", "<uplink>eth0</uplink>", ""),
                new Case(NetworkRule.VLAN_WITHOUT_UPLINK, "vlan", "bridged", "<vlan>42</vlan>",
                        "<uplink>eth0</uplink><vlan>42</vlan>"),
                new Case(NetworkRule.VLAN_NOT_BRIDGED, "vlan", "nat", "<uplink>eth0</uplink><vlan>42</vlan>" + V4,
                        "<uplink>eth0</uplink>" + V4),
                new Case(NetworkRule.VLAN_NAME_TOO_LONG, "vlan", "bridged",
                        "<uplink>enp0s20f0u1u2</uplink><vlan>42</vlan>", "<uplink>enp0s20f0u1</uplink><vlan>42</vlan>"),
                new Case(NetworkRule.BRIDGE_IS_UPLINK, "bridge", "bridged",
                        "<bridge>eth0</bridge><uplink>eth0</uplink>", "<bridge>br0</bridge><uplink>eth0</uplink>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFailingDocumentBreaksTheRuleAtItsField(Case rule) throws Exception {
        Network network = TestData.network("n", rule.kind(), rule.failing());

        List<NetworkProblem> problems = NetworkDefinitionValidator.validate(network);

        NetworkProblem problem = problems.stream().filter(found -> found.rule() == rule.rule()).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not reported: " + problems));
        assertEquals(rule.path(), problem.path(), problem.toString());
        assertEquals(rule.rule().severity(), problem.severity());
        assertTrue(problem.line() > 0, "a loaded network's problems have their line: " + problem);
        assertTrue(problem.message().contains(rule.path()), "the message names the field: " + problem.message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePassingDocumentHasNoProblemAtAll(Case rule) throws Exception {
        Network network = TestData.network("n", rule.kind(), rule.passing());

        assertEquals(List.of(), NetworkDefinitionValidator.validate(network));
    }

    /** The cross rules are NetworkCrossRulesTest's; every other rule of one definition has a case here. */
    @Test
    void everyRuleOfOneDefinitionHasACase() {
        Set<NetworkRule> covered = cases().stream().map(Case::rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(NetworkRule.class)));
        Set<NetworkRule> documentLevel = EnumSet.range(NetworkRule.XML_SYNTAX, NetworkRule.REQUIRED);
        Set<NetworkRule> cross = EnumSet.range(NetworkRule.DUPLICATE_NAME, NetworkRule.FORWARD_PORT_TAKEN);
        List<NetworkRule> missing = Arrays.stream(NetworkRule.values()).filter(rule -> !covered.contains(rule)
                && !documentLevel.contains(rule) && !cross.contains(rule)).toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void aNetworkBuiltInCodeIsCheckedByTheSchemaOnceAndHasNoLines() throws Exception {
        Network network = TestData.network("n", "nat", V4);
        network.getIpv4().setGateway("gw.example.org");
        network.setUplink("eth0;reboot");

        List<NetworkProblem> problems = NetworkDefinitionValidator.validate(network);

        assertEquals(List.of("invalid-value uplink", "invalid-value ipv4.gateway"), problems.stream()
                .map(problem -> problem.rule().id() + " " + problem.path()).toList(), problems.toString());
    }

    @Test
    void rulesHaveDistinctIdsAndDescriptions() {
        assertEquals(NetworkRule.values().length, Stream.of(NetworkRule.values()).map(NetworkRule::id).distinct()
                .count());
        for (NetworkRule rule : NetworkRule.values()) {
            assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
            assertTrue(rule.description().endsWith("."), rule.description());
        }
    }
}
