package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** {@code event.from} / {@code event.inject} as xapi's clients use them, over TLS against a real Agent. */
class EventTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient op;
    String web;
    String db;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        SimulatedBackend sim = (SimulatedBackend) f.agent.backend();
        String webUuid = UUID.randomUUID().toString();
        String dbUuid = UUID.randomUUID().toString();
        sim.define(new DomainSpec(webUuid, "web", "", GIB, GIB, 1, 1));
        sim.define(new DomainSpec(dbUuid, "db", "", GIB, GIB, 1, 1));
        op = f.loggedIn(AgentFixture.OPERATOR);
        web = (String) op.callWithSession("VM.get_by_uuid", webUuid);
        db = (String) op.callWithSession("VM.get_by_uuid", dbUuid);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static List<Map<String, Object>> events(Object batch) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object e : WireValues.asList(WireValues.asMap(batch).get("events"))) {
            out.add(WireValues.asMap(e));
        }
        return out;
    }

    private static String token(Object batch) {
        return (String) WireValues.asMap(batch).get("token");
    }

    @Test
    void emptyTokenGivesEveryObjectAsAdd() throws Exception {
        Object batch = op.callWithSession("event.from", List.of("*"), "", 1.0);
        List<Map<String, Object>> events = events(batch);
        assertEquals(9, events.size(), "host, host_metrics, pool, the control domain, two VMs, the simulated host's"
                + " eth0 (a PIF) and the two SRs: " + events);
        for (Map<String, Object> e : events) {
            assertEquals("add", e.get("operation"));
            assertTrue(WireValues.asMap(e.get("snapshot")).containsKey("uuid"), e.toString());
        }
        Map<String, Object> counts = WireValues.asMap(WireValues.asMap(batch).get("valid_ref_counts"));
        assertEquals(3, WireValues.asLong(counts.get("vm"))); // and the control domain
        assertEquals(1, WireValues.asLong(counts.get("host")));
        assertTrue(!token(batch).isEmpty());

        List<Map<String, Object>> vms = events(op.callWithSession("event.from", List.of("vm"), "", 1.0));
        assertEquals(3, vms.size()); // and the control domain
        assertTrue(vms.stream().allMatch(e -> "vm".equals(e.get("class"))));
    }

    @Test
    void devicesAreEventClassesThatFollowTheirVm() throws Exception {
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        String xml = """
                <domain xmlns="http://xenophilia.org/schema/domain/1.0">
                  <name>shop</name>
                  <type>pvh</type>
                  <memory>256</memory>
                  <vcpus>1</vcpus>
                  <kernel>/boot/vmlinuz</kernel>
                  <disk vdev="xvda" target="/srv/shop.img" format="raw"/>
                  %s
                </domain>
                """;
        String vif = "<vif bridge=\"xenbr0\" mac=\"00:16:3e:00:00:09\"/>";
        String shop = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", xml.formatted(vif));

        Object first = op.callWithSession("event.from", List.of("vif", "vbd"), "", 0.0);
        Map<String, Object> counts = WireValues.asMap(WireValues.asMap(first).get("valid_ref_counts"));
        assertEquals(1, WireValues.asLong(counts.get("vif")),
                "xapi's clients learn from valid_ref_counts that devices are followed");
        assertEquals(1, WireValues.asLong(counts.get("vbd")));
        List<Map<String, Object>> devices = events(first);
        assertEquals(List.of("vbd", "vif"), devices.stream().map(e -> (String) e.get("class")).sorted().toList());
        assertTrue(devices.stream().allMatch(e -> Boolean.FALSE.equals(WireValues.asMap(e.get("snapshot"))
                .get("currently_attached"))), devices.toString());

        // starting the VM attaches them: one mod event each, without asking for the devices
        op.callWithSession("VM.start", shop, false, false);
        List<Map<String, Object>> started = events(op.callWithSession("event.from", List.of("vif", "vbd"),
                token(first), 5.0));
        assertEquals(List.of("mod", "mod"), started.stream().map(e -> (String) e.get("operation")).toList());
        assertTrue(started.stream().allMatch(e -> Boolean.TRUE.equals(WireValues.asMap(e.get("snapshot"))
                .get("currently_attached"))), started.toString());

        // a definition without the vif deletes it
        op.callWithSession("VM.hard_shutdown", shop);
        String before = token(op.callWithSession("event.from", List.of("vif", "vbd"), token(first), 0.0));
        admin.callWithSession("Xenophilia.VM.set_xml", shop, xml.formatted(""));
        List<Map<String, Object>> changed = events(op.callWithSession("event.from", List.of("vif"), before, 5.0));
        assertEquals(List.of("del"), changed.stream().map(e -> (String) e.get("operation")).toList(),
                changed.toString());
    }

    @Test
    void quietTokenTimesOutEmptyWithTheSameToken() throws Exception {
        String token = token(op.callWithSession("event.from", List.of("vm"), "", 0.0));
        Object batch = op.callWithSession("event.from", List.of("vm"), token, 0.2);
        assertEquals(List.of(), events(batch));
        assertEquals(token, token(batch));
    }

    @Test
    void aPowerStateChangeWakesAWaitingCaller() throws Exception {
        String token = token(op.callWithSession("event.from", List.of("vm"), "", 0.0));
        XenApiClient watcher = f.loggedIn(AgentFixture.VIEWER);
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.callWithSession("event.from", List.of("vm"), token, 30.0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long t0 = System.nanoTime();
        op.callWithSession("VM.start", web, false, false);
        Object batch = waiting.get(30, TimeUnit.SECONDS);
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 20, "woken by the change, not the timeout");
        List<Map<String, Object>> events = events(batch);
        assertEquals(1, events.size(), events.toString());
        Map<String, Object> e = events.get(0);
        assertEquals("mod", e.get("operation"));
        assertEquals(web, e.get("ref"));
        assertEquals("Running", WireValues.asMap(e.get("snapshot")).get("power_state"));
        assertNotEquals(token, token(batch));
        EventBatch typed = EventBatch.fromWire(batch);
        assertEquals(web, typed.events().get(0).ref().value());
        assertEquals(3L, typed.validRefCounts().get("vm")); // and the control domain
        // the next call from the new token sees nothing new
        assertEquals(List.of(), events(op.callWithSession("event.from", List.of("vm"), token(batch), 0.0)));
    }

    @Test
    void singleObjectSubscriptionsAndInject() throws Exception {
        String token = token(op.callWithSession("event.from", List.of("*"), "", 0.0));
        op.callWithSession("VM.start", db, false, false);
        assertEquals(List.of(), events(op.callWithSession("event.from", List.of("vm/" + web), token, 0.0)));
        String injected = (String) op.callWithSession("event.inject", "VM", web);
        List<Map<String, Object>> events = events(op.callWithSession("event.from", List.of("vm/" + web), token,
                0.0));
        assertEquals(1, events.size());
        assertEquals(web, events.get(0).get("ref"));
        assertEquals(injected, token(op.callWithSession("event.from", List.of("vm/" + web), token, 0.0)));
        XenApiException e = assertThrows(XenApiException.class,
                () -> op.callWithSession("event.inject", "VM", "OpaqueRef:nothing"));
        assertEquals(ErrorCode.HANDLE_INVALID.code(), e.code());
    }

    @Test
    void clientReadsBatchesAndAbortsAWaitingCall() throws Exception {
        EventBatch all = op.eventFrom(List.of("vm"), "", Duration.ZERO);
        assertEquals(3, all.events().size()); // and the control domain
        assertThrows(IllegalArgumentException.class,
                () -> op.eventFrom(List.of("vm"), all.token(), XenApiClient.DEFAULT_READ_TIMEOUT));

        CompletableFuture<EventBatch> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return op.eventFrom(List.of("vm"), all.token(), Duration.ofSeconds(50));
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e); // get() hands e back as the cause
            }
        });
        // wait until the call is on the wire, then abort it
        int aborted = Await.until("the waiting call to be on the wire", op::abort,
                n -> n > 0 || waiting.isDone());
        assertEquals(1, aborted);
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> waiting.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof java.io.IOException, String.valueOf(e.getCause()));
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 10);
        // the client still works
        assertEquals(3, op.eventFrom(List.of("vm"), "", Duration.ZERO).events().size());
    }

    @Test
    void aliasAndBadTokens() throws Exception {
        Object batch = op.call("event_from", op.session().orElseThrow(), List.of("pool"), "", 0.0);
        assertEquals(1, events(batch).size());
        XenApiException e = assertThrows(XenApiException.class,
                () -> op.callWithSession("event.from", List.of("*"), "not-a-token", 0.0));
        assertEquals(ErrorCode.EVENT_FROM_TOKEN_PARSE_FAILURE.code(), e.code());
        assertEquals(List.of("not-a-token"), e.params());
    }
}
