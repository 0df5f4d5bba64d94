package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * LVM2 in the tier's dom0 as the tests see it: the second disk ({@code /dev/vdb}, boot.sh's empty data disk) on which
 * the tests make lvm repositories, cleared before and after each of them so that they run in any order on one boot,
 * and LVM's own JSON reports ({@code lvs}, {@code vgs}) to check the Agent against.
 */
final class Dom0Lvm {

    /** dom0's second disk, empty at boot (boot.sh's {@code data.img}). */
    static final String DISK = "/dev/vdb";

    private final RealXen xen;

    Dom0Lvm(RealXen xen) {
        this.xen = xen;
    }

    /**
     * Leaves the disk blank, whatever a test left on it: every lvm SR forgotten through the Agent (so the Agent and
     * dom0 agree), then the disk's volume groups, its physical volume label and any signature removed in dom0. A
     * domain that still uses one of its volumes must be gone first (LVM removes no open LV).
     */
    void clearTheDisk() throws Exception {
        try (XenApiClient c = xen.admin()) {
            for (Object ref : WireValues.asList(c.callWithSession("SR.get_all"))) {
                String sr = WireValues.asString(ref);
                if ("lvm".equals(RealXen.record(c, "SR", sr).get("type"))) {
                    c.callWithSession("SR.forget", sr);
                }
            }
        }
        xen.dom0Ok("for vg in $(pvs --noheadings -o vg_name " + DISK + " 2>/dev/null); do lvremove -q -y \"$vg\";"
                + " vgremove -q -y \"$vg\"; done; pvremove -q -y " + DISK + " 2>/dev/null; wipefs -q -a " + DISK);
    }

    /** @return the name of the volume group tagged with the SR's uuid (the lvm backend's mark of its repository) */
    String volumeGroupOf(String srUuid) throws Exception {
        Map<String, Map<String, String>> vgs = vgs();
        for (Map<String, String> vg : vgs.values()) {
            if (vg.get("vg_tags").contains("xenophilia-sr-" + srUuid)) {
                return vg.get("vg_name");
            }
        }
        return fail("no volume group is tagged with the SR's uuid " + srUuid + "; vgs shows " + vgs);
    }

    /** @return dom0's {@code lvs} of the volume group: name → fields (size, attr, tags, device open) */
    Map<String, Map<String, String>> lvs(String vg) throws Exception {
        return report("lvs --reportformat json --units b -o lv_name,lv_size,lv_attr,lv_tags,lv_device_open " + vg,
                "lv", "lv_name");
    }

    /** @return dom0's {@code vgs}: name → fields (size, free, tags) */
    Map<String, Map<String, String>> vgs() throws Exception {
        return report("vgs --reportformat json --units b -o vg_name,vg_size,vg_free,vg_tags", "vg", "vg_name");
    }

    private Map<String, Map<String, String>> report(String command, String kind, String key) throws Exception {
        RealXen.Dom0Result r = xen.dom0Ok(command);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (JsonElement report : JsonParser.parseString(r.stdout()).getAsJsonObject().getAsJsonArray("report")) {
            for (JsonElement row : report.getAsJsonObject().getAsJsonArray(kind)) {
                Map<String, String> fields = new LinkedHashMap<>();
                row.getAsJsonObject().entrySet().forEach(e -> fields.put(e.getKey(), e.getValue().getAsString()));
                out.put(fields.get(key), fields);
            }
        }
        return out;
    }

    /** @return the bytes of a size as {@code --units b} prints it ({@code 33554432B}) */
    static long bytes(String size) {
        assertTrue(size.endsWith("B"), "a size in bytes: " + size);
        return Long.parseLong(size.substring(0, size.length() - 1));
    }
}
