package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.PluginContext;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** {@code task} objects and the {@code Async.*} calls, over TLS against a real Agent on the simulated backend. */
class TaskTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient op;
    String webUuid = UUID.randomUUID().toString();
    String web;

    private void start(java.util.function.Consumer<org.xenophilia.agent.AgentConfig> tweak) throws Exception {
        f = new AgentFixture(dir, tweak);
        ((SimulatedBackend) f.agent.backend()).define(new DomainSpec(webUuid, "web", "", GIB, 2 * GIB, 2, 4));
        op = f.loggedIn(AgentFixture.OPERATOR);
        web = (String) op.callWithSession("VM.get_by_uuid", webUuid);
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private Map<String, Object> record(XenApiClient c, String task) throws Exception {
        return WireValues.asMap(c.callWithSession("task.get_record", task));
    }

    /** Waits until the task is no longer pending and returns its record. */
    private Map<String, Object> finished(String task) throws Exception {
        return Await.until("task " + task + " to finish", () -> record(op, task),
                r -> !r.get("status").equals("pending") && !r.get("status").equals("cancelling"));
    }

    private static XenApiException fails(XenApiClient c, String code, String method, Object... params) {
        XenApiException e = assertThrows(XenApiException.class, () -> c.callWithSession(method, params));
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    private static List<String> strings(Object wire) {
        List<String> out = new ArrayList<>();
        for (Object o : WireValues.asList(wire)) {
            out.add((String) o);
        }
        return out;
    }

    @Test
    void anAsyncStartAnswersWithATaskThatSucceeds() throws Exception {
        start(c -> {
        });
        String task = (String) op.callWithSession("Async.VM.start", web, false, false);
        assertTrue(task.startsWith("OpaqueRef:"), task);
        Map<String, Object> r = finished(task);
        assertEquals("success", r.get("status"));
        assertEquals(1.0, WireValues.asDouble(r.get("progress")));
        assertEquals("", r.get("result"), "void results are empty, as in xapi");
        assertEquals(List.of(), strings(r.get("error_info")));
        assertEquals("Async.VM.start", r.get("name_label"));
        assertEquals(op.callWithSession("session.get_this_host", op.session().get().value()), r.get("resident_on"));
        assertEquals("Running", op.callWithSession("VM.get_power_state", web));
        for (String f : List.of("uuid", "name_description", "type", "backtrace")) {
            assertTrue(r.get(f) instanceof String, f);
        }
        WireValues.asMap(r.get("other_config"));
        strings(r.get("subtasks"));
        assertEquals(List.of(), strings(r.get("allowed_operations")));
        assertEquals("OpaqueRef:NULL", r.get("subtask_of"));

        // the accessors and lookups agree with the record
        assertEquals("success", op.callWithSession("task.get_status", task));
        assertEquals(1.0, WireValues.asDouble(op.callWithSession("task.get_progress", task)));
        assertEquals("", op.callWithSession("task.get_result", task));
        assertEquals(task, op.callWithSession("task.get_by_uuid", r.get("uuid")));
        assertTrue(strings(op.callWithSession("task.get_all")).contains(task));
        assertTrue(WireValues.asMap(op.callWithSession("task.get_all_records")).containsKey(task));
        assertEquals(List.of(task), strings(op.callWithSession("task.get_by_name_label", "Async.VM.start")));

        // a finished task cannot be cancelled; its owner destroys it
        fails(op, ErrorCode.OPERATION_NOT_ALLOWED.code(), "task.cancel", task);
        op.callWithSession("task.destroy", task);
        fails(op, ErrorCode.HANDLE_INVALID.code(), "task.get_record", task);
        fails(op, ErrorCode.UUID_INVALID.code(), "task.get_by_uuid", r.get("uuid"));
    }

    @Test
    void everyLifecycleOperationHasItsAsyncVariant() throws Exception {
        start(c -> {
        });
        String[][] steps = {{"Async.VM.start", "Running"}, {"Async.VM.pause", "Paused"},
            {"Async.VM.unpause", "Running"}, {"Async.VM.clean_reboot", "Running"},
            {"Async.VM.hard_reboot", "Running"}, {"Async.VM.clean_shutdown", "Halted"},
            {"Async.VM.start", "Running"}, {"Async.VM.hard_shutdown", "Halted"}};
        for (String[] step : steps) {
            Object[] params = step[0].equals("Async.VM.start") ? new Object[] {web, false, false} : new Object[] {web};
            String task = (String) op.callWithSession(step[0], params);
            Map<String, Object> r = finished(task);
            assertEquals("success", r.get("status"), step[0] + ": " + r.get("error_info"));
            assertEquals(step[1], op.callWithSession("VM.get_power_state", web), step[0]);
        }
    }

    @Test
    void aFailedOperationIsATaskFailureWithXapisErrorInfo() throws Exception {
        start(c -> {
        });
        String task = (String) op.callWithSession("Async.VM.unpause", web);
        Map<String, Object> r = finished(task);
        assertEquals("failure", r.get("status"));
        assertEquals(List.of("VM_BAD_POWER_STATE", web, "Paused", "Halted"), strings(r.get("error_info")));
        assertEquals(strings(r.get("error_info")), strings(op.callWithSession("task.get_error_info", task)));
        assertEquals("", r.get("result"));

        // what can be checked before anything runs is answered at once, as for the synchronous call
        fails(op, ErrorCode.HANDLE_INVALID.code(), "Async.VM.start", "OpaqueRef:nothing", false, false);
        fails(op, ErrorCode.FIELD_TYPE_ERROR.code(), "Async.VM.start", web, "yes", false);
        fails(op, ErrorCode.HANDLE_INVALID.code(), "task.get_record", "OpaqueRef:nothing");
        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        fails(viewer, ErrorCode.PERMISSION_DENIED.code(), "Async.VM.start", web, false, false);
    }

    @Test
    void aSlowOperationShowsProgressAndCanBeCancelled() throws Exception {
        start(c -> c.set("simulated.start-duration", "60000"));
        assertEquals(Duration.ofMinutes(1),
                ((SimulatedBackend) f.agent.backend()).durations().get("start"));
        String task = (String) op.callWithSession("Async.VM.start", web, false, false);
        // every record seen until then is a pending task that can be cancelled
        Await.until("the start to report progress", () -> record(op, task), r -> {
            assertEquals("pending", r.get("status"));
            assertEquals(List.of("cancel"), strings(r.get("allowed_operations")));
            double progress = WireValues.asDouble(r.get("progress"));
            assertTrue(progress < 1.0, "progress " + progress);
            return progress > 0;
        });
        assertEquals("Halted", op.callWithSession("VM.get_power_state", web), "changes only at the end");

        // only the owner (or an admin) may cancel
        XenApiClient other = f.loggedIn(AgentFixture.OPERATOR);
        fails(other, ErrorCode.PERMISSION_DENIED.code(), "task.cancel", task);
        op.callWithSession("task.cancel", task);
        Map<String, Object> r = finished(task);
        assertEquals("cancelled", r.get("status"));
        assertEquals(List.of("TASK_CANCELLED", task), strings(r.get("error_info")));
        assertEquals("Halted", op.callWithSession("VM.get_power_state", web));
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        admin.callWithSession("task.destroy", task);
        assertFalse(strings(op.callWithSession("task.get_all")).contains(task));
    }

    @Test
    void aReadOnlyUserCannotCancelOrDestroyAnotherUsersPendingTask() throws Exception {
        start(c -> c.set("simulated.start-duration", "60000"));
        String task = (String) op.callWithSession("Async.VM.start", web, false, false);
        Await.until("the start to report progress", () -> record(op, task),
                r -> WireValues.asDouble(r.get("progress")) > 0);
        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        assertEquals(List.of("task.cancel"), fails(viewer, ErrorCode.PERMISSION_DENIED.code(), "task.cancel", task)
                .params());
        assertEquals(List.of("task.destroy"), fails(viewer, ErrorCode.PERMISSION_DENIED.code(), "task.destroy", task)
                .params());
        // the task runs on, still cancellable by its owner, and the VM is untouched
        Map<String, Object> r = record(viewer, task);
        assertEquals("pending", r.get("status"));
        assertEquals(List.of("cancel"), strings(r.get("allowed_operations")));
        assertTrue(strings(viewer.callWithSession("task.get_all")).contains(task));
        assertEquals("Halted", viewer.callWithSession("VM.get_power_state", web));
        op.callWithSession("task.cancel", task);
        assertEquals("cancelled", finished(task).get("status"));
    }

    @Test
    void taskChangesAreEvents() throws Exception {
        start(c -> {
        });
        Object first = op.callWithSession("event.from", List.of("task"), "", 0.0);
        String token = (String) WireValues.asMap(first).get("token");
        String task = (String) op.callWithSession("Async.VM.start", web, false, false);
        finished(task);
        Map<String, Object> batch = WireValues.asMap(op.callWithSession("event.from", List.of("task"), token, 5.0));
        List<Object> events = WireValues.asList(batch.get("events"));
        assertEquals(1, events.size(), events.toString());
        Map<String, Object> e = WireValues.asMap(events.get(0));
        assertEquals("task", e.get("class"));
        assertEquals("add", e.get("operation"));
        assertEquals(task, e.get("ref"));
        assertEquals("success", WireValues.asMap(e.get("snapshot")).get("status"));
        assertEquals(1, WireValues.asLong(WireValues.asMap(batch.get("valid_ref_counts")).get("task")));

        token = (String) batch.get("token");
        op.callWithSession("task.destroy", task);
        batch = WireValues.asMap(op.callWithSession("event.from", List.of("task"), token, 5.0));
        e = WireValues.asMap(WireValues.asList(batch.get("events")).get(0));
        assertEquals("del", e.get("operation"));
        assertEquals(task, e.get("ref"));
    }

    @Test
    void finishedTasksExpire() throws Exception {
        start(c -> {
        });
        String task = (String) op.callWithSession("Async.VM.start", web, false, false);
        finished(task);
        f.clock.advance(Duration.ofMinutes(59));
        record(op, task);
        f.clock.advance(Duration.ofMinutes(2));
        fails(op, ErrorCode.HANDLE_INVALID.code(), "task.get_record", task);
    }

    @Test
    void anAsyncCreateFromXmlAnswersTheNewVmAsItsResult() throws Exception {
        start(c -> {
        });
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        String uuid = UUID.randomUUID().toString();
        String xml = XlBackendTest.WEB.formatted(uuid, 256).replace("<name>web</name>", "<name>web2</name>");
        String task = (String) admin.callWithSession("Async.Xenophilia.VM.create_from_xml", xml);
        Map<String, Object> r = Await.until("the create to finish", () -> record(admin, task),
                t -> !t.get("status").equals("pending"));
        assertEquals("success", r.get("status"), String.valueOf(r.get("error_info")));
        String vm = (String) admin.callWithSession("VM.get_by_uuid", uuid);
        assertEquals("<value>" + vm + "</value>", r.get("result"));
        fails(admin, "XENOPHILIA_INVALID_DEFINITION", "Async.Xenophilia.VM.create_from_xml", "<domain/>");
    }

    @Test
    void simulatedDurationsAreBounded() throws Exception {
        start(c -> {
        });
        org.xenophilia.agent.AgentConfig c = org.xenophilia.agent.AgentConfig.load(dir.resolve("none.conf"));
        assertThrows(IllegalArgumentException.class, () -> c.set("simulated.start-duration", "600001"));
        assertThrows(IllegalArgumentException.class, () -> c.set("simulated.start-duration", "-1"));
        assertThrows(IllegalArgumentException.class, () -> c.set("simulated.teleport-duration", "10"));
        c.set("simulated.clean-shutdown-duration", "1500");
        assertEquals(Map.of("clean-shutdown-duration", "1500"), c.pluginSettings("simulated"));
        try (HypervisorBackend opened = c.backendFactory().open(new PluginContext(dir.resolve("other-state"),
                c.pluginSettings("simulated"), c.clock(), "host"))) {
            assertEquals(Map.of("clean-shutdown", Duration.ofMillis(1500)), ((SimulatedBackend) opened).durations());
        }
    }
}
