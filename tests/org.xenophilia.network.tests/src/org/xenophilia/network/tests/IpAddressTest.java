package org.xenophilia.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.network.IpAddress;
import org.xenophilia.network.IpAddress.Family;
import org.xenophilia.network.IpPrefix;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Network;

/** Addresses are parsed from their literal text only: the forms tools agree on, never a name, never a lookup. */
class IpAddressTest {

    @ParameterizedTest
    @CsvSource({ "0.0.0.0, 0.0.0.0", "192.168.100.1, 192.168.100.1", "255.255.255.255, 255.255.255.255",
        "::, ::", "::1, ::1", "FD00:0100:0000:0000:0000:0000:0000:0001, fd00:100::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8::, 2001:db8::", "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8", "1:0:3:4:5:6:7:8, 1:0:3:4:5:6:7:8",
        "::ffff:192.0.2.1, ::ffff:c000:201", "64:ff9b::192.0.2.33, 64:ff9b::c000:221" })
    void literalsParseToTheirCanonicalText(String text, String canonical) {
        IpAddress address = IpAddress.parse(text);

        assertEquals(canonical, address.toString());
        assertEquals(address, IpAddress.parse(canonical));
        if (!canonical.startsWith("::ffff:")) { // the JDK makes an IPv4-mapped address an IPv4 one
            assertArrayEquals(address.toBytes(), address.toInetAddress().getAddress());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "localhost | it is a name, not an address (names are never looked up here)",
        "gw.example.org | it is a name, not an address (names are never looked up here)",
        "ip6-localhost | it is a name, not an address (names are never looked up here)",
        "192.168.1 | an IPv4 address has four numbers separated by dots",
        "127.1 | an IPv4 address has four numbers separated by dots",
        "010.0.0.1 | has a leading zero, which some tools read as an octal number: write 10",
        "0x7f.0.0.1 | is hexadecimal: write the numbers in decimal",
        "1.2.3.256 | 256 is more than 255", "1.2.3.-1 | is not a number from 0 to 255",
        "'' | an IPv4 address has four numbers",
        "fd00::1::2 | :: may appear only once", "fe80::1%eth0 | a zone (%...) is not allowed here",
        "[::1] | write the address without brackets", "1:2:3:4:5:6:7 | it has 7 groups: an IPv6 address has 8",
        "1:2:3:4:5:6:7:8:9 | it has 9 groups", "1:2:3:4::5:6:7:8 | it has 8 groups besides ::",
        "12345::1 | is not a group of 1 to 4 hexadecimal digits",
        "fd00:gg::1 | is not a group of 1 to 4 hexadecimal digits", "fd00:::1 | :: may appear only once",
        "1::2:192.0.2.300 | 300 is more than 255" })
    void otherTextIsRefusedSayingWhy(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(text));

        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /**
     * A name is refused as a name, never resolved: the parser builds addresses from their digits alone, and the
     * bundle's sources never call the JDK's resolving methods (whose lookups a test could not see).
     */
    @Test
    void aHostNameIsRefusedNotResolved() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IpAddress.parse("localhost", Family.IPV4));
        assertTrue(e.getMessage().contains("names are never looked up"), e.getMessage());

        Network network = TestData.network("n", "nat", "<ipv4 subnet=\"10.0.0.0/24\" gateway=\"10.0.0.1\"/>");
        network.getIpv4().setGateway("localhost");
        List<NetworkProblem> problems = NetworkDefinitionValidator.validate(network);
        assertEquals(List.of(NetworkRule.INVALID_VALUE), problems.stream().map(NetworkProblem::rule).toList());

        Pattern resolving = Pattern.compile("\\b(getByName|getAllByName|getLocalHost|getCanonicalHostName"
                + "|getHostName|InetSocketAddress)\\b");
        Path sources = TestData.bundleFile("src");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                assertFalse(resolving.matcher(read(file)).find(), file + " calls a method that may resolve a name");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "192.0.2.1", "fd00::1" })
    void theFamilyIsTheOneAsked(String text) {
        Family other = text.contains(":") ? Family.IPV4 : Family.IPV6;

        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(text, other));
    }

    @Test
    void prefixesKnowTheirRangeAndOverlaps() {
        IpPrefix lab = IpPrefix.parse("192.168.100.0/24");
        IpPrefix host = IpPrefix.parse("192.168.100.77/24");

        assertTrue(lab.isNetworkAddress());
        assertFalse(host.isNetworkAddress());
        assertEquals(lab, host.network());
        assertEquals("192.168.100.255", lab.last().toString());
        assertEquals(BigInteger.valueOf(256), lab.size());
        assertTrue(lab.contains(IpAddress.parse("192.168.100.200")));
        assertFalse(lab.contains(IpAddress.parse("192.168.101.0")));
        assertFalse(lab.contains(IpAddress.parse("::c0a8:6401")), "another family is never contained");
        assertTrue(IpPrefix.parse("192.168.0.0/16").overlaps(lab));
        assertTrue(lab.overlaps(IpPrefix.parse("192.168.0.0/16")));
        assertFalse(lab.overlaps(IpPrefix.parse("192.168.101.0/24")));
        assertTrue(IpPrefix.parse("fd00:100::/64").overlaps(IpPrefix.parse("fd00::/8")));
        assertEquals("fd00:100::ffff:ffff:ffff:ffff", IpPrefix.parse("fd00:100::/64").last().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "192.168.1.0", "192.168.1.0/33", "192.168.1.0/024", "192.168.1.0/", "10.0.0.0/8/8",
        "fd00::/129", "router/24" })
    void malformedPrefixesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text));
    }
}
