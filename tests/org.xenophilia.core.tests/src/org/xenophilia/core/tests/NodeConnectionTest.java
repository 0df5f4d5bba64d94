package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.HostInfo;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeRegistry;
import org.xenophilia.core.TrustDecider;
import org.xenophilia.core.VmInfo;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.agent.testing.AgentNode;

/** {@link NodeConnection} against a real Agent process over TLS on 127.0.0.1, simulated backend, demo domains. */
class NodeConnectionTest {

    private static final List<String> DEMO = List.of("demo-build", "demo-db", "demo-web");

    @TempDir
    Path dir;
    NodeFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new NodeFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static List<String> vmNames(NodeConnection c) {
        return c.model().vms().stream().map(VmInfo::name).toList();
    }

    @Test
    void initialSyncShowsEveryVmAndPinsTheAcceptedFingerprint() throws Exception {
        RecordingListener events = new RecordingListener();
        NodeConnection c = f.connected(events);

        assertEquals(DEMO, vmNames(c));
        assertFalse(c.isStale());
        for (VmInfo vm : c.model().vms()) {
            assertEquals(VmPowerState.HALTED, vm.powerState(), vm.toString());
            assertEquals(-1, vm.domid());
            assertTrue(vm.memoryTarget() > 0 && vm.vcpus() > 0, vm.toString());
        }
        VmInfo db = NodeFixture.vm(c, "demo-db");
        assertEquals(2L << 30, db.memoryTarget());
        assertEquals(2, db.vcpus());
        List<HostInfo> hosts = c.model().hosts();
        assertEquals(1, hosts.size());
        assertEquals(8, hosts.get(0).cpuCount());

        // the decider saw the Agent's real fingerprint, and it is pinned in the persisted registry
        assertEquals(List.of(f.agent.fingerprint()), f.askedFingerprints);
        assertEquals(f.agent.fingerprint(), NodeRegistry.open(dir.resolve("workbench")).node(f.nodeId).orElseThrow()
                .fingerprint());

        // the initial sync arrived as one resync of additions, off the caller's thread
        RecordingListener.Delta first = events.deltas().get(0);
        assertTrue(first.resync());
        assertTrue(first.changes().stream().allMatch(ch -> ch.kind() == ModelChange.Kind.ADDED));
        assertTrue(first.thread().startsWith("Xenophilia events of node alpha"), first.thread());
        for (String name : DEMO) {
            assertTrue(events.saw(ModelChange.Kind.ADDED, name, true), name);
        }

        // a second connection uses the pin and does not ask again
        NodeConnection again = f.connected(null);
        assertEquals(DEMO, vmNames(again));
        assertEquals(1, f.askedFingerprints.size());
    }

    @Test
    void operationsByAnotherClientArriveAsEvents() throws Exception {
        RecordingListener events = new RecordingListener();
        NodeConnection c = f.connected(events);
        HostInfo host = c.model().hosts().get(0);
        try (XenApiClient other = f.otherClient()) {
            other.callWithSession("VM.start", NodeFixture.vmRef(other, "demo-web"), false, false);
            Await.until("demo-web running in the model", () -> NodeFixture.vm(c, "demo-web").powerState()
                    == VmPowerState.RUNNING, () -> NodeFixture.names(c));
            VmInfo web = NodeFixture.vm(c, "demo-web");
            assertTrue(web.domid() > 0, web.toString());
            assertEquals(host.ref(), web.residentOn());
            // its uptime: VM_metrics.start_time of the new domain, asked once
            java.time.Duration up = web.uptime(java.time.Instant.now()).orElseThrow(() -> new AssertionError(
                    "no start time: " + web));
            assertTrue(up.toSeconds() < 60, up.toString());
            assertTrue(NodeFixture.vm(c, "demo-db").uptime(java.time.Instant.now()).isEmpty(), "halted: no uptime");
            // listeners hear of a batch once all of it is in the model, a moment after the model shows it
            Await.until("the change told to the listeners", () -> events.saw(ModelChange.Kind.MODIFIED, "demo-web",
                    false), events::toString);

            String ref = (String) other.callWithSession("Xenophilia.VM.import_xl_cfg", """
                    name = "web02"
                    type = "pvh"
                    memory = 256
                    vcpus = 2
                    kernel = "/boot/vmlinuz"
                    disk = [ "format=raw, vdev=xvda, access=rw, target=/srv/web02.img" ]
                    vif = [ "mac=00:16:3e:00:00:02,bridge=xenbr0" ]
                    """);
            Await.until("web02 with its devices in the model", () -> c.model().vmsNamed("web02").size() == 1
                    && c.model().vifs(NodeFixture.vm(c, "web02")).size() == 1
                    && c.model().vbds(NodeFixture.vm(c, "web02")).size() == 1, () -> NodeFixture.names(c));
            VmInfo web02 = NodeFixture.vm(c, "web02");
            assertEquals(256L << 20, web02.memoryTarget());
            assertEquals("00:16:3e:00:00:02", c.model().vifs(web02).get(0).mac());
            assertEquals("xvda", c.model().vbds(web02).get(0).device());

            other.callWithSession("VM.destroy", ref);
            Await.until("web02 removed", () -> c.model().vmsNamed("web02").isEmpty(), () -> NodeFixture.names(c));
            Await.until("web02's removal told to the listeners", () -> events.saw(ModelChange.Kind.REMOVED, "web02",
                    false), events::toString);
        }
    }

    @Test
    void reconnectsWithBackoffAfterTheAgentIsKilledAndRestarted() throws Exception {
        RecordingListener events = new RecordingListener();
        NodeConnection c = f.connected(events);
        try (XenApiClient other = f.otherClient()) {
            other.callWithSession("VM.start", NodeFixture.vmRef(other, "demo-web"), false, false);
        }
        Await.until("demo-web running", () -> NodeFixture.vm(c, "demo-web").powerState() == VmPowerState.RUNNING,
                () -> NodeFixture.names(c));
        String oldRef = NodeFixture.vm(c, "demo-web").ref().value();
        java.time.Instant started = NodeFixture.vm(c, "demo-web").startTime();

        f.agent.kill();
        NodeFixture.awaitState(c, ConnectionState.DISCONNECTED);
        assertTrue(c.isStale());
        assertEquals(DEMO, vmNames(c), "the last known VMs stay, marked stale");
        assertTrue(c.stateMessage().contains("alpha"), c.stateMessage());
        // it keeps trying while the node is down (each try fails again)
        Await.until("a second failed attempt", () -> events.count(ConnectionState.CONNECTING) >= 3,
                events::toString);
        NodeFixture.awaitState(c, ConnectionState.DISCONNECTED);
        assertTrue(c.isStale());

        int deltasBefore = events.deltas().size();
        f.agent.start(f.agent.port());
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);
        assertFalse(c.isStale());
        assertEquals(DEMO, vmNames(c));
        VmInfo web = NodeFixture.vm(c, "demo-web");
        assertEquals(VmPowerState.RUNNING, web.powerState(), "the Agent kept its state across the restart");
        assertEquals(started, web.startTime(), "the domain's start time survives the Agent's restart (the resync"
                + " reads every VM's metrics)");
        assertNotEquals(oldRef, web.ref().value(), "references are new after a restart");
        assertTrue(events.deltas().subList(deltasBefore, events.deltas().size()).stream()
                .anyMatch(RecordingListener.Delta::resync), events.toString());
    }

    @Test
    void disconnectStaysOfflineUntilConnectedAgain() throws Exception {
        RecordingListener events = new RecordingListener();
        NodeConnection c = f.connected(events);
        c.disconnect();
        NodeFixture.awaitState(c, ConnectionState.OFFLINE);
        assertTrue(c.isStale(), "an offline node's domains are not current");
        assertEquals(DEMO, vmNames(c), "the last known domains stay");
        long connecting = events.count(ConnectionState.CONNECTING);

        // changes made meanwhile are not followed, and no reconnect is tried: while a lost connection with the same
        // timing tries five times (FAST waits 0.1 + 0.2 + 0.4 + 0.8 s between them), the offline one does not try once
        try (XenApiClient other = f.otherClient()) {
            other.callWithSession("VM.start", NodeFixture.vmRef(other, "demo-web"), false, false);
        }
        RecordingListener lost = new RecordingListener();
        f.unreachable(NodeFixture.FAST, lost).connect();
        Await.until("five attempts of the lost connection", () -> lost.count(ConnectionState.CONNECTING) >= 5,
                lost::toString);
        assertEquals(ConnectionState.OFFLINE, c.state());
        assertEquals(connecting, events.count(ConnectionState.CONNECTING), events.toString());
        assertEquals(VmPowerState.HALTED, NodeFixture.vm(c, "demo-web").powerState());
        assertEquals(0, events.count(ConnectionState.DISCONNECTED), "a user's disconnect is not a lost connection");

        c.connect();
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);
        assertEquals(VmPowerState.RUNNING, NodeFixture.vm(c, "demo-web").powerState(), "resynchronised");
    }

    @Test
    void resyncRemovesAndAddsWhatChangedWhileDisconnected() throws Exception {
        RecordingListener events = new RecordingListener();
        // a backoff far longer than the test, so the reconnect happens exactly when the test says
        NodeConnection c = f.connection(f.acceptAndRecord, new NodeConnection.Options(Duration.ofSeconds(5),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(5)), events);
        c.connect();
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);

        f.agent.kill();
        NodeFixture.awaitState(c, ConnectionState.DISCONNECTED);
        f.agent.start(f.agent.port());
        try (XenApiClient other = f.otherClient()) {
            other.callWithSession("VM.destroy", NodeFixture.vmRef(other, "demo-build"));
            other.callWithSession("Xenophilia.VM.import_xl_cfg", """
                    name = "created-meanwhile"
                    memory = 128
                    kernel = "/boot/vmlinuz"
                    """);
        }
        assertEquals(DEMO, vmNames(c), "still the stale view");
        assertTrue(c.isStale());

        c.reconnect();
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);
        assertEquals(List.of("created-meanwhile", "demo-db", "demo-web"), vmNames(c));
        assertTrue(events.saw(ModelChange.Kind.REMOVED, "demo-build", true), events.toString());
        assertTrue(events.saw(ModelChange.Kind.ADDED, "created-meanwhile", true), events.toString());
    }

    @Test
    void aChangedCertificateIsRefusedNamingBothFingerprints() throws Exception {
        NodeConnection c = f.connected(new RecordingListener());
        String pinned = f.agent.fingerprint();
        f.agent.kill();
        NodeFixture.awaitState(c, ConnectionState.DISCONNECTED);

        // the "same" node comes back with a fresh configuration directory: a new certificate
        AgentNode impostor = f.track(new AgentNode(dir.resolve("etc2"), dir.resolve("state2")).withAdmin()
                .start(f.agent.port()));
        String presented = impostor.fingerprint();
        assertNotEquals(pinned, presented);

        NodeFixture.awaitState(c, ConnectionState.CERTIFICATE_CHANGED);
        String message = c.stateMessage();
        assertTrue(message.contains(pinned) && message.contains(presented), message);
        assertTrue(message.contains("alpha"), message);
        assertTrue(c.isStale());
        assertEquals(List.of(pinned), f.askedFingerprints, "never re-trusted silently, nor asked again");
        assertEquals(pinned, f.registry.node(f.nodeId).orElseThrow().fingerprint());
        assertEquals(DEMO, vmNames(c), "the stale view of the real node is kept");

        // only an explicit decision replaces the pin
        c.trustNewCertificate(presented);
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);
        assertEquals(presented, NodeRegistry.open(dir.resolve("workbench")).node(f.nodeId).orElseThrow()
                .fingerprint());
    }

    @Test
    void aWrongPasswordIsReportedOnceNotRetried() throws Exception {
        f.credentials.setPassword(f.nodeId, "not-the-password");
        RecordingListener events = new RecordingListener();
        NodeConnection c = f.connection(f.acceptAndRecord, NodeFixture.FAST, events);
        c.connect();
        NodeFixture.awaitState(c, ConnectionState.AUTHENTICATION_FAILED);
        assertTrue(c.stateMessage().contains("wrong user name or password"), c.stateMessage());
        assertTrue(c.stateMessage().contains("'admin'"), c.stateMessage());

        // while a good connection does its whole work, the refused one does not try again
        f.credentials.setPassword(f.nodeId, AgentNode.PASSWORD);
        NodeConnection good = f.connected(null);
        assertEquals(DEMO, vmNames(good));
        assertEquals(ConnectionState.AUTHENTICATION_FAILED, c.state());
        assertEquals(1, events.count(ConnectionState.CONNECTING), events.toString());

        // with the password corrected, the administrator reconnects
        c.reconnect();
        NodeFixture.awaitState(c, ConnectionState.CONNECTED);
        assertEquals(DEMO, vmNames(c));
    }

    @Test
    void aRejectedCertificateIsNotPinned() throws Exception {
        NodeConnection c = f.connection(TrustDecider.REJECT, NodeFixture.FAST, null);
        c.connect();
        NodeFixture.awaitState(c, ConnectionState.CERTIFICATE_REJECTED);
        assertTrue(c.stateMessage().contains(f.agent.fingerprint()), c.stateMessage());
        assertEquals(null, f.registry.node(f.nodeId).orElseThrow().fingerprint());
        assertTrue(c.model().vms().isEmpty());
    }
}
