package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Which wire {@link XenApiClient} speaks to a real Agent over TLS, seen from the server side through a
 * {@link RecordingTlsProxy}: JSON-RPC on {@code /jsonrpc} by default, XML-RPC on {@code /} after a {@code 404} there,
 * with the same values and the same errors read either way.
 */
class ClientWireTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;
    AgentFixture f;
    RecordingTlsProxy proxy;
    String webUuid = UUID.randomUUID().toString();

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        ((SimulatedBackend) f.agent.backend()).define(new DomainSpec(webUuid, "web", "", GIB, 2 * GIB, 1, 2));
        proxy = new RecordingTlsProxy(f);
    }

    @AfterEach
    void stop() {
        proxy.close();
        f.close();
    }

    private XenApiClient throughProxy() {
        return XenApiClient.builder(proxy.uri()).pinnedFingerprint(f.agent.fingerprint()).build();
    }

    /** The session, a record, an event batch, a start and a refused start: what the Workbench does. */
    private List<Object> workbenchCalls(XenApiClient c) throws Exception {
        List<Object> seen = new ArrayList<>();
        c.login(AgentFixture.OPERATOR, AgentFixture.PASSWORD);
        String web = WireValues.asString(c.callWithSession("VM.get_by_uuid", webUuid));
        Map<String, Object> r = WireValues.asMap(c.callWithSession("VM.get_record", web));
        seen.add(WireValues.asLong(r.get("memory_static_max")));
        seen.add(WireValues.asLong(r.get("VCPUs_max")));
        seen.add(WireValues.asList(r.get("allowed_operations")));
        EventBatch batch = c.eventFrom(List.of("vm"), "", Duration.ZERO);
        seen.add(batch.events().size());
        seen.add(batch.validRefCounts());
        c.callWithSession("VM.start", web, false, false);
        Object metrics = c.callWithSession("VM.get_metrics", web);
        Instant started = WireValues.asInstant(c.callWithSession("VM_metrics.get_start_time", metrics));
        seen.add(started.isAfter(Instant.EPOCH));
        XenApiException refused = assertThrows(XenApiException.class,
                () -> c.callWithSession("VM.start", web, false, false));
        seen.add(refused.errorDescription().size());
        seen.add(refused.code());
        c.logout();
        return seen;
    }

    @Test
    void theClientSpeaksJsonRpcToTheAgent() throws Exception {
        XenApiClient c = throughProxy();
        workbenchCalls(c);
        assertEquals(WireEncoding.JSON_RPC, c.encoding());
        List<RecordingTlsProxy.Exchange> all = proxy.exchanges();
        assertEquals(9, all.size(), "one exchange per call: " + all);
        for (RecordingTlsProxy.Exchange e : all) {
            assertEquals(new RecordingTlsProxy.Exchange("/jsonrpc", "application/json", 200, "application/json"), e);
        }
        // values come in JSON's form: an int is a Long, not XML-RPC's decimal string
        c.login(AgentFixture.OPERATOR, AgentFixture.PASSWORD);
        Map<String, Object> r = WireValues.asMap(c.callWithSession("VM.get_record",
                c.callWithSession("VM.get_by_uuid", webUuid)));
        assertInstanceOf(Long.class, r.get("memory_static_max"));
        assertInstanceOf(List.class, r.get("VBDs"));
    }

    @Test
    void anAgentWithoutJsonRpcIsSpokenToInXmlRpcWithTheSameResults() throws Exception {
        List<Object> overJson = workbenchCalls(f.client());
        ((SimulatedBackend) f.agent.backend()).shutdown(webUuid, true);

        proxy.withoutJsonRpc();
        XenApiClient c = throughProxy();
        assertEquals(overJson, workbenchCalls(c));
        assertEquals(WireEncoding.XML_RPC, c.encoding());
        List<RecordingTlsProxy.Exchange> all = proxy.exchanges();
        assertEquals(new RecordingTlsProxy.Exchange("/jsonrpc", "application/json", 404, "text/plain"), all.get(0));
        assertEquals(10, all.size(), "the login once more in XML-RPC, then one exchange per call: " + all);
        for (RecordingTlsProxy.Exchange e : all.subList(1, all.size())) {
            assertEquals(new RecordingTlsProxy.Exchange("/", "text/xml", 200, "text/xml"), e);
        }
    }

    @Test
    void errorsReadTheSameOnBothWires() throws Exception {
        XenApiClient json = f.client();
        XenApiClient xml = f.xmlRpcClient();
        for (XenApiClient c : List.of(json, xml)) {
            c.login(AgentFixture.OPERATOR, AgentFixture.PASSWORD);
        }
        List<List<Object>> calls = List.of(List.of("session.login_with_password", "operator", "wrong"),
                List.of("VM.frobnicate"), List.of("host.get_record"), List.of("VM.get_record", "OpaqueRef:nothing"),
                List.of("VM.get_by_uuid", "not-a-uuid"), List.of("event.from", List.of("*"), "bad-token", 0.0));
        for (List<Object> call : calls) {
            assertEquals(error(xml, call), error(json, call), call.toString());
        }
        assertEquals(WireEncoding.JSON_RPC, json.encoding());
    }

    /** The error of a call that must fail; with the client's session unless it is a {@code session.*} call. */
    private static List<String> error(XenApiClient c, List<Object> call) {
        String method = (String) call.get(0);
        Object[] params = call.subList(1, call.size()).toArray();
        return assertThrows(XenApiException.class, () -> {
            if (method.startsWith("session.")) {
                c.call(method, params);
            } else {
                c.callWithSession(method, params);
            }
        }).errorDescription();
    }
}
