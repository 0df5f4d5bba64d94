package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A running domain's definition changed through the Agent waits for its next boot on a real Xen: the Agent hands it
 * to xl with {@code xl config-update}, so that libxl builds the domain from it on a clean reboot ({@code xl reboot});
 * a hard reboot (destroy, create) takes it too. Checked in the Agent's records and in {@code xl list -l} in dom0.
 */
class NextBootTest extends RealXenTest {

    private static final String NAME = "e2e-nextboot";

    NextBootTest() {
        super(NAME);
    }

    @Test
    void aChangeMadeWhileRunningTakesEffectAtTheNextReboot() throws Exception {
        try (XenApiClient c = xen.admin()) {
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg", RealXen.guestCfg(NAME,
                    128, 192, "192.168.77.23", "", RealXen.GUEST_KERNEL, "")));
            c.callWithSession("VM.start", vm, false, false);
            RealXen.awaitPowerState(c, vm, "Running");
            long domid = WireValues.asLong(RealXen.record(c, "VM", vm).get("domid"));
            xen.awaitInDom0("the guest's console marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-READY name=" + NAME + "' " + RealXen.console(NAME));

            // maxmem 192 -> 256 MiB while it runs: accepted, waiting for the next boot
            String xml = WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml", vm));
            assertTrue(xml.contains("<maxmem>192</maxmem>"), xml);
            c.callWithSession("Xenophilia.VM.set_xml", vm, xml.replace("<maxmem>192</maxmem>",
                    "<maxmem>256</maxmem>"));
            assertEquals(List.of("maxmem"), WireValues.asList(c.callWithSession(
                    "Xenophilia.VM.get_pending_changes", vm)));
            assertEquals(192 * RealXen.MIB, WireValues.asLong(RealXen.record(c, "VM", vm).get("memory_static_max")),
                    "the running domain keeps its maxmem");
            assertTrue(xen.dom0Ok("xl list -l " + NAME).stdout().contains("\"max_memkb\": " + 192 * 1024),
                    "xl still runs it with 192 MiB");

            // a clean reboot through the Agent: libxl builds it again from the configuration config-update stored
            c.callWithSession("VM.clean_reboot", vm);
            Map<String, Object> r = RealXen.await("the rebooted domain", RealXen.STATE_TIMEOUT,
                    () -> RealXen.record(c, "VM", vm), rec -> "Running".equals(rec.get("power_state"))
                            && WireValues.asLong(rec.get("domid")) != domid && WireValues.asLong(rec.get("domid")) > 0);
            assertEquals(256 * RealXen.MIB, WireValues.asLong(r.get("memory_static_max")));
            assertEquals(List.of(), WireValues.asList(c.callWithSession("Xenophilia.VM.get_pending_changes", vm)));
            xen.awaitInDom0("xl list -l showing maxmem 256 MiB", RealXen.STATE_TIMEOUT,
                    "xl list -l " + NAME + " | grep -q '\"max_memkb\": " + 256 * 1024 + "'");

            // and a hard reboot: 256 -> 320 MiB
            xml = WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml", vm));
            c.callWithSession("Xenophilia.VM.set_xml", vm, xml.replace("<maxmem>256</maxmem>",
                    "<maxmem>320</maxmem>"));
            c.callWithSession("VM.hard_reboot", vm);
            RealXen.awaitPowerState(c, vm, "Running");
            assertEquals(320 * RealXen.MIB, WireValues.asLong(RealXen.record(c, "VM", vm).get("memory_static_max")));
            xen.awaitInDom0("xl list -l showing maxmem 320 MiB", RealXen.STATE_TIMEOUT,
                    "xl list -l " + NAME + " | grep -q '\"max_memkb\": " + 320 * 1024 + "'");
        }
    }
}
