package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The calls the VBD tests make on storage as a XenAPI client makes them: an SR of the {@code file} backend, a VDI on
 * it, a VBD with xapi's record fields, a VM whose disk names a volume, and what an error or an event batch says.
 */
final class VolumeCalls {

    static final long MIB = 1L << 20;

    private final XenApiClient admin;

    VolumeCalls(XenApiClient admin) {
        this.admin = admin;
    }

    Map<String, Object> record(String cls, String ref) throws Exception {
        return WireValues.asMap(admin.callWithSession(cls + ".get_record", ref));
    }

    String sr(Path location, String label) throws Exception {
        String host = (String) WireValues.asList(admin.callWithSession("host.get_all")).get(0);
        return (String) admin.callWithSession("SR.create", host, Map.of("location", location.toString()), 0L, label,
                "", "file", "user", false, Map.of());
    }

    String vdi(String sr, String name, long size) throws Exception {
        return (String) admin.callWithSession("VDI.create", Map.of("SR", sr, "name_label", name, "virtual_size",
                Long.toString(size), "type", "user", "sharable", false, "read_only", false, "other_config", Map.of()));
    }

    /** VBD.create with every field of xapi's record a client sends. */
    String vbd(String vm, String vdi, String userdevice, String mode) throws Exception {
        return (String) admin.callWithSession("VBD.create", vbdArgs(vm, vdi, userdevice, mode, "Disk", false));
    }

    static Map<String, Object> vbdArgs(String vm, String vdi, String userdevice, String mode, String type,
            boolean empty) {
        Map<String, Object> args = new HashMap<>();
        args.put("VM", vm);
        args.put("VDI", vdi);
        args.put("userdevice", userdevice);
        args.put("bootable", false);
        args.put("mode", mode);
        args.put("type", type);
        args.put("empty", empty);
        args.put("unpluggable", true);
        args.put("other_config", Map.of());
        args.put("qos_algorithm_type", "");
        args.put("qos_algorithm_params", Map.of());
        return args;
    }

    /** @return what a disk names a VDI's volume by: {@code <SR uuid>/<volume name>} */
    String reference(String vdi) throws Exception {
        Map<String, Object> r = record("VDI", vdi);
        return record("SR", (String) r.get("SR")).get("uuid") + "/" + r.get("name_label");
    }

    /** A halted PV VM with xvda on a plain path and xvdb naming a volume. */
    static String vmXml(String uuid, String name, String volumeReference) {
        return XlBackendTest.WEB.formatted(uuid, 128).replace("<name>web</name>", "<name>" + name + "</name>")
                .replace("  <vif ", "  <disk vdev=\"xvdb\" storageBackend=\"file\" volume=\"" + volumeReference
                        + "\"/>\n  <vif ");
    }

    XenApiException refused(String method, Object... params) {
        return assertThrows(XenApiException.class, () -> admin.callWithSession(method, params));
    }

    void refused(List<String> error, String method, Object... params) {
        XenApiException e = refused(method, params);
        assertEquals(error.get(0), e.code(), e.getMessage());
        assertEquals(error.subList(1, error.size()), e.params(), e.getMessage());
    }

    static void assertEvents(EventBatch batch, String... expected) {
        Set<String> seen = new TreeSet<>();
        for (EventBatch.Event e : batch.events()) {
            seen.add(e.cls() + " " + e.operation() + " " + e.ref().value());
        }
        for (String each : expected) {
            assertTrue(seen.contains(each), "no event '" + each + "' in " + seen);
        }
    }
}
