package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Storage through the Agent on a real Xen, for each built-in backend: an SR made in dom0 with {@code SR.create} (a
 * {@code file} directory; an {@code lvm} volume group on dom0's second disk), a VDI on it, a VBD created for the
 * running test guest and hot-plugged ({@code xl block-attach}), the guest sees the block device with its size (its
 * console marker), then unplugged ({@code xl block-detach}, the guest's marker of its removal) and everything removed
 * again. At each step the Agent's records, {@code xl block-list} and the backend's own view in dom0 ({@code lvs} for
 * lvm: the LV made, open while plugged, closed after, gone) agree.
 * <p>
 * One guest serves both backends (a boot under TCG is slow): it is started once for the class, each test plugs its
 * volume as a device of its own (so the guest's markers of one never answer for the other) and leaves the guest
 * without disks again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VbdHotplugTest {

    private static final String NAME = "e2e-vbd";
    private static final long MIB = RealXen.MIB;

    private RealXen xen;
    private String vm;
    /** The repository of a test that has not finished its scenario: cleared after it. */
    private RepositoryInDom0 used;

    /** Whatever an earlier run left goes; then the guest is started, without disks. */
    @BeforeAll
    void startTheGuest() throws Exception {
        if (!RealXen.given()) {
            return; // each test is skipped as such (RealXen.get), not hidden by an aborted class
        }
        xen = RealXen.get();
        removeTheGuestAndItsStorage();
        try (XenApiClient c = xen.admin()) {
            xen.dom0Ok("rm -f " + RealXen.console(NAME));
            vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg", RealXen.guestCfg(NAME, 128,
                    128, "192.168.77.31", "", RealXen.GUEST_KERNEL, "")));
            c.callWithSession("VM.start", vm, false, false);
            RealXen.awaitPowerState(c, vm, "Running");
            xen.awaitInDom0("the guest's console marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-READY name=" + NAME + "' " + RealXen.console(NAME));
        }
        assertEquals(List.of(), xlBlockDevices(), "the guest starts without disks");
    }

    /** After a test that failed half-way: the guest without its disk and the repository cleared for the next. */
    @AfterEach
    void unplugAndClear() throws Exception {
        if (used == null) {
            return;
        }
        try (XenApiClient c = xen.admin()) {
            for (Object ref : WireValues.asList(RealXen.record(c, "VM", vm).get("VBDs"))) {
                if (WireValues.asBoolean(RealXen.record(c, "VBD", (String) ref).get("currently_attached"))) {
                    c.callWithSession("VBD.unplug", ref);
                }
                c.callWithSession("VBD.destroy", ref);
            }
        }
        used.clear();
        used = null;
    }

    @AfterAll
    void removeTheGuestAndItsStorage() throws Exception {
        if (xen == null) {
            return; // no real Xen given: the tests were skipped before anything was made
        }
        xen.remove(NAME); // first: a volume in use is not destroyed
        new RepositoryInDom0.FileRepository(xen).clear();
        new RepositoryInDom0.LvmRepository(xen).clear();
    }

    @Test
    void aFileVolumeIsHotPluggedIntoARunningGuestWhichSeesItsSizeThenUnpluggedAndRemoved() throws Exception {
        hotPlug(RepositoryInDom0.FileRepository::new, 1, 64 * MIB);
    }

    @Test
    void anLvmVolumeOnTheSecondDiskIsHotPluggedIntoARunningGuestAsLvsSeesItThenUnpluggedAndRemoved()
            throws Exception {
        hotPlug(RepositoryInDom0.LvmRepository::new, 2, 32 * MIB);
    }

    /**
     * The scenario: SR, VDI, VBD as the guest's device {@code userdevice}, plug, unplug, destroy all three.
     *
     * @param backend the repository of the backend, made for the Agent under test
     * @param userdevice the VBD's {@code userdevice}: 1 is {@code xvdb}, 2 {@code xvdc}
     */
    private void hotPlug(Function<RealXen, RepositoryInDom0> backend, int userdevice, long size) throws Exception {
        RepositoryInDom0 repository = backend.apply(RealXen.get());
        used = repository;
        String device = "xvd" + (char) ('a' + userdevice);
        // xen-vbd-interface(7): xvd<letter> is 202 << 8 | disk << 4, as xl block-list prints it
        String xlDevice = Integer.toString(202 << 8 | userdevice << 4);
        try (XenApiClient c = xen.admin()) {
            String host = WireValues.asString(WireValues.asList(c.callWithSession("host.get_all")).get(0));
            String sr = WireValues.asString(c.callWithSession("SR.create", host, repository.deviceConfig(), 0L,
                    repository.label, "the e2e tier's hot-plugged disks", repository.type, "user", false, Map.of()));
            repository.created((String) RealXen.record(c, "SR", sr).get("uuid"));

            String vdi = WireValues.asString(c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", "hot",
                    "virtual_size", Long.toString(size), "type", "user", "sharable", false, "read_only", false,
                    "other_config", Map.of())));
            Map<String, Object> vdiRecord = RealXen.record(c, "VDI", vdi);
            assertEquals(size, WireValues.asLong(vdiRecord.get("virtual_size")), "VDI.create's size: " + vdiRecord);
            String location = (String) vdiRecord.get("location");
            repository.volumeMade(location, size);

            // created for a running VM: in its definition, not attached (as xapi), nothing asked of xl
            String vbd = WireValues.asString(c.callWithSession("VBD.create", vbd(vdi, userdevice)));
            Map<String, Object> r = RealXen.record(c, "VBD", vbd);
            assertEquals(device, r.get("device"), "the VBD's device: " + r);
            assertEquals(vdi, r.get("VDI"));
            assertFalse(WireValues.asBoolean(r.get("currently_attached")), "created attached: " + r);
            assertEquals(List.of(vbd), WireValues.asList(RealXen.record(c, "VDI", vdi).get("VBDs")));
            assertEquals(List.of(), xlBlockDevices(), "xl block-list before the plug");

            // plugged: xl has it, dom0 has the volume open, and the guest sees a disk of its size
            long t = System.nanoTime();
            c.callWithSession("VBD.plug", vbd);
            System.out.printf("%s: VBD.plug took %.2f s%n", repository.type, (System.nanoTime() - t) / 1e9);
            r = RealXen.record(c, "VBD", vbd);
            assertTrue(WireValues.asBoolean(r.get("currently_attached")), "plugged, not attached: " + r);
            assertEquals(List.of(xlDevice), xlBlockDevices(), "xl block-list after the plug");
            xen.awaitInDom0("the guest's marker of the new disk", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-DISK " + device + " size=" + size + " ' " + RealXen.console(NAME));
            repository.volumeInUse(location, true);
            XenApiException inUse = assertThrows(XenApiException.class, () -> c.callWithSession("VDI.destroy", vdi));
            assertEquals(List.of(vdi, "destroy", vm), inUse.params(), "VDI_IN_USE naming the VM: " + inUse);

            // unplugged: xl no longer has it, the guest saw it go, dom0 closed it, the VBD stays (detached)
            t = System.nanoTime();
            c.callWithSession("VBD.unplug", vbd);
            System.out.printf("%s: VBD.unplug took %.2f s%n", repository.type, (System.nanoTime() - t) / 1e9);
            r = RealXen.record(c, "VBD", vbd);
            assertFalse(WireValues.asBoolean(r.get("currently_attached")), "unplugged, still attached: " + r);
            assertEquals(List.of(), xlBlockDevices(), "xl block-list after the unplug");
            xen.awaitInDom0("the guest's marker of the disk's removal", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-DISK-GONE " + device + "' " + RealXen.console(NAME));
            repository.volumeInUse(location, false);
            assertTrue(WireValues.asList(RealXen.record(c, "VM", vm).get("VBDs")).contains(vbd));

            // removed: the VBD, the volume, the SR; dom0 agrees
            c.callWithSession("VBD.destroy", vbd);
            assertFalse(WireValues.asList(RealXen.record(c, "VM", vm).get("VBDs")).contains(vbd));
            c.callWithSession("VDI.destroy", vdi);
            repository.volumeGone(location);
            c.callWithSession("SR.destroy", sr);
            repository.repositoryGone();
            assertEquals(List.of(), WireValues.asList(c.callWithSession("SR.get_by_name_label", repository.label)));
            assertEquals(List.of(), xlBlockDevices(), "xl block-list at the end");
            assertTrue(RealXen.xlRunning(xen.xlState(NAME)), "the guest runs on: " + xen.xlState(NAME));
        }
        used = null; // nothing left to clear
    }

    private Map<String, Object> vbd(String vdi, int userdevice) {
        Map<String, Object> args = new HashMap<>();
        args.put("VM", vm);
        args.put("VDI", vdi);
        args.put("userdevice", Integer.toString(userdevice));
        args.put("bootable", false);
        args.put("mode", "RW");
        args.put("type", "Disk");
        args.put("empty", false);
        args.put("other_config", Map.of());
        args.put("qos_algorithm_type", "");
        args.put("qos_algorithm_params", Map.of());
        return args;
    }

    /** @return the devices of {@code xl block-list NAME} in dom0 (xen-vbd-interface numbers) */
    private List<String> xlBlockDevices() throws Exception {
        return xen.dom0Ok("xl block-list " + NAME).stdout().lines().filter(l -> l.matches("^\\d+ .*"))
                .map(l -> l.split("\\s+")[0]).toList();
    }
}
