package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * One storage backend's repository as {@link VbdHotplugTest} makes it through the Agent, and what dom0 itself shows of
 * it and of its volume at each step: the SR's {@code device_config}, then checks run in dom0 with the backend's own
 * tools. Each check fails with what dom0 showed.
 */
abstract class RepositoryInDom0 {

    protected final RealXen xen;
    /** The SR type ({@code SR.create}'s {@code type}). */
    final String type;
    /** The SR's name_label: a leftover of an earlier run is found by it. */
    final String label;

    private RepositoryInDom0(RealXen xen, String type, String label) {
        this.xen = xen;
        this.type = type;
        this.label = label;
    }

    /** @return {@code SR.create}'s {@code device_config} for this backend */
    abstract Map<String, String> deviceConfig();

    /** The SR was created: it is there in dom0. */
    abstract void created(String srUuid) throws Exception;

    /** The VDI was created: its volume is there in dom0, of this size, and not in use. */
    abstract void volumeMade(String location, long size) throws Exception;

    /** Plugged into a running guest, or unplugged again: dom0 sees the volume in use or not. */
    abstract void volumeInUse(String location, boolean inUse) throws Exception;

    abstract void volumeGone(String location) throws Exception;

    /** The SR was destroyed: nothing of it is left in dom0. */
    abstract void repositoryGone() throws Exception;

    /** Whatever an earlier test left of this backend's repository goes (any domain using its volumes is gone). */
    abstract void clear() throws Exception;

    /** A {@code file} SR: a directory in dom0's root file system, volumes raw sparse files in it. */
    static final class FileRepository extends RepositoryInDom0 {

        private static final String DIR = "/root/e2e-vbd-sr";

        FileRepository(RealXen xen) {
            super(xen, "file", "e2e-vbd-sr");
        }

        @Override
        Map<String, String> deviceConfig() {
            return Map.of("location", DIR);
        }

        @Override
        void created(String srUuid) throws Exception {
            xen.dom0Ok("test -d " + DIR);
        }

        @Override
        void volumeMade(String location, long size) throws Exception {
            assertEquals(Long.toString(size), xen.dom0Ok("stat -c %s " + file(location)).stdout().strip(),
                    "the volume's file in dom0");
        }

        /** blkback's use of a file is not asked of dom0 here: the Agent's records and xl's list say it. */
        @Override
        void volumeInUse(String location, boolean inUse) {
        }

        @Override
        void volumeGone(String location) throws Exception {
            assertFalse(xen.dom0("test -e " + file(location)).ok(), file(location) + " is still there");
        }

        @Override
        void repositoryGone() throws Exception {
            assertFalse(xen.dom0("test -e " + DIR).ok(), DIR + " is still there");
        }

        @Override
        void clear() throws Exception {
            try (XenApiClient c = xen.admin()) {
                for (Object sr : WireValues.asList(c.callWithSession("SR.get_by_name_label", label))) {
                    for (Object vdi : WireValues.asList(RealXen.record(c, "SR", (String) sr).get("VDIs"))) {
                        c.callWithSession("VDI.destroy", vdi);
                    }
                    c.callWithSession("SR.destroy", sr);
                }
            }
            xen.dom0Ok("rm -rf " + DIR);
        }

        /** A raw volume (the backend's default format) is the file {@code <location>.raw}. */
        private static String file(String location) {
            return DIR + "/" + location + ".raw";
        }
    }

    /**
     * An {@code lvm} SR on dom0's second disk: a new volume group tagged with the SR's uuid, a volume an LV tagged as
     * the Agent's; {@code lvs --reportformat json} says at each step whether the LV is there, of what size, and open
     * (blkback holds it while a guest has it).
     */
    static final class LvmRepository extends RepositoryInDom0 {

        private final Dom0Lvm lvm;
        private String vg;

        LvmRepository(RealXen xen) {
            super(xen, "lvm", "e2e-vbd-lvm");
            lvm = new Dom0Lvm(xen);
        }

        @Override
        Map<String, String> deviceConfig() {
            return Map.of("device", Dom0Lvm.DISK);
        }

        @Override
        void created(String srUuid) throws Exception {
            vg = lvm.volumeGroupOf(srUuid);
        }

        @Override
        void volumeMade(String location, long size) throws Exception {
            Map<String, String> lv = lv(location);
            assertEquals("xenophilia-volume", lv.get("lv_tags"), "the LV is tagged as the Agent's: " + lv);
            assertEquals(size, Dom0Lvm.bytes(lv.get("lv_size")), "the LV's size: " + lv);
            assertEquals('a', lv.get("lv_attr").charAt(4), "the LV is active: " + lv);
            assertOpen(lv, false);
        }

        @Override
        void volumeInUse(String location, boolean inUse) throws Exception {
            assertOpen(lv(location), inUse);
        }

        @Override
        void volumeGone(String location) throws Exception {
            Map<String, Map<String, String>> lvs = lvm.lvs(vg);
            assertFalse(lvs.containsKey(location), "the LV " + location + " is still there: " + lvs);
        }

        @Override
        void repositoryGone() throws Exception {
            Map<String, Map<String, String>> vgs = lvm.vgs();
            assertFalse(vgs.containsKey(vg), "the volume group " + vg + " is still there: " + vgs);
        }

        @Override
        void clear() throws Exception {
            lvm.clearTheDisk();
        }

        /** The lvm backend names a volume's LV by its location. */
        private Map<String, String> lv(String location) throws Exception {
            Map<String, Map<String, String>> lvs = lvm.lvs(vg);
            Map<String, String> lv = lvs.get(location);
            if (lv == null) {
                fail("no LV " + location + " in " + vg + "; lvs shows " + lvs);
            }
            return lv;
        }

        /** {@code lv_device_open} and the sixth {@code lv_attr} character ({@code o}) say the same. */
        private static void assertOpen(Map<String, String> lv, boolean open) {
            assertEquals(open ? "open" : "", lv.get("lv_device_open"), "the LV's device open: " + lv);
            assertEquals(open ? 'o' : '-', lv.get("lv_attr").charAt(5), "the LV's attr: " + lv);
        }
    }
}
