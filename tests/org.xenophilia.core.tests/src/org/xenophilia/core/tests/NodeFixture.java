package org.xenophilia.core.tests;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.InMemoryCredentialStore;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.NodeRegistry;
import org.xenophilia.core.TrustDecider;
import org.xenophilia.core.VmInfo;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.agent.testing.AgentNode;

/**
 * A real Agent on loopback (node "alpha") and the Workbench side: a registry in a temporary directory, an in-memory
 * credential store (the secure-storage one is tested on its own) and a trust decider that accepts and records.
 */
final class NodeFixture implements AutoCloseable {

    /** Short timings so that tests see reconnects quickly. */
    static final NodeConnection.Options FAST = new NodeConnection.Options(Duration.ofSeconds(5),
            Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));

    final Path dir;
    final AgentNode agent;
    final NodeRegistry registry;
    final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    final List<String> askedFingerprints = new ArrayList<>();
    final TrustDecider acceptAndRecord = (node, fp, cert) -> {
        synchronized (askedFingerprints) {
            askedFingerprints.add(fp);
        }
        return true;
    };
    final String nodeId;
    private final List<NodeConnection> connections = new ArrayList<>();
    private final List<AgentNode> otherAgents = new ArrayList<>();

    NodeFixture(Path dir) throws Exception {
        this(dir, List.of());
    }

    /**
     * @param dir the test's directory
     * @param storagePlugins storage backends' jars for the Agent's class path (with the storage SPI), or none
     */
    NodeFixture(Path dir, List<Path> storagePlugins) throws Exception {
        this.dir = dir;
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withStoragePlugins(storagePlugins)
                .withAdmin().start(0);
        registry = NodeRegistry.open(dir.resolve("workbench"));
        NodeDescriptor node = NodeDescriptor.create("alpha", "127.0.0.1", agent.port(), AgentNode.ADMIN);
        registry.put(node);
        nodeId = node.id();
        credentials.setPassword(nodeId, AgentNode.PASSWORD);
    }

    NodeConnection connection(TrustDecider trust, NodeConnection.Options options, RecordingListener listener) {
        NodeConnection c = new NodeConnection(registry, nodeId, credentials, trust, options);
        connections.add(c);
        if (listener != null) {
            c.addListener(listener);
        }
        return c;
    }

    /** A connection that has connected and loaded the node. */
    NodeConnection connected(RecordingListener listener) throws InterruptedException {
        NodeConnection c = connection(acceptAndRecord, FAST, listener);
        c.connect();
        awaitState(c, ConnectionState.CONNECTED);
        return c;
    }

    /**
     * A connection to a registered node where nothing listens: it keeps losing the connection and retrying, a clock
     * that ticks in backoff periods for tests that must show that another connection does <em>not</em> retry.
     */
    NodeConnection unreachable(NodeConnection.Options options, RecordingListener listener) throws Exception {
        int port;
        try (ServerSocket closedAgain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closedAgain.getLocalPort();
        }
        NodeDescriptor node = NodeDescriptor.create("nowhere", "127.0.0.1", port, AgentNode.ADMIN)
                .withFingerprint(agent.fingerprint());
        registry.put(node);
        credentials.setPassword(node.id(), AgentNode.PASSWORD);
        NodeConnection c = new NodeConnection(registry, node.id(), credentials, acceptAndRecord, options);
        connections.add(c);
        c.addListener(listener);
        return c;
    }

    AgentNode track(AgentNode other) {
        otherAgents.add(other);
        return other;
    }

    /**
     * The Workbench side of a node of another test's own Agent: registered (its certificate pinned, its admin's
     * password stored) in a registry under {@code workbench}, with a connection that trusts nothing new.
     *
     * @param workbench the registry's directory
     * @param name the node's name
     * @param address where the Workbench reaches it
     * @param port its port there
     * @param agent the Agent (its certificate)
     * @param options the connection's timings
     * @return the connection, not yet connected
     * @throws Exception if the registry cannot be written
     */
    static NodeConnection registered(Path workbench, String name, String address, int port, AgentNode agent,
            NodeConnection.Options options) throws Exception {
        NodeRegistry registry = NodeRegistry.open(workbench);
        NodeDescriptor node = NodeDescriptor.create(name, address, port, AgentNode.ADMIN)
                .withFingerprint(agent.fingerprint());
        registry.put(node);
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        credentials.setPassword(node.id(), AgentNode.PASSWORD);
        return new NodeConnection(registry, node.id(), credentials, (n, fp, cert) -> false, options);
    }

    static void awaitState(NodeConnection c, ConnectionState state) throws InterruptedException {
        Await.until("state " + state, () -> c.state() == state, () -> c.state() + ": " + c.stateMessage());
    }

    static String names(NodeConnection c) {
        return c.model().vms().stream().map(v -> v.name() + "=" + v.powerState()).collect(Collectors.joining(", "));
    }

    static VmInfo vm(NodeConnection c, String name) {
        List<VmInfo> vms = c.model().vmsNamed(name);
        if (vms.size() != 1) {
            throw new AssertionError("expected one VM named " + name + ": " + names(c));
        }
        return vms.get(0);
    }

    /** Another XenAPI client, as another administrator's tool would be. */
    XenApiClient otherClient() throws Exception {
        XenApiClient c = XenApiClient.builder(agent.uri()).pinnedFingerprint(agent.fingerprint()).build();
        c.login(AgentNode.ADMIN, AgentNode.PASSWORD);
        return c;
    }

    static String vmRef(XenApiClient c, String name) throws Exception {
        return WireValues.asList(c.callWithSession("VM.get_by_name_label", name)).get(0).toString();
    }

    @Override
    public void close() {
        connections.forEach(NodeConnection::close);
        otherAgents.forEach(AgentNode::close);
        agent.close();
    }
}
