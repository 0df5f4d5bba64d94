package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** The control domain as a VM, and the network, SR and VDI objects made from the domains' devices, over TLS. */
class ControlDomainAndResourcesTest {

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient op;
    String web;
    String db;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        web = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(UUID.randomUUID().toString(), 256));
        // a block device on the phy SR, a vif on another bridge and one with no bridge (xl's xenbr0)
        db = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(UUID.randomUUID().toString(), 256).replace("<name>web</name>",
                        "<name>db</name>").replace("/var/lib/xen/web.img", "/dev/vg0/db")
                        .replace("<vif bridge=\"xenbr0\" mac=\"00:16:3e:12:34:56\"/>",
                                "<vif bridge=\"xenbr1\"/><vif/>"));
        op = f.loggedIn(AgentFixture.VIEWER);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private Map<String, Object> record(String cls, String ref) throws Exception {
        return WireValues.asMap(op.callWithSession(cls + ".get_record", ref));
    }

    private List<String> refs(Object wire) {
        List<String> out = new ArrayList<>();
        for (Object o : WireValues.asList(wire)) {
            out.add((String) o);
        }
        return out;
    }

    private XenApiException fails(XenApiClient c, String code, String method, Object... params) {
        XenApiException e = assertThrows(XenApiException.class, () -> c.callWithSession(method, params));
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Test
    void theControlDomainIsARunningVmThatCannotBeManaged() throws Exception {
        String host = (String) op.callWithSession("session.get_this_host", op.session().orElseThrow().value());
        String dom0 = (String) record("host", host).get("control_domain");
        Map<String, Object> r = record("VM", dom0);
        assertEquals(true, r.get("is_control_domain"));
        assertEquals("Running", r.get("power_state"));
        assertEquals(0, WireValues.asLong(r.get("domid")));
        assertEquals(host, r.get("resident_on"));
        assertEquals(List.of(), WireValues.asList(r.get("allowed_operations")));
        assertEquals(1L << 30, WireValues.asLong(r.get("memory_target")), "the simulated host's dom0 holds 1 GiB");
        assertEquals(8, WireValues.asLong(r.get("VCPUs_max")));
        assertTrue(refs(op.callWithSession("VM.get_all")).contains(dom0));
        assertEquals(List.of(dom0), refs(op.callWithSession("host.get_resident_VMs", host)));
        assertEquals(dom0, op.callWithSession("VM.get_by_uuid", r.get("uuid")));
        assertEquals(List.of(dom0), refs(op.callWithSession("VM.get_by_name_label", r.get("name_label"))));

        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        for (Object[] call : new Object[][] {{"VM.start", dom0, false, false}, {"VM.clean_shutdown", dom0},
            {"VM.hard_reboot", dom0}, {"VM.destroy", dom0}, {"Xenophilia.VM.get_xml", dom0},
            {"VM.set_VCPUs_number_live", dom0, "2"}, {"Async.VM.pause", dom0}}) {
            Object[] params = java.util.Arrays.copyOfRange(call, 1, call.length);
            fails(admin, ErrorCode.OPERATION_NOT_ALLOWED.code(), (String) call[0], params);
        }
        assertEquals("Running", op.callWithSession("VM.get_power_state", dom0));
    }

    @Test
    void bridgesAreNetworksLinkedFromVifs() throws Exception {
        Map<String, Object> all = WireValues.asMap(op.callWithSession("network.get_all_records"));
        assertEquals(2, all.size(), "xenbr0 (named, and the default) and xenbr1");
        String xenbr0 = refs(op.callWithSession("network.get_by_name_label", "xenbr0")).get(0);
        Map<String, Object> n = record("network", xenbr0);
        assertEquals("xenbr0", n.get("bridge"));
        assertEquals(1500, WireValues.asLong(n.get("MTU")));
        assertEquals(false, n.get("managed"));
        assertEquals(xenbr0, op.callWithSession("network.get_by_uuid", n.get("uuid")));
        List<String> vifs = refs(n.get("VIFs"));
        assertEquals(2, vifs.size(), "web's vif and db's vif without a bridge");
        for (String vif : vifs) {
            assertEquals(xenbr0, record("VIF", vif).get("network"));
        }
        List<String> dbVifs = refs(record("VM", db).get("VIFs"));
        String xenbr1 = (String) record("VIF", dbVifs.get(0)).get("network");
        assertEquals("xenbr1", op.callWithSession("network.get_name_label", xenbr1));
        assertEquals(List.of(dbVifs.get(0)), refs(record("network", xenbr1).get("VIFs")));
        fails(op, ErrorCode.HANDLE_INVALID.code(), "network.get_record", "OpaqueRef:nothing");
        fails(op, ErrorCode.UUID_INVALID.code(), "network.get_by_uuid", UUID.randomUUID().toString());
    }

    @Test
    void diskTargetsAreVdisInAFileAndAPhySr() throws Exception {
        assertEquals(2, refs(op.callWithSession("SR.get_all")).size());
        assertEquals(2, refs(op.callWithSession("VDI.get_all")).size());
        String webVbd = refs(record("VM", web).get("VBDs")).get(0);
        String webVdi = (String) record("VBD", webVbd).get("VDI");
        Map<String, Object> v = record("VDI", webVdi);
        assertEquals("web.img", v.get("name_label"));
        assertEquals("/var/lib/xen/web.img", v.get("location"));
        assertEquals("user", v.get("type"));
        assertEquals(List.of(webVbd), refs(v.get("VBDs")));
        assertEquals(0, WireValues.asLong(v.get("virtual_size")), "no such file on this machine");
        assertEquals(false, v.get("read_only"));
        Map<String, Object> sr = record("SR", (String) v.get("SR"));
        assertEquals("file", sr.get("type"));
        assertEquals(List.of(webVdi), refs(sr.get("VDIs")));

        String dbVdi = (String) record("VBD", refs(record("VM", db).get("VBDs")).get(0)).get("VDI");
        Map<String, Object> d = record("VDI", dbVdi);
        assertEquals("/dev/vg0/db", d.get("location"));
        assertEquals("phy", record("SR", (String) d.get("SR")).get("type"));
        assertEquals(dbVdi, op.callWithSession("VDI.get_by_uuid", d.get("uuid")));
        assertEquals(List.of(dbVdi), refs(op.callWithSession("VDI.get_by_name_label", "db")));
        assertEquals(1, refs(op.callWithSession("SR.get_by_name_label", "Block devices")).size());
        fails(op, ErrorCode.HANDLE_INVALID.code(), "VDI.get_record", webVbd);

        // a removed VM's devices are gone with it
        f.loggedIn(AgentFixture.ADMIN).callWithSession("VM.destroy", db);
        assertEquals(1, refs(op.callWithSession("VDI.get_all")).size());
        assertEquals(1, refs(op.callWithSession("network.get_all")).size());
        fails(op, ErrorCode.HANDLE_INVALID.code(), "VDI.get_record", dbVdi);
    }
}
