package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A PV domain with a vif on {@code xenbr0} and a file-backed disk, started by the Agent on a real Xen: both devices
 * are in its VIF/VBD records, xl attached both, and the guest sees both (its console) and answers ping on the bridge.
 */
class DevicesTest extends RealXenTest {

    private static final String NAME = "e2e-dev";
    private static final String MAC = "00:16:3e:00:e2:12";
    private static final String IP = "192.168.77.12";
    private static final String DISK = "/root/guests/e2e-dev-disk.img";

    DevicesTest() {
        super(NAME);
    }

    @Test
    void vifOnTheBridgeAndFileBackedDiskAreInTheRecordsAndInTheGuest() throws Exception {
        xen.dom0Ok("rm -f " + RealXen.console(NAME) + " && truncate -s 64M " + DISK);
        try (XenApiClient c = xen.admin()) {
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg", RealXen.guestCfg(NAME,
                    128, 128, IP, "xvda,eth0", RealXen.GUEST_KERNEL,
                    "vif = [ \"bridge=" + RealXen.BRIDGE + ",mac=" + MAC + "\" ]\n"
                            + "disk = [ \"format=raw,vdev=xvda,access=rw,target=" + DISK + "\" ]\n")));
            long t = System.nanoTime();
            c.callWithSession("VM.start", vm, false, false);
            xen.overhead("start (vif+disk)", "agent (DevicesTest)", (System.nanoTime() - t) / 1e9);
            RealXen.awaitPowerState(c, vm, "Running");

            Map<String, Object> r = RealXen.record(c, "VM", vm);
            List<Object> vifs = WireValues.asList(r.get("VIFs"));
            List<Object> vbds = WireValues.asList(r.get("VBDs"));
            assertEquals(1, vifs.size(), "VIFs of " + NAME + ": " + vifs);
            assertEquals(1, vbds.size(), "VBDs of " + NAME + ": " + vbds);

            Map<String, Object> vif = RealXen.record(c, "VIF", WireValues.asString(vifs.get(0)));
            assertEquals(MAC, vif.get("MAC"));
            assertEquals("0", WireValues.asString(vif.get("device")));
            assertEquals(vm, vif.get("VM"));
            assertTrue(WireValues.asBoolean(vif.get("currently_attached")), "VIF not attached: " + vif);
            Map<String, Object> network = RealXen.record(c, "network", WireValues.asString(vif.get("network")));
            assertEquals(RealXen.BRIDGE, network.get("bridge"));

            Map<String, Object> vbd = RealXen.record(c, "VBD", WireValues.asString(vbds.get(0)));
            assertEquals("xvda", vbd.get("device"));
            assertEquals("RW", vbd.get("mode"));
            assertEquals("Disk", vbd.get("type"));
            assertEquals(vm, vbd.get("VM"));
            assertTrue(WireValues.asBoolean(vbd.get("currently_attached")), "VBD not attached: " + vbd);
            assertEquals(DISK, WireValues.asMap(vbd.get("other_config")).get("target"), "VBD: " + vbd);
            Map<String, Object> vdi = RealXen.record(c, "VDI", WireValues.asString(vbd.get("VDI")));
            assertEquals(DISK, vdi.get("location"), "VDI: " + vdi);
            assertEquals(64 * RealXen.MIB, WireValues.asLong(vdi.get("virtual_size")), "VDI: " + vdi);

            // xl attached exactly these devices, and the guest sees both
            RealXen.Dom0Result nets = xen.dom0Ok("xl network-list " + NAME);
            assertTrue(nets.stdout().contains(MAC), nets.toString());
            assertEquals(1, nets.stdout().lines().filter(l -> l.matches("^\\d+ .*")).count(), nets.toString());
            RealXen.Dom0Result blocks = xen.dom0Ok("xl block-list " + NAME);
            assertTrue(blocks.stdout().lines().anyMatch(l -> l.startsWith("51712 ")), "no xvda: " + blocks);
            xen.awaitInDom0("the guest's console marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-READY name=" + NAME + "' " + RealXen.console(NAME));
            String marker = xen.dom0Ok("grep E2E-GUEST-READY " + RealXen.console(NAME)).stdout();
            assertTrue(marker.contains("disks=xvda"), "the guest has no xvda: " + marker);
            assertTrue(marker.contains("net=eth0:" + IP + ":" + MAC), "the guest has no eth0 with its MAC: " + marker);
            xen.awaitInDom0("ping from dom0 over " + RealXen.BRIDGE, RealXen.STATE_TIMEOUT,
                    "busybox ping -c 1 -W 2 " + IP + " > /dev/null");

            c.callWithSession("VM.hard_shutdown", vm);
            assertEquals("Halted", RealXen.powerState(c, vm));
            assertNull(xen.xlState(NAME));
            assertTrue(!WireValues.asBoolean(RealXen.record(c, "VIF", WireValues.asString(vifs.get(0)))
                    .get("currently_attached")), "the VIF of a halted VM is still attached");
            c.callWithSession("VM.destroy", vm);
        }
    }
}
