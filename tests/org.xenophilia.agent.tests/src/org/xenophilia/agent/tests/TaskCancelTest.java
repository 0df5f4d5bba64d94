package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.OperationProgress.Step;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Progress and {@code task.cancel} of the {@code Async.VM.*} operations, the same on both backends: the xl backend
 * against {@link FakeXl} (the boundary double replaying real xl 4.17 captures; its control files make xl slow, or
 * a guest ignore a shutdown), the simulated one with operation durations. A task offers {@code cancel} only while
 * cancelling stops the operation with the host as it was, and a cancelled task ends {@code cancelled} with
 * {@code [TASK_CANCELLED, task]}, as in xapi.
 */
class TaskCancelTest {

    @TempDir
    Path dir;
    AgentFixture f;
    FakeXl xl;
    XenApiClient op;
    String vm;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private void startOnXl(String... settings) throws Exception {
        xl = FakeXl.install(dir.resolve("xl"));
        f = AgentFixture.onFakeXl(dir.resolve("agent"), xl, settings);
        define();
    }

    private void startSimulated(String... settings) throws Exception {
        f = new AgentFixture(dir.resolve("agent"), c -> {
            for (int i = 0; i < settings.length; i += 2) {
                c.set(settings[i], settings[i + 1]);
            }
        });
        define();
    }

    private void define() throws Exception {
        op = f.loggedIn(AgentFixture.OPERATOR);
        vm = (String) f.loggedIn(AgentFixture.ADMIN).callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(XlBackendTest.UUID, 256));
    }

    private Map<String, Object> task(String task) throws Exception {
        return WireValues.asMap(op.callWithSession("task.get_record", task));
    }

    private static List<String> strings(Object wire) {
        List<String> out = new ArrayList<>();
        for (Object o : WireValues.asList(wire)) {
            out.add((String) o);
        }
        return out;
    }

    /** Waits until the task's record satisfies {@code until}, and returns it. */
    private Map<String, Object> await(String task, String what, Predicate<Map<String, Object>> until)
            throws Exception {
        return Await.until("the task to have " + what, () -> task(task), until::test);
    }

    private static double progress(Map<String, Object> r) {
        return WireValues.asDouble(r.get("progress"));
    }

    private Map<String, Object> finished(String task) throws Exception {
        return await(task, "finished", r -> !r.get("status").equals("pending") && !r.get("status")
                .equals("cancelling"));
    }

    private void assertCancelled(String task) throws Exception {
        Map<String, Object> r = finished(task);
        assertEquals("cancelled", r.get("status"));
        assertEquals(List.of("TASK_CANCELLED", task), strings(r.get("error_info")));
        assertEquals(List.of(), strings(r.get("allowed_operations")));
        assertEquals(1.0, progress(r));
    }

    private String powerState() throws Exception {
        return (String) op.callWithSession("VM.get_power_state", vm);
    }

    @Test
    void anXlStartCancelledWhileXlBuildsLeavesTheHostAsItWas() throws Exception {
        startOnXl();
        String before = (String) op.callWithSession("Xenophilia.VM.get_xml", vm);
        xl.control("slow-create");
        String task = (String) op.callWithSession("Async.VM.start", vm, false, false);
        Map<String, Object> r = await(task, "reached xl create", t -> progress(t) >= Step.STARTED.fraction);
        assertEquals("pending", r.get("status"));
        assertEquals(Step.STARTED.fraction, progress(r), "checked the power state, xl create runs");
        assertEquals(List.of("cancel"), strings(r.get("allowed_operations")));
        // xl builds the domain (listed paused meanwhile)
        Await.until("xl create to begin building the domain", () -> xl.xl("list").contains("web"));
        assertEquals("Halted", powerState(), "a VM being started is Halted until its start is done, as in xapi");

        op.callWithSession("task.cancel", task);
        assertCancelled(task);
        // xl create was killed and the domain it was building destroyed
        assertEquals(List.of(List.of("destroy", "1")), xl.invocations("destroy"));
        assertFalse(xl.xl("list").contains("web"));
        assertEquals("Halted", powerState());
        assertEquals(-1, WireValues.asLong(op.callWithSession("VM.get_domid", vm)));
        assertEquals(before, op.callWithSession("Xenophilia.VM.get_xml", vm));

        Files.delete(xl.dir.resolve("slow-create"));
        op.callWithSession("VM.start", vm, false, false);
        assertEquals("Running", powerState());
    }

    @Test
    void anXlCleanShutdownTheGuestIgnoresCanBeCancelled() throws Exception {
        startOnXl();
        op.callWithSession("VM.start", vm, false, false);
        xl.control("ignore-shutdown-web");
        String task = (String) op.callWithSession("Async.VM.clean_shutdown", vm);
        Map<String, Object> r = await(task, "asked the guest", t -> progress(t) >= Step.STARTED.fraction);
        assertEquals(Step.STARTED.fraction, progress(r), "xl shutdown -w waits for the guest");
        assertEquals(List.of("cancel"), strings(r.get("allowed_operations")));
        Await.until("xl shutdown to ask the guest", () -> !xl.invocations("shutdown").isEmpty());

        op.callWithSession("task.cancel", task);
        assertCancelled(task);
        assertEquals(List.of(List.of("shutdown", "-w", "web")), xl.invocations("shutdown"));
        assertEquals(List.of(), xl.invocations("destroy"));
        assertEquals("Running", powerState(), "the guest ignored the request and keeps running");
    }

    @Test
    void anXlCommandThatHasStartedRunsToItsEndAndCannotBeCancelled() throws Exception {
        startOnXl("xl.command-timeout", "5");
        op.callWithSession("VM.start", vm, false, false);
        xl.control("hang-pause");
        String task = (String) op.callWithSession("Async.VM.pause", vm);
        Map<String, Object> r = await(task, "ran xl pause", t -> progress(t) >= Step.STARTED.fraction);
        assertEquals("pending", r.get("status"));
        assertEquals(List.of(), strings(r.get("allowed_operations")), "xl pause runs: nothing to cancel cleanly");
        XenApiException e = assertThrows(XenApiException.class, () -> op.callWithSession("task.cancel", task));
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED.code(), e.code());
        r = finished(task);
        assertEquals("failure", r.get("status"));
        assertEquals(List.of(ErrorCode.INTERNAL_ERROR.code(), "xl pause web did not finish within 5 s and was killed"),
                strings(r.get("error_info")));
    }

    @Test
    void anXlOperationReportsItsStepsAndSucceeds() throws Exception {
        startOnXl();
        op.callWithSession("VM.start", vm, false, false);
        String token = (String) WireValues.asMap(op.callWithSession("event.from", List.of("task"), "", 0.0))
                .get("token");
        String task = (String) op.callWithSession("Async.VM.pause", vm);
        Map<String, Object> r = finished(task);
        assertEquals("success", r.get("status"), String.valueOf(r.get("error_info")));
        assertEquals(1.0, progress(r));
        assertEquals("Paused", powerState());
        // every step is a task event (several steps between two event.from calls are one event, so only check
        // that what was seen only went up and ended at 1)
        List<Double> seen = new ArrayList<>();
        for (int i = 0; i < 10 && (seen.isEmpty() || seen.get(seen.size() - 1) < 1.0); i++) {
            Map<String, Object> batch = WireValues.asMap(op.callWithSession("event.from", List.of("task"), token,
                    5.0));
            token = (String) batch.get("token");
            for (Object o : WireValues.asList(batch.get("events"))) {
                Map<String, Object> ev = WireValues.asMap(o);
                if (task.equals(ev.get("ref"))) {
                    seen.add(progress(WireValues.asMap(ev.get("snapshot"))));
                }
            }
        }
        assertFalse(seen.isEmpty());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress went back: " + seen);
        }
        assertEquals(1.0, seen.get(seen.size() - 1), seen.toString());
    }

    @Test
    void theSimulatedBackendOffersTheSameCancel() throws Exception {
        startSimulated("simulated.clean-shutdown-duration", "60000");
        op.callWithSession("VM.start", vm, false, false);
        String task = (String) op.callWithSession("Async.VM.clean_shutdown", vm);
        Map<String, Object> r = await(task, "waited", t -> progress(t) >= Step.STARTED.fraction);
        assertEquals("pending", r.get("status"));
        assertTrue(progress(r) < Step.DONE.fraction, "progress " + progress(r));
        assertEquals(List.of("cancel"), strings(r.get("allowed_operations")));
        op.callWithSession("task.cancel", task);
        assertCancelled(task);
        assertEquals("Running", powerState());
    }
}
