package org.xenophilia.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.ForwardProtocol;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Lease;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.network.definition.NetworkKind;

/**
 * Loading and saving: the examples are valid and canonical, the format round-trips, a broken document says where,
 * hostile documents are refused without reading what they point to.
 */
class NetworkDefinitionsTest {

    /** Something /etc/passwd always contains; must never show up in a message. */
    private static final String PASSWD_CONTENT = "root:";

    static List<Path> examples() throws Exception {
        return TestData.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidCanonicalAndRoundTrips(Path example) throws Exception {
        String text = Files.readString(example);
        Network network = NetworkDefinitions.load(example);

        assertEquals(List.of(), NetworkDefinitionValidator.validate(network), example.toString());
        String saved = NetworkDefinitions.toXml(network);
        assertEquals(text, saved, "the example is written in canonical form");
        Network again = NetworkDefinitions.load(saved);
        assertTrue(EcoreUtil.equals(network, again), "load, save, load gives the same network");
        assertEquals(saved, NetworkDefinitions.toXml(again));
        TestData.validateAgainstSchema(saved);
    }

    @Test
    void theExamplesHaveEveryKind() throws Exception {
        Set<NetworkKind> kinds = new java.util.TreeSet<>();
        for (Path example : TestData.examples()) {
            kinds.add(NetworkDefinitions.load(example).getKind());
        }
        assertEquals(Set.copyOf(NetworkKind.VALUES), kinds);
    }

    @Test
    void theExamplesLiveTogetherOnOneNode() throws Exception {
        List<Network> all = new java.util.ArrayList<>();
        for (Path example : TestData.examples()) {
            all.add(NetworkDefinitions.load(example));
        }
        NetworkContext host = new NetworkContext(List.of(), List.of(NetworkContext.HostRoute.parse("192.0.2.0/24",
                "eth0")), List.of(new NetworkContext.HostInterface("eth0", null, false),
                        new NetworkContext.HostInterface("eth1", null, false)));
        for (Network network : all) {
            List<Network> others = all.stream().filter(other -> other != network).toList();
            NetworkContext context = new NetworkContext(others, host.routes(), host.interfaces());
            assertEquals(List.of(), NetworkDefinitionValidator.validate(network, context), network.getName());
        }
    }

    @Test
    void aNetworkBuiltInCodeSavesCanonicallyAndLoadsEqual(@TempDir Path dir) throws Exception {
        NetworkFactory factory = NetworkFactory.eINSTANCE;
        Network network = factory.createNetwork();
        network.setName("built");
        network.setKind(NetworkKind.NAT);
        network.setMtu(1400);
        Ipv4 ipv4 = factory.createIpv4();
        ipv4.setSubnet("172.16.5.0/24");
        ipv4.setGateway("172.16.5.1");
        Dhcp4 dhcp = factory.createDhcp4();
        dhcp.setStart("172.16.5.50");
        dhcp.setEnd("172.16.5.99");
        Lease lease = factory.createLease();
        lease.setMac("00:16:3E:00:00:01");
        lease.setAddress("172.16.5.10");
        dhcp.getLeases().add(lease);
        ipv4.setDhcp(dhcp);
        network.setIpv4(ipv4);
        Forward forward = factory.createForward();
        forward.setProtocol(ForwardProtocol.UDP);
        forward.setHostPort(5353);
        forward.setGuestAddress("172.16.5.10");
        network.getForwards().add(forward);
        assertEquals(List.of(), NetworkDefinitionValidator.validate(network));

        Path file = dir.resolve("built.xml");
        NetworkDefinitions.save(network, file);
        Network loaded = NetworkDefinitions.load(file);

        assertTrue(EcoreUtil.equals(network, loaded));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ), Files.getPosixFilePermissions(file),
                "a new definition file is written as AtomicFiles writes documents");
        String text = Files.readString(file);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<network xmlns=\""
                + NetworkDefinitions.NAMESPACE + "\">\n  <name>built</name>\n  <kind>nat</kind>\n  <mtu>1400</mtu>\n"),
                text);
        TestData.validateAgainstSchema(text);
    }

    @Test
    void aDocumentInAnyOrderIsSavedInSchemaOrder() throws Exception {
        Network network = NetworkDefinitions.load("<network xmlns=\"" + NetworkDefinitions.NAMESPACE + "\">"
                + "<forward protocol=\"tcp\" hostPort=\"80\" guestAddress=\"10.1.0.9\"/>"
                + "<ipv4 gateway=\"10.1.0.1\" subnet=\"10.1.0.0/24\"/><kind>nat</kind><name>z</name></network>");

        assertEquals(TestData.document("z", "nat", "<ipv4 gateway=\"10.1.0.1\" subnet=\"10.1.0.0/24\"/>\n"
                + "  <forward guestAddress=\"10.1.0.9\" hostPort=\"80\" protocol=\"tcp\"/>").replace("<network",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<network"),
                NetworkDefinitions.toXml(network));
    }

    // ------------------------------------------------------------------------------------------- broken documents

    @Test
    void aDocumentThatIsNotWellFormedNamesTheLine() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> NetworkDefinitions.load(TestData.file("invalid/not-well-formed.xml")));

        NetworkProblem problem = e.getProblems().get(0);
        assertEquals(NetworkRule.XML_SYNTAX, problem.rule());
        assertEquals(7, e.getLine(), "</ipv4> closes where </dhcp> belongs, on line 7: " + e.getMessage());
        assertTrue(e.getColumn() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid network definition: line 7:"), e.getMessage());
    }

    @Test
    void badValuesAreEachReportedAtTheirLineWithTheirField() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> NetworkDefinitions.load(TestData.file("invalid/bad-values.xml")));

        List<String> found = e.getProblems().stream()
                .map(problem -> problem.rule().id() + " " + problem.path() + " @" + problem.line()).toList();
        assertEquals(List.of("invalid-value mtu @5", "invalid-value uplink @6", "invalid-value ipv4.gateway @7",
                "invalid-value forwards[0].protocol @8", "invalid-value forwards[0].hostPort @8"), found,
                e.getMessage());
        NetworkProblem mtu = e.getProblems().get(0);
        assertEquals("40", mtu.value());
        assertEquals("mtu '40' is not valid: expected an interface MTU, 68 to 65535", mtu.message());
        assertTrue(e.getProblems().get(1).message().startsWith("uplink 'eth0;reboot' is not valid: expected a Linux "
                + "network interface name: 1 to 15 letters, digits and _ . -"), e.getProblems().get(1).message());
    }

    @Test
    void aMissingNameAndKindAreRequired() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> NetworkDefinitions
                .load("<network xmlns=\"" + NetworkDefinitions.NAMESPACE + "\"><mtu>1500</mtu></network>"));

        assertEquals(List.of("name", "kind"), e.getProblems().stream().map(NetworkProblem::path).toList());
        assertTrue(e.getProblems().stream().allMatch(problem -> problem.rule() == NetworkRule.REQUIRED));
        assertEquals("name is required but missing (expected a network name: 1 to 64 characters, letters, digits "
                + "and _ . -, starting with a letter or digit (the Identifier of domain.xsd, which a vif's network "
                + "attribute has))", e.getProblems().get(0).message());
    }

    @Test
    void aSettingGivenTwiceIsRefused() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> TestData.network("lab", "nat", "<mtu>1500</mtu>\n  <mtu>9000</mtu>"));

        NetworkProblem problem = e.getProblems().get(0);
        assertEquals(NetworkRule.REPEATED_SETTING, problem.rule());
        assertEquals("mtu", problem.path());
        assertEquals(5, problem.line());
        assertEquals("mtu is given more than once (first at line 4); a single-valued setting may appear only once",
                problem.message());
    }

    @Test
    void anUnknownElementListsTheAllowedOnes() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> TestData.network("lab", "nat", "<ipv4 subnet=\"10.0.0.0/24\" gateway=\"10.0.0.1\">\n"
                        + "    <range start=\"10.0.0.2\"/>\n  </ipv4>"));

        NetworkProblem problem = e.getProblems().get(0);
        assertEquals(NetworkRule.UNKNOWN_CONTENT, problem.rule());
        assertEquals(5, problem.line());
        assertEquals("unknown element <range> in <ipv4> (ipv4); allowed elements: dhcp, dns", problem.message());
    }

    @Test
    void anotherRootOrNamespaceIsRefused() {
        NetworkDefinitionException domain = assertThrows(NetworkDefinitionException.class, () -> NetworkDefinitions
                .load("<domain xmlns=\"http://xenophilia.org/schema/domain/1.0\"><name>x</name></domain>"));
        NetworkDefinitionException root = assertThrows(NetworkDefinitionException.class, () -> NetworkDefinitions
                .load("<bridge xmlns=\"" + NetworkDefinitions.NAMESPACE + "\"/>"));

        assertEquals(NetworkRule.ROOT_ELEMENT, domain.getProblems().get(0).rule());
        assertTrue(domain.getMessage().contains("namespace 'http://xenophilia.org/schema/domain/1.0' is not allowed"),
                domain.getMessage());
        assertEquals(NetworkRule.ROOT_ELEMENT, root.getProblems().get(0).rule());
        assertTrue(root.getMessage().contains("the root element is <bridge>"), root.getMessage());
    }

    /** The patterns keep shell metacharacters out of every name the host's tools are given. */
    @ParameterizedTest
    @ValueSource(strings = { "<name>lab;reboot</name>", "<bridge>br0$(id)</bridge>", "<uplink>eth0 eth1</uplink>",
        "<uplink>`id`</uplink>", "<bridge>a|b</bridge>", "<uplink>../eth0</uplink>", "<bridge>xn&amp;x</bridge>",
        "<bridge>averyveryverylongname</bridge>",
        "<ipv4 subnet=\"10.0.0.0/24\" gateway=\"10.0.0.1\"><dhcp start=\"10.0.0.9\" end=\"10.0.0.20\">"
                + "<lease mac=\"00:16:3e:00:00:01\" address=\"10.0.0.5\" hostname=\"web;rm\"/></dhcp></ipv4>" })
    void namesWithShellMetacharactersAreRefused(String element) {
        String body = element.startsWith("<name>") ? element.replace("<name>", "<description>")
                .replace("</name>", "</description>") : element;
        String xml = element.startsWith("<name>")
                ? TestData.document("lab", "nat", "").replace("<name>lab</name>", element)
                : TestData.document("lab", "nat", body);

        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> NetworkDefinitions.load(xml));

        assertEquals(NetworkRule.INVALID_VALUE, e.getProblems().get(0).rule(), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------- hostile documents

    @ParameterizedTest
    @ValueSource(strings = { "attacks/xxe-external-entity.xml", "attacks/billion-laughs.xml" })
    void doctypesAreRefusedQuicklyWithoutReadingWhatTheyName(String file) throws Exception {
        assertTrue(Files.readString(Path.of("/etc/passwd")).contains(PASSWD_CONTENT), "precondition");

        NetworkDefinitionException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkDefinitionException.class,
                        () -> NetworkDefinitions.load(TestData.file(file))));

        assertEquals(1, e.getProblems().size(), e.getMessage());
        assertEquals(NetworkRule.DOCTYPE, e.getProblems().get(0).rule());
        assertEquals(2, e.getLine(), "the DOCTYPE is on line 2");
        assertFalse(e.getMessage().contains(PASSWD_CONTENT), e.getMessage());
        assertFalse(e.getMessage().contains("lollol"), e.getMessage());
    }

    @Test
    void schemaLocationsAreNotFollowed() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> NetworkDefinitions.load(TestData.file("attacks/schema-location.xml")));

        NetworkProblem problem = e.getProblems().get(0);
        assertEquals(NetworkRule.UNKNOWN_CONTENT, problem.rule());
        assertEquals(7, problem.line());
        assertFalse(e.getMessage().contains(PASSWD_CONTENT), e.getMessage());
    }

    @Test
    void oversizedDocumentsAreRefusedWithoutReadingThemToTheEnd() {
        byte[] start = ("<network xmlns=\"" + NetworkDefinitions.NAMESPACE + "\"><name>big</name><description>")
                .getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        NetworkDefinitionException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(NetworkDefinitionException.class, () -> NetworkDefinitions
                        .load(new SequenceInputStream(new ByteArrayInputStream(start), endless))));

        assertEquals(NetworkRule.SIZE_LIMIT, e.getProblems().get(0).rule());
        assertTrue(e.getMessage().contains("larger than 1 MiB"), e.getMessage());
    }
}
