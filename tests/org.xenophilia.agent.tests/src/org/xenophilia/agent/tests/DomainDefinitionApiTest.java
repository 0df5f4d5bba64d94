package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Agent;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Domain definitions as the source of truth, on the simulated backend: {@code Xenophilia.VM.*} (XML and xl.cfg),
 * VM, VIF and VBD records made from the definition, {@code VM.destroy}, and persistence across restarts.
 */
class DomainDefinitionApiTest {

    private static final long MIB = 1L << 20;
    private static final String UUID = XlBackendTest.UUID;

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient admin;
    XenApiClient op;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        admin = f.loggedIn(AgentFixture.ADMIN);
        op = f.loggedIn(AgentFixture.OPERATOR);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String create(String xml) throws Exception {
        return (String) admin.callWithSession("Xenophilia.VM.create_from_xml", xml);
    }

    private static String web(int memoryMiB) {
        return XlBackendTest.WEB.formatted(UUID, memoryMiB);
    }

    private Map<String, Object> record(String cls, String ref) throws Exception {
        return WireValues.asMap(op.callWithSession(cls + ".get_record", ref));
    }

    private XenApiException fails(XenApiClient c, String code, String method, Object... params) {
        XenApiException e = assertThrows(XenApiException.class, () -> c.callWithSession(method, params));
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Test
    void recordsReflectTheDefinition() throws Exception {
        String vm = create(web(256));
        assertEquals(vm, op.callWithSession("VM.get_by_uuid", UUID));
        Map<String, Object> r = record("VM", vm);
        assertEquals("web", r.get("name_label"));
        assertEquals("shop front", r.get("name_description"));
        assertEquals(512 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(256 * MIB, WireValues.asLong(r.get("memory_dynamic_max")));
        assertEquals(256 * MIB, WireValues.asLong(r.get("memory_dynamic_min")));
        assertEquals(2, WireValues.asLong(r.get("VCPUs_max")));
        assertEquals(1, WireValues.asLong(r.get("VCPUs_at_startup")));
        assertEquals(List.of("prod"), WireValues.asList(r.get("tags")));
        assertEquals(Map.of("xl:type", "pv"), r.get("other_config"));
        assertEquals("/boot/vmlinuz", r.get("PV_kernel"));
        assertEquals("pv", r.get("domain_type"));

        List<Object> vifs = WireValues.asList(r.get("VIFs"));
        List<Object> vbds = WireValues.asList(r.get("VBDs"));
        assertEquals(1, vifs.size());
        assertEquals(1, vbds.size());
        Map<String, Object> vif = record("VIF", (String) vifs.get(0));
        assertEquals(vm, vif.get("VM"));
        assertEquals("0", vif.get("device"));
        assertEquals("00:16:3e:12:34:56", vif.get("MAC"));
        assertEquals(Map.of("bridge", "xenbr0"), vif.get("other_config"));
        assertEquals(false, vif.get("currently_attached"));
        Map<String, Object> vbd = record("VBD", (String) vbds.get(0));
        assertEquals(vm, vbd.get("VM"));
        assertEquals("xvda", vbd.get("device"));
        assertEquals("RW", vbd.get("mode"));
        assertEquals("Disk", vbd.get("type"));
        assertEquals(Map.of("target", "/var/lib/xen/web.img", "format", "raw"), vbd.get("other_config"));
        assertEquals(vbds.get(0), op.callWithSession("VBD.get_by_uuid", vbd.get("uuid")));
        assertEquals(vifs, WireValues.asList(op.callWithSession("VIF.get_all")));
        Map<String, Object> all = WireValues.asMap(op.callWithSession("VBD.get_all_records"));
        assertEquals(List.of(vbds.get(0)), List.copyOf(all.keySet()));
        assertEquals(vbd.get("uuid"), WireValues.asMap(all.get(vbds.get(0))).get("uuid"));

        op.callWithSession("VM.start", vm, false, false);
        assertEquals(true, record("VIF", (String) vifs.get(0)).get("currently_attached"));
    }

    @Test
    void anInvalidDefinitionNamesItsLineAndField() throws Exception {
        XenApiException e = fails(admin, "XENOPHILIA_INVALID_DEFINITION", "Xenophilia.VM.create_from_xml",
                web(256).replace("<memory>256</memory>", "<memory>lots</memory>"));
        assertEquals("8", e.params().get(0));
        assertTrue(e.params().get(1).contains("memory") && e.params().get(1).contains("lots"), e.params().get(1));

        e = fails(admin, "XENOPHILIA_INVALID_DEFINITION", "Xenophilia.VM.create_from_xml", web(1024));
        assertTrue(e.params().get(1).contains("maxmem"), e.params().get(1));

        e = fails(admin, "XENOPHILIA_INVALID_DEFINITION", "Xenophilia.VM.create_from_xml",
                web(256).replace("<name>web</name>", "<name>web; rm -rf /</name>"));
        assertEquals("3", e.params().get(0));
        assertTrue(e.params().get(1).contains("name"), e.params().get(1));

        e = fails(admin, "XENOPHILIA_INVALID_DEFINITION", "Xenophilia.VM.import_xl_cfg",
                "name = \"a\"\nkernel = \"/boot/vmlinuz\"\nmemory = = 128\n");
        assertEquals("3", e.params().get(0));
        assertEquals(1, WireValues.asList(op.callWithSession("VM.get_all")).size(), "only the control domain");
    }

    @Test
    void aHaltedVmTakesAnyDefinitionARunningOneKeepsTheRestForItsNextBoot() throws Exception {
        String vm = create(web(256));
        admin.callWithSession("Xenophilia.VM.set_xml", vm, web(384));
        assertEquals(384 * MIB, WireValues.asLong(record("VM", vm).get("memory_dynamic_max")));

        op.callWithSession("VM.start", vm, false, false);
        admin.callWithSession("Xenophilia.VM.set_xml", vm, web(384).replace("shop front", "the shop")
                .replace("<tag>prod</tag>", "<tag>prod</tag>\n  <tag>eu</tag>"));
        Map<String, Object> r = record("VM", vm);
        assertEquals("the shop", r.get("name_description"));
        assertEquals(List.of("prod", "eu"), WireValues.asList(r.get("tags")));

        // memory and vCPUs of a running VM: accepted for its next boot, the VM keeps running with what it has
        admin.callWithSession("Xenophilia.VM.set_xml", vm, web(128).replace("<vcpus>1</vcpus>", "<vcpus>2</vcpus>"));
        r = record("VM", vm);
        assertEquals(384 * MIB, WireValues.asLong(r.get("memory_dynamic_max")));
        assertEquals(1, WireValues.asLong(r.get("VCPUs_at_startup")));
        assertEquals(List.of("memory", "vcpus"), WireValues.asList(op.callWithSession(
                "Xenophilia.VM.get_pending_changes", vm)));
        assertTrue(((String) op.callWithSession("Xenophilia.VM.get_xml", vm)).contains("<memory>128</memory>"),
                "get_xml answers the definition of the next boot");
        // but a running VM keeps its name: xl knows it by that name
        XenApiException e = fails(admin, "XENOPHILIA_CHANGE_NEEDS_HALTED", "Xenophilia.VM.set_xml", vm,
                web(128).replace("<name>web</name>", "<name>shop</name>"));
        assertEquals(List.of(vm, "name"), e.params());
        assertEquals("web", record("VM", vm).get("name_label"));

        fails(admin, ErrorCode.INVALID_VALUE.code(), "Xenophilia.VM.set_xml", vm,
                XlBackendTest.WEB.formatted("0b7e1a4c-9d2f-4e8a-b1c3-d5e6f7a8b9c0", 384));
    }

    @Test
    void xlCfgImportAndExport() throws Exception {
        String vm = (String) admin.callWithSession("Xenophilia.VM.import_xl_cfg", """
                name = "imported"
                type = "pvh"
                memory = 128
                vcpus = 2
                kernel = "/boot/vmlinuz"
                disk = [ "format=raw, vdev=xvda, access=rw, target=/srv/imported.img" ]
                vif = [ "mac=00:16:3e:00:00:01,bridge=xenbr0" ]
                """);
        Map<String, Object> r = record("VM", vm);
        assertEquals("imported", r.get("name_label"));
        assertEquals(2, WireValues.asLong(r.get("VCPUs_at_startup")));
        assertEquals(1, WireValues.asList(r.get("VBDs")).size());
        String cfg = (String) op.callWithSession("Xenophilia.VM.export_xl_cfg", vm);
        assertTrue(cfg.contains("name = \"imported\"") && cfg.contains("uuid = \"" + r.get("uuid") + "\""), cfg);
        String xml = (String) op.callWithSession("Xenophilia.VM.get_xml", vm);
        assertTrue(xml.contains("<type>pvh</type>"), xml);

        String copy = (String) admin.callWithSession("Xenophilia.VM.import_xl_cfg", cfg.replace("\"imported\"",
                "\"copy\"").replaceAll("uuid = \"[^\"]*\"\n", ""));
        assertEquals("copy", record("VM", copy).get("name_label"));
    }

    @Test
    void destroyRemovesAHaltedVmsDefinition() throws Exception {
        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        fails(viewer, ErrorCode.PERMISSION_DENIED.code(), "Xenophilia.VM.create_from_xml", web(256));
        String vm = create(web(256));
        fails(op, ErrorCode.PERMISSION_DENIED.code(), "VM.destroy", vm);
        fails(viewer, ErrorCode.PERMISSION_DENIED.code(), "Xenophilia.VM.get_xml", vm);
        op.callWithSession("VM.start", vm, false, false);
        XenApiException e = fails(admin, ErrorCode.VM_BAD_POWER_STATE.code(), "VM.destroy", vm);
        assertEquals(List.of(vm, "Halted", "Running"), e.params());
        op.callWithSession("VM.hard_shutdown", vm);
        Path file = f.stateDir.resolve("domains").resolve(UUID + ".xml");
        assertTrue(Files.exists(file));
        admin.callWithSession("VM.destroy", vm);
        assertFalse(Files.exists(file));
        fails(op, ErrorCode.HANDLE_INVALID.code(), "VM.get_record", vm);
        fails(op, ErrorCode.UUID_INVALID.code(), "VM.get_by_uuid", UUID);
    }

    /**
     * Definitions may hold passwords, so reading them needs an operator; the records, which a read-only user reads,
     * show the raw xl.cfg settings the model keeps verbatim, but never a password among them.
     */
    @Test
    void aReadOnlyUserReadsNoPasswordOfADefinition() throws Exception {
        String hvm = (String) admin.callWithSession("Xenophilia.VM.import_xl_cfg", """
                name = "desktop"
                type = "hvm"
                memory = 1024
                vnc = 1
                vncpasswd = "vnc-s3cret"
                spice = 1
                spicepasswd = "spice-s3cret"
                """);
        String pv = (String) admin.callWithSession("Xenophilia.VM.import_xl_cfg", """
                name = "console"
                memory = 256
                kernel = "/boot/vmlinuz"
                vfb = [ "vnc=1,vncpasswd=vfb-s3cret,vncunknown=1" ]
                """);
        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        Map<String, Object> other = WireValues.asMap(WireValues.asMap(viewer.callWithSession("VM.get_record", hvm))
                .get("other_config"));
        assertTrue(other.containsKey("xl:spice"), "the raw settings are shown: " + other);
        String seen = text(List.of(viewer.callWithSession("VM.get_record", hvm),
                viewer.callWithSession("VM.get_record", pv), viewer.callWithSession("VM.get_all_records"),
                viewer.callWithSession("event.from", List.of("vm"), "", 0.0)));
        for (String secret : List.of("vnc-s3cret", "spice-s3cret", "vfb-s3cret")) {
            assertFalse(seen.contains(secret), secret + " is shown to a read-only user: " + seen);
            String definition = (String) op.callWithSession("Xenophilia.VM.export_xl_cfg", secret.startsWith("vfb")
                    ? pv : hvm);
            assertTrue(definition.contains(secret), "an operator reads it in the definition: " + definition);
        }
    }

    /** @return a wire value as text, sets included */
    private static String text(Object wire) {
        if (wire instanceof Object[] a) {
            return text(List.of(a));
        }
        if (wire instanceof List<?> l) {
            return l.stream().map(DomainDefinitionApiTest::text).toList().toString();
        }
        if (wire instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(k).append('=').append(text(v)).append(", "));
            return sb.append('}').toString();
        }
        return String.valueOf(wire);
    }

    @Test
    void everyDefinitionIsBackAfterARestartAndNoneHalfWritten() throws Exception {
        String web = create(web(256));
        String other = (String) admin.callWithSession("Xenophilia.VM.import_xl_cfg",
                "name = \"other\"\nmemory = 64\nkernel = \"/boot/vmlinuz\"\n");
        op.callWithSession("VM.start", web, false, false);
        String webXml = (String) op.callWithSession("Xenophilia.VM.get_xml", web);
        String otherXml = (String) op.callWithSession("Xenophilia.VM.get_xml", other);
        String otherUuid = (String) op.callWithSession("VM.get_uuid", other);
        // what a crash in the middle of a write leaves: a temporary file next to the definitions
        Path domains = f.stateDir.resolve("domains");
        Path leftover = domains.resolve("." + otherUuid + ".xml.1234.tmp");
        Files.writeString(leftover, "<domain xmlns=\"http://xenophilia.org/schema/domain/1.0\"><name>hal");

        f.agent.close();
        f.agent = Agent.start(f.config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        op = f.loggedIn(AgentFixture.OPERATOR);
        String web2 = (String) op.callWithSession("VM.get_by_uuid", UUID);
        String other2 = (String) op.callWithSession("VM.get_by_uuid", otherUuid);
        assertEquals(webXml, op.callWithSession("Xenophilia.VM.get_xml", web2));
        assertEquals(otherXml, op.callWithSession("Xenophilia.VM.get_xml", other2));
        assertEquals("Running", op.callWithSession("VM.get_power_state", web2));
        assertEquals("Halted", op.callWithSession("VM.get_power_state", other2));
        assertFalse(Files.exists(leftover));
        assertEquals(3, WireValues.asList(op.callWithSession("VM.get_all")).size()); // and the control domain
    }

    @Test
    void theFirstStateFormatIsMigratedWithoutLosingADomain() throws Exception {
        f.agent.close();
        Files.writeString(f.stateDir.resolve("simulated.properties"), String.join("\n",
                "next-domid=3",
                "domain.0.uuid=" + UUID, "domain.0.name=old", "domain.0.description=from the first format",
                "domain.0.memory=" + 512 * MIB, "domain.0.max-memory=" + 1024 * MIB, "domain.0.vcpus=1",
                "domain.0.max-vcpus=2", "domain.0.state=Running", "domain.0.domid=2",
                "domain.0.memory-actual=" + 512 * MIB, "domain.0.vcpus-online=1", ""));
        f.agent = Agent.start(f.config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        op = f.loggedIn(AgentFixture.OPERATOR);
        String vm = (String) op.callWithSession("VM.get_by_uuid", UUID);
        Map<String, Object> r = record("VM", vm);
        assertEquals("old", r.get("name_label"));
        assertEquals("from the first format", r.get("name_description"));
        assertEquals(1024 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals("Running", r.get("power_state"));
        assertEquals(2, WireValues.asLong(r.get("domid")));
        assertTrue(Files.exists(f.stateDir.resolve("domains").resolve(UUID + ".xml")));
        assertFalse(Files.readString(f.stateDir.resolve("simulated.properties")).contains("domain.0."));
    }
}
