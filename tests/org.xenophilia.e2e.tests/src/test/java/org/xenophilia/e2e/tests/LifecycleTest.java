package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The whole life of a PV domain through the Agent's xl backend on a real Xen, with the project's own client: each
 * step is checked both in the Agent's records and in what {@code xl list} says in dom0.
 */
class LifecycleTest extends RealXenTest {

    private static final String NAME = "e2e-life";

    LifecycleTest() {
        super(NAME);
    }

    @Test
    void pvDomainIsCreatedStartedPausedResizedShutDownAndDestroyed() throws Exception {
        try (XenApiClient c = xen.admin()) {
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg", RealXen.guestCfg(NAME,
                    128, 192, "192.168.77.21", "", RealXen.GUEST_KERNEL, "")));
            Map<String, Object> r = RealXen.record(c, "VM", vm);
            assertEquals("Halted", r.get("power_state"));
            assertEquals(RealXen.GUEST_KERNEL, r.get("PV_kernel"));
            assertEquals(192 * RealXen.MIB, WireValues.asLong(r.get("memory_static_max")));
            if (!xen.readOnlyUser.isEmpty()) {
                // a read-only user sees the VM but cannot start it: nothing reaches xl
                try (XenApiClient viewer = xen.login(xen.readOnlyUser)) {
                    assertEquals("Halted", RealXen.powerState(viewer, vm));
                    XenApiException denied = assertThrows(XenApiException.class,
                            () -> viewer.callWithSession("VM.start", vm, false, false));
                    assertTrue(denied.is(ErrorCode.PERMISSION_DENIED), denied.toString());
                }
            }
            assertNull(xen.xlState(NAME), "xl knows " + NAME + " before it was started");

            // start: the Agent says Running, and so does xl; the guest's kernel really runs
            xen.dom0Ok("rm -f " + RealXen.console(NAME));
            timed("start", () -> c.callWithSession("VM.start", vm, false, false));
            RealXen.awaitPowerState(c, vm, "Running");
            r = RealXen.record(c, "VM", vm);
            long domid = WireValues.asLong(r.get("domid"));
            assertTrue(domid > 0, "domid " + domid);
            String state = xen.xlState(NAME);
            assertTrue(RealXen.xlRunning(state), "xl list shows " + NAME + " as " + state);
            assertEquals(Long.toString(domid), xen.dom0Ok("xl domid " + NAME).stdout().strip());
            xen.awaitInDom0("the guest's console marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-READY name=" + NAME + "' " + RealXen.console(NAME));
            assertTrue(WireValues.asList(c.callWithSession("host.get_resident_VMs",
                    WireValues.asString(r.get("resident_on")))).contains(vm));

            // a second start is refused, the domain untouched
            XenApiException twice = assertThrows(XenApiException.class,
                    () -> c.callWithSession("VM.start", vm, false, false));
            assertTrue(twice.is(ErrorCode.VM_BAD_POWER_STATE), twice.toString());
            assertTrue(RealXen.xlRunning(xen.xlState(NAME)));

            timed("pause", () -> c.callWithSession("VM.pause", vm));
            RealXen.awaitPowerState(c, vm, "Paused");
            state = xen.xlState(NAME);
            assertTrue(RealXen.xlPaused(state), "xl list shows the paused " + NAME + " as " + state);

            timed("unpause", () -> c.callWithSession("VM.unpause", vm));
            RealXen.awaitPowerState(c, vm, "Running");
            state = xen.xlState(NAME);
            assertTrue(RealXen.xlRunning(state), "xl list shows the unpaused " + NAME + " as " + state);

            // memory: the balloon target goes to 100 MiB; xl list and the Agent's record both show it
            timed("set_memory_target_live", () -> c.callWithSession("VM.set_memory_target_live", vm,
                    100 * RealXen.MIB));
            xen.awaitInDom0("xl list showing 100 MiB", RealXen.STATE_TIMEOUT,
                    "xl list " + NAME + " | awk 'NR == 2 { exit !($3 == 100) }'");
            RealXen.await("the Agent's memory_target of 100 MiB", RealXen.STATE_TIMEOUT,
                    () -> WireValues.asLong(RealXen.record(c, "VM", vm).get("memory_target")),
                    m -> m == 100 * RealXen.MIB);
            XenApiException above = assertThrows(XenApiException.class,
                    () -> c.callWithSession("VM.set_memory_target_live", vm, 256 * RealXen.MIB));
            assertTrue(above.is(ErrorCode.INVALID_VALUE), above.toString());

            // clean shutdown: the guest's own poweroff runs, the domain is gone from xl
            timed("clean_shutdown", () -> c.callWithSession("VM.clean_shutdown", vm));
            assertEquals("Halted", RealXen.powerState(c, vm));
            assertNull(xen.xlState(NAME), NAME + " is still known to xl after a clean shutdown");
            xen.awaitInDom0("the guest's poweroff marker", RealXen.STATE_TIMEOUT,
                    "grep -q E2E-GUEST-POWEROFF " + RealXen.console(NAME));
            assertEquals(-1, WireValues.asLong(RealXen.record(c, "VM", vm).get("domid")));

            // start again, then hard shutdown (xl destroy)
            timed("start", () -> c.callWithSession("VM.start", vm, false, false));
            RealXen.awaitPowerState(c, vm, "Running");
            assertTrue(RealXen.xlRunning(xen.xlState(NAME)));
            timed("hard_shutdown", () -> c.callWithSession("VM.hard_shutdown", vm));
            assertEquals("Halted", RealXen.powerState(c, vm));
            assertNull(xen.xlState(NAME), NAME + " is still known to xl after a hard shutdown");

            // destroy: the definition is gone
            String uuid = WireValues.asString(RealXen.record(c, "VM", vm).get("uuid"));
            c.callWithSession("VM.destroy", vm);
            assertTrue(WireValues.asList(c.callWithSession("VM.get_by_name_label", NAME)).isEmpty());
            XenApiException gone = assertThrows(XenApiException.class,
                    () -> c.callWithSession("VM.get_by_uuid", uuid));
            assertTrue(gone.is(ErrorCode.UUID_INVALID), gone.toString());
            assertNotNull(xen.xlList().get("Domain-0"));
            assertNull(xen.xlList().get(NAME));
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    /**
     * Runs one Agent call and keeps its duration as an extra overhead sample. A refused call fails the test with
     * what xl itself says about the domain at that moment, so a wrong answer from the backend is told apart from a
     * domain that really is in another state.
     */
    private void timed(String op, Call call) throws Exception {
        long t = System.nanoTime();
        try {
            call.run();
        } catch (XenApiException e) {
            String xl;
            try {
                String state = xen.xlState(NAME);
                xl = state == null ? "absent" : state;
            } catch (Exception | AssertionError f) {
                xl = "unknown (" + f + ")";
            }
            throw new AssertionError("VM." + op + " of " + NAME + " failed: " + e.code() + " " + e.params()
                    + "; meanwhile xl list in dom0 shows " + NAME + " as " + xl, e);
        }
        xen.overhead(op, "agent (LifecycleTest)", (System.nanoTime() - t) / 1e9);
    }
}
