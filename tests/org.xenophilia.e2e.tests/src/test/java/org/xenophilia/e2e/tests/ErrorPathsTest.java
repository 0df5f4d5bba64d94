package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Starts that a real Xen refuses: the caller gets an error that says why, the VM stays Halted, and no domain is left
 * behind in xl (checked in dom0 and through the Agent).
 */
class ErrorPathsTest extends RealXenTest {

    private static final String BIG = "e2e-bigmem";
    private static final String NOKERNEL = "e2e-nokernel";
    private static final String MISSING_KERNEL = "/root/guests/no-such-vmlinuz";

    ErrorPathsTest() {
        super(BIG, NOKERNEL);
    }

    @Test
    void startingWithMoreMemoryThanIsFreeGivesHostNotEnoughFreeMemoryAndLeavesNoDomain() throws Exception {
        try (XenApiClient c = xen.admin()) {
            String host = WireValues.asString(WireValues.asList(c.callWithSession("host.get_all")).get(0));
            long free = WireValues.asLong(c.callWithSession("host.compute_free_memory", host));
            // dom0 holds 1024 of the machine's 2048 MiB: 2048 cannot be free
            int memory = 2048;
            assertTrue(free < memory * RealXen.MIB, "free memory " + free);
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg",
                    RealXen.guestCfg(BIG, memory, memory, "192.168.77.31", "", RealXen.GUEST_KERNEL, "")));
            Map<String, String> before = xen.xlList();

            XenApiException e = assertThrows(XenApiException.class,
                    () -> c.callWithSession("VM.start", vm, false, false));
            System.out.println("2048 MiB with " + free + " bytes free: " + e.errorDescription());
            assertTrue(e.is(ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY), "expected HOST_NOT_ENOUGH_FREE_MEMORY, got " + e);
            assertEquals(memory * RealXen.MIB, Long.parseLong(e.params().get(0)), "needed: " + e.params());
            long available = Long.parseLong(e.params().get(1));
            assertTrue(available > 0 && available < memory * RealXen.MIB, "available: " + e.params());

            assertLeftNothing(c, vm, BIG, before);
        }
    }

    @Test
    void aMissingKernelGivesAClearErrorAndLeavesNoDomain() throws Exception {
        try (XenApiClient c = xen.admin()) {
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg",
                    RealXen.guestCfg(NOKERNEL, 64, 64, "192.168.77.32", "", MISSING_KERNEL, "")));
            Map<String, String> before = xen.xlList();

            XenApiException e = assertThrows(XenApiException.class,
                    () -> c.callWithSession("VM.start", vm, false, false));
            String said = String.join(" ", e.errorDescription());
            System.out.println("a missing kernel: " + said);
            assertFalse(e.is(ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY), said);
            assertTrue(said.contains(NOKERNEL), "the error does not name the VM: " + said);
            assertTrue(said.contains(MISSING_KERNEL) || said.contains("No such file"),
                    "the error does not say the kernel is missing: " + said);

            assertLeftNothing(c, vm, NOKERNEL, before);
        }
    }

    /** The VM is Halted with no domid, xl lists the same domains as before, and the Agent lists no resident VM. */
    private void assertLeftNothing(XenApiClient c, String vm, String name, Map<String, String> before)
            throws Exception {
        assertEquals("Halted", RealXen.powerState(c, vm));
        Map<String, Object> r = RealXen.record(c, "VM", vm);
        assertEquals(-1, WireValues.asLong(r.get("domid")), "domid of a VM that did not start");
        assertNull(xen.xlState(name), name + " was left behind in xl");
        Map<String, String> after = xen.xlList();
        assertEquals(before.keySet(), after.keySet(), "xl list before the failed start:\n" + before.values()
                + "\nafter:\n" + after.values());
        String host = WireValues.asString(WireValues.asList(c.callWithSession("host.get_all")).get(0));
        List<Object> resident = WireValues.asList(c.callWithSession("host.get_resident_VMs", host));
        assertFalse(resident.contains(vm), "the Agent lists the VM as resident: " + resident);
        // the failed start left the definition as it was: it can be removed like any halted VM
        c.callWithSession("VM.destroy", vm);
    }
}
