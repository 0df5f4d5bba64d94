package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** VM records and the lifecycle over the simulated backend, through the API. */
class VmLifecycleTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient op;
    String webUuid = UUID.randomUUID().toString();
    String bigUuid = UUID.randomUUID().toString();

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        SimulatedBackend sim = (SimulatedBackend) f.agent.backend();
        sim.define(new DomainSpec(webUuid, "web", "a web server", GIB, 2 * GIB, 2, 4));
        // the simulated host has 16 GiB, 1 GiB of which is dom0's
        sim.define(new DomainSpec(bigUuid, "big", "", 14 * GIB + GIB / 2, 15 * GIB, 4, 4));
        op = f.loggedIn(AgentFixture.OPERATOR);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String ref(String uuid) throws Exception {
        return (String) op.callWithSession("VM.get_by_uuid", uuid);
    }

    private String state(String ref) throws Exception {
        return (String) op.callWithSession("VM.get_power_state", ref);
    }

    private XenApiException fails(ErrorCode code, String method, Object... params) {
        XenApiException e = assertThrows(XenApiException.class, () -> op.callWithSession(method, params));
        assertEquals(code.code(), e.code(), e.getMessage());
        return e;
    }

    @Test
    void metricsTellWhenTheCurrentDomainStartedAndSurviveARestartOfTheAgent() throws Exception {
        String web = ref(webUuid);
        String metrics = WireValues.asString(op.callWithSession("VM.get_metrics", web));
        assertEquals(metrics, WireValues.asMap(op.callWithSession("VM.get_record", web)).get("metrics"));
        assertEquals(java.time.Instant.EPOCH, WireValues.asInstant(op.callWithSession("VM_metrics.get_start_time",
                metrics)), "a halted VM has no start time");

        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        op.callWithSession("VM.start", web, false, false);
        java.time.Instant started = WireValues.asInstant(op.callWithSession("VM_metrics.get_start_time", metrics));
        assertTrue(!started.isBefore(before) && !started.isAfter(java.time.Instant.now().plusSeconds(1)),
                started.toString());
        Map<String, Object> r = WireValues.asMap(op.callWithSession("VM_metrics.get_record", metrics));
        assertEquals(GIB, WireValues.asLong(r.get("memory_actual")));
        assertEquals(2, WireValues.asLong(r.get("VCPUs_number")));
        assertEquals(1, WireValues.asMap(op.callWithSession("VM_metrics.get_all_records")).values().stream()
                .filter(m -> !java.time.Instant.EPOCH.equals(WireValues.asInstant(WireValues.asMap(m)
                        .get("start_time")))).count(), "web has started; big has not; dom0's start is not known");

        op.callWithSession("VM.pause", web);
        assertEquals(started, WireValues.asInstant(op.callWithSession("VM_metrics.get_start_time", metrics)),
                "pausing keeps the domain, and its start time");
        fails(ErrorCode.HANDLE_INVALID, "VM_metrics.get_record", "OpaqueRef:00000000-0000-0000-0000-000000000000");
    }

    @Test
    void recordsCarryWhatClientsRead() throws Exception {
        Map<String, Object> all = WireValues.asMap(op.callWithSession("VM.get_all_records"));
        assertEquals(3, all.size());
        assertEquals(1, all.values().stream().filter(v -> Boolean.TRUE.equals(WireValues.asMap(v)
                .get("is_control_domain"))).count(), "the control domain is listed, as by xapi");
        String web = ref(webUuid);
        Map<String, Object> r = WireValues.asMap(all.get(web));
        Map<String, Object> single = WireValues.asMap(op.callWithSession("VM.get_record", web));
        assertEquals(r.keySet(), single.keySet());
        assertEquals(r.get("power_state"), single.get("power_state"));
        for (String field : List.of("VBDs", "VIFs", "tags", "allowed_operations")) {
            WireValues.asList(single.get(field)); // sets are arrays
        }
        // what VM calls apply to a halted VM (no start_on: the Agent does not serve VM.start_on)
        assertEquals(List.of("start", "changing_dynamic_range", "changing_memory_limits", "changing_VCPUs", "destroy"),
                WireValues.asList(single.get("allowed_operations")));
        assertEquals(webUuid, r.get("uuid"));
        assertEquals("web", r.get("name_label"));
        assertEquals("a web server", r.get("name_description"));
        assertEquals("Halted", r.get("power_state"));
        assertEquals(2 * GIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(GIB, WireValues.asLong(r.get("memory_dynamic_max")));
        assertEquals(4, WireValues.asLong(r.get("VCPUs_max")));
        assertEquals(2, WireValues.asLong(r.get("VCPUs_at_startup")));
        assertEquals(-1, WireValues.asLong(r.get("domid")));
        assertEquals("OpaqueRef:NULL", r.get("resident_on"));
        assertEquals(Boolean.FALSE, r.get("is_a_template"));
        assertEquals(List.of(web), WireValues.asList(op.callWithSession("VM.get_by_name_label", "web")));
        assertEquals(List.of(), WireValues.asList(op.callWithSession("VM.get_by_name_label", "none")));
        fails(ErrorCode.UUID_INVALID, "VM.get_by_uuid", UUID.randomUUID().toString());
        fails(ErrorCode.HANDLE_INVALID, "VM.get_record", "OpaqueRef:nothing");
    }

    @Test
    void lifecycleFollowsXlsStateMachine() throws Exception {
        String web = ref(webUuid);
        XenApiException e = fails(ErrorCode.VM_BAD_POWER_STATE, "VM.clean_shutdown", web);
        assertEquals(List.of(web, "Running", "Halted"), e.params());

        op.callWithSession("VM.start", web, false, false);
        assertEquals("Running", state(web));
        Map<String, Object> r = WireValues.asMap(op.callWithSession("VM.get_record", web));
        assertTrue(WireValues.asLong(r.get("domid")) > 0);
        assertEquals(op.callWithSession("session.get_this_host", op.session().orElseThrow()), r.get("resident_on"));
        String host = (String) r.get("resident_on");
        List<Object> resident = WireValues.asList(op.callWithSession("host.get_resident_VMs", host));
        assertEquals(2, resident.size(), "web and the control domain");
        assertTrue(resident.contains(web));
        e = fails(ErrorCode.VM_BAD_POWER_STATE, "VM.start", web, false, false);
        assertEquals(List.of(web, "Halted", "Running"), e.params());

        op.callWithSession("VM.pause", web);
        assertEquals("Paused", state(web));
        fails(ErrorCode.VM_BAD_POWER_STATE, "VM.clean_shutdown", web);
        op.callWithSession("VM.unpause", web);
        assertEquals("Running", state(web));
        fails(ErrorCode.VM_BAD_POWER_STATE, "VM.unpause", web);
        op.callWithSession("VM.set_VCPUs_number_live", web, 4L);
        fails(ErrorCode.INVALID_VALUE, "VM.set_VCPUs_number_live", web, 5L);
        op.callWithSession("VM.clean_shutdown", web);
        assertEquals("Halted", state(web));

        op.callWithSession("VM.start", web, true, false);
        assertEquals("Paused", state(web));
        op.callWithSession("VM.hard_shutdown", web);
        assertEquals("Halted", state(web));
    }

    @Test
    void hostMemoryIsAccounted() throws Exception {
        String web = ref(webUuid);
        String big = ref(bigUuid);
        op.callWithSession("VM.start", web, false, false);
        XenApiException e = fails(ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY, "VM.start", big, false, false);
        assertEquals(List.of(Long.toString(14 * GIB + GIB / 2), Long.toString(14 * GIB)), e.params());
        String metrics = WireValues.asList(op.callWithSession("host_metrics.get_all")).get(0).toString();
        assertEquals(14 * GIB, WireValues.asLong(WireValues.asMap(op.callWithSession("host_metrics.get_record",
                metrics)).get("memory_free")));
        op.callWithSession("VM.hard_shutdown", web);
        op.callWithSession("VM.start", big, false, false);
        assertEquals("Running", state(big));
    }

    @Test
    void readOnlyUserCannotStartAVm() throws Exception {
        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        String web = ref(webUuid);
        XenApiException e = assertThrows(XenApiException.class,
                () -> viewer.callWithSession("VM.start", web, false, false));
        assertEquals(ErrorCode.PERMISSION_DENIED.code(), e.code());
        assertEquals(List.of("VM.start"), e.params());
        assertEquals("Halted", viewer.callWithSession("VM.get_power_state", web));
    }

    @Test
    void statesSurviveARestart() throws Exception {
        op.callWithSession("VM.start", ref(webUuid), false, false);
        f.close();
        f = new AgentFixture(dir.resolve("second"), c -> c.configDir(f.configDir).stateDir(f.stateDir));
        op = f.loggedIn(AgentFixture.OPERATOR);
        assertEquals("Running", state(ref(webUuid)));
        assertEquals("Halted", state(ref(bigUuid)));
    }
}
