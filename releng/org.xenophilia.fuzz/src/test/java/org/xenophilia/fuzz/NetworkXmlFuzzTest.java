package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkContext.HostInterface;
import org.xenophilia.network.NetworkContext.HostRoute;
import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Network;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The network XML loader ({@link NetworkDefinitions#load}) and the validator, from text as the Agent's
 * {@code network.*} calls will receive it and from bytes as definitions are read from disk:
 * <ul>
 * <li>a document is either loaded or refused with a {@link NetworkDefinitionException} whose every problem has its
 * line (except the whole document's: larger than the limit, or no {@code <network>} at all);</li>
 * <li>a loaded network validates without an exception, alone and against a node (its rules parse every address the
 * document holds), and is saved as canonical XML that loads to an equal network and saves to the same text
 * again.</li>
 * </ul>
 * Seeds: the network tests' documents, the bundle's examples, and the domain loader's findings (the two loaders share
 * their hardening).
 */
class NetworkXmlFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("NetworkDefinitions.load", 2 << 20, 512);

    /** A node for the cross rules: one other network, routes, interfaces. */
    private static final NetworkContext NODE = node();

    static {
        // EMF's classes are loaded, and instrumented by Jazzer, before the first input's timeout starts
        Warmup.run(() -> new NetworkXmlFuzzTest().load(("<network xmlns='" + NetworkDefinitions.NAMESPACE + "'>"
                + "<name>w</name><kind>nat</kind><ipv4 subnet='10.1.0.0/24' gateway='10.1.0.1'/>"
                + "<forward protocol='tcp' hostPort='80' guestAddress='10.1.0.9'/></network>").getBytes(UTF_8)));
    }

    private static NetworkContext node() {
        try {
            Network lab = NetworkDefinitions.load("<network xmlns='" + NetworkDefinitions.NAMESPACE + "'><name>lab"
                    + "</name><kind>nat</kind><ipv4 subnet='192.168.100.0/24' gateway='192.168.100.1'/>"
                    + "<ipv6 prefix='fd00:100::/64' gateway='fd00:100::1'/>"
                    + "<forward protocol='tcp' hostPort='8080' guestAddress='192.168.100.10'/></network>");
            return new NetworkContext(List.of(lab), List.of(HostRoute.parse("192.0.2.0/24", "eth0"),
                    HostRoute.parse("2001:db8::/32", "eth0")), List.of(new HostInterface("eth0", null, false),
                            new HostInterface("br0", "bridge", false), new HostInterface("xnlab", "bridge", true)));
        } catch (NetworkDefinitionException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest
    void load(byte[] data) throws Exception {
        Network fromText = BUDGET.run(data.length,
                () -> loadOrRefuse(() -> NetworkDefinitions.load(new String(data, UTF_8))));
        Network fromBytes = BUDGET.run(data.length,
                () -> loadOrRefuse(() -> NetworkDefinitions.load(new ByteArrayInputStream(data))));
        for (Network network : new Network[] {fromText, fromBytes}) {
            if (network != null) {
                NetworkDefinitionValidator.validate(network);
                NetworkDefinitionValidator.validate(network, NODE);
                expectCanonicalRoundTrip(network);
            }
        }
    }

    /** A load that must answer a network, or null after a refusal that says where. */
    @FunctionalInterface
    private interface Load {
        Network run() throws IOException, NetworkDefinitionException;
    }

    private static Network loadOrRefuse(Load load) throws IOException {
        try {
            return load.run();
        } catch (NetworkDefinitionException refused) {
            for (NetworkProblem p : refused.getProblems()) {
                boolean wholeDocument = p.rule() == NetworkRule.SIZE_LIMIT || p.rule() == NetworkRule.ROOT_ELEMENT;
                if (p.line() < 1 && !wholeDocument) {
                    throw new AssertionError("a problem without its line: " + p.rule() + ": " + p, refused);
                }
            }
            return null;
        }
    }

    private static void expectCanonicalRoundTrip(Network network) throws NetworkDefinitionException {
        String saved = NetworkDefinitions.toXml(network);
        Network reloaded = NetworkDefinitions.load(saved);
        if (!EcoreUtil.equals(network, reloaded)) {
            throw new AssertionError("the saved document loads to a different network:\n" + saved);
        }
        String again = NetworkDefinitions.toXml(reloaded);
        if (!again.equals(saved)) {
            throw new AssertionError("saving again differs:\n" + again + "\nfrom the first save:\n" + saved);
        }
    }
}
