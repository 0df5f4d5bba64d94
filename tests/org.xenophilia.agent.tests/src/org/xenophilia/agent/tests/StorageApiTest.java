package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * SRs, PBDs and VDIs on registered repositories, through a real {@code xenophiliad} process with the {@code file}
 * storage backend's jar on its class path and its repositories in a real temporary directory: what an admin makes,
 * sees, changes and removes over each wire encoding, the events each change publishes, a volume a VM's disk uses
 * refused to destroy, a read-only user refused every change, and the registry across restarts (an SR whose storage
 * is gone is listed unplugged, not dropped).
 */
class StorageApiTest extends AgentUsersFixture {

    private static final long MIB = 1L << 20;

    private XenApiClient admin;

    /** The file backend as the build made it: the jar the .deb ships, with its services file. */
    static Path fileBackendJar() throws Exception {
        Path target = Path.of(System.getProperty("xenophilia.repo", "../.."), "bundles", "org.xenophilia.storage.file",
                "target");
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("org\\.xenophilia\\.storage\\.file-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the file backend first: no jar"
                            + " in " + target.toAbsolutePath()));
        }
    }

    private XenApiClient start(WireEncoding encoding) throws Exception {
        agent = AgentProcess.startWithPlugins(List.of(fileBackendJar()), null, "serve", "--backend", "simulated",
                "--config", conf().toString(), "--state-dir", dir.resolve("state").toString(), "--listen",
                "127.0.0.1:0");
        XenApiClient any = agent.client();
        admin = login(any, encoding, "adm");
        return admin;
    }

    private static XenApiClient login(XenApiClient any, WireEncoding encoding, String user) throws Exception {
        XenApiClient c = XenApiClient.builder(any.uri()).pinnedFingerprint(any.pinnedFingerprint().orElseThrow())
                .encoding(encoding).build();
        c.login(user, "a-long-password");
        return c;
    }

    private void restart() throws Exception {
        agent.close();
        start(WireEncoding.XML_RPC);
    }

    private Map<String, Object> record(String cls, String ref) throws Exception {
        return WireValues.asMap(admin.callWithSession(cls + ".get_record", ref));
    }

    private String createSr(Path location, String label) throws Exception {
        String host = (String) WireValues.asList(admin.callWithSession("host.get_all")).get(0);
        return (String) admin.callWithSession("SR.create", host, Map.of("location", location.toString()), 0L, label,
                "test disks", "file", "user", false, Map.of());
    }

    private String createVdi(String sr, String name, long size) throws Exception {
        return (String) admin.callWithSession("VDI.create", Map.of("SR", sr, "name_label", name, "virtual_size",
                Long.toString(size), "type", "user", "sharable", false, "read_only", false, "other_config", Map.of()));
    }

    private static XenApiException refused(ThrowingCall call) {
        return assertThrows(XenApiException.class, call::run);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    @ParameterizedTest
    @EnumSource(value = WireEncoding.class, names = {"XML_RPC", "JSON_RPC"})
    void anAdminMakesAnSrAndItsVdisChangesThemAndRemovesThem(WireEncoding encoding) throws Exception {
        start(encoding);
        assertTrue(WireValues.asList(admin.callWithSession("SR.get_supported_types")).contains("file"));
        String token = admin.eventFrom(List.of("sr", "pbd", "vdi"), "", Duration.ZERO).token();
        Path location = dir.resolve("disks");

        String sr = createSr(location, "disks");
        Map<String, Object> r = record("SR", sr);
        assertEquals("disks", r.get("name_label"));
        assertEquals("test disks", r.get("name_description"));
        assertEquals("file", r.get("type"));
        assertEquals("user", r.get("content_type"));
        assertEquals(false, r.get("shared"));
        assertTrue(WireValues.asLong(r.get("physical_size")) > 0, "the file system's size: " + r);
        assertEquals(List.of(), WireValues.asList(r.get("VDIs")));
        List<Object> pbds = WireValues.asList(r.get("PBDs"));
        assertEquals(1, pbds.size());
        Map<String, Object> pbd = record("PBD", (String) pbds.get(0));
        assertEquals(sr, pbd.get("SR"));
        assertEquals(true, pbd.get("currently_attached"));
        assertEquals(location.toString(), WireValues.asMap(pbd.get("device_config")).get("location"));
        assertEquals(List.of(sr), WireValues.asList(admin.callWithSession("SR.get_by_name_label", "disks")));

        String vdi = createVdi(sr, "root", 64 * MIB);
        Map<String, Object> v = record("VDI", vdi);
        assertEquals("root", v.get("name_label"));
        assertEquals("root", v.get("location"));
        assertEquals(sr, v.get("SR"));
        assertEquals(64 * MIB, WireValues.asLong(v.get("virtual_size")));
        assertEquals(false, v.get("read_only"));
        assertEquals(false, v.get("is_a_snapshot"));
        assertTrue(Files.isRegularFile(location.resolve("root.raw")), "the volume is a file in the SR's directory");
        assertEquals(List.of(vdi), WireValues.asList(record("SR", sr).get("VDIs")));
        assertEquals(64 * MIB, WireValues.asLong(record("SR", sr).get("virtual_allocation")));

        EventBatch made0 = admin.eventFrom(List.of("sr", "pbd", "vdi"), token, Duration.ZERO);
        assertEvents(made0, "sr add " + sr, "pbd add " + pbds.get(0), "vdi add " + vdi);
        token = made0.token();

        admin.callWithSession("VDI.resize", vdi, Long.toString(128 * MIB));
        EventBatch resized = admin.eventFrom(List.of("sr", "pbd", "vdi"), token, Duration.ZERO);
        assertEvents(resized, "vdi mod " + vdi, "sr mod " + sr);
        token = resized.token();
        assertEquals(128 * MIB, WireValues.asLong(admin.callWithSession("VDI.get_virtual_size", vdi)));
        XenApiException shrink = refused(() -> admin.callWithSession("VDI.resize", vdi, Long.toString(MIB)));
        assertEquals("SR_BACKEND_FAILURE_79", shrink.code(), "volumes never shrink: " + shrink);

        String copy = (String) admin.callWithSession("VDI.copy", vdi, sr);
        Map<String, Object> c = record("VDI", copy);
        assertEquals(128 * MIB, WireValues.asLong(c.get("virtual_size")));
        assertTrue(((String) c.get("name_label")).startsWith("root-copy-"), c.toString());

        String snapshot = null;
        if (WireValues.asList(record("SR", sr).get("allowed_operations")).contains("vdi_snapshot")) {
            snapshot = (String) admin.callWithSession("VDI.snapshot", vdi, Map.of());
            Map<String, Object> s = record("VDI", snapshot);
            assertEquals(true, s.get("is_a_snapshot"));
            assertEquals(true, s.get("read_only"));
            assertEquals(vdi, s.get("snapshot_of"));
            assertEquals(List.of(snapshot), WireValues.asList(record("VDI", vdi).get("snapshots")));
        } else {
            XenApiException e = refused(() -> admin.callWithSession("VDI.snapshot", vdi, Map.of()));
            assertEquals("SR_OPERATION_NOT_SUPPORTED", e.code());
        }

        // a VM whose disk is the volume's file: its VBD names the VDI, and the volume is not destroyed under it
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                "5ab1ec70-0000-4000-8000-0000000000c1", 256).replace("/var/lib/xen/web.img",
                        location.resolve("root.raw").toString()));
        String vbd = (String) WireValues.asList(record("VM", vm).get("VBDs")).get(0);
        assertEquals(vdi, record("VBD", vbd).get("VDI"));
        assertEquals(List.of(vbd), WireValues.asList(record("VDI", vdi).get("VBDs")));
        XenApiException inUse = refused(() -> admin.callWithSession("VDI.destroy", vdi));
        assertEquals("VDI_IN_USE", inUse.code());
        assertEquals(List.of(vdi, "destroy", vm), inUse.params(), "xapi's parameters, then the VM that uses it");
        assertTrue(Files.isRegularFile(location.resolve("root.raw")));
        XenApiException notEmpty = refused(() -> admin.callWithSession("SR.destroy", sr));
        assertEquals("SR_NOT_EMPTY", notEmpty.code());
        admin.callWithSession("VM.destroy", vm);

        List<String> made = new ArrayList<>(List.of(vdi, copy));
        if (snapshot != null) {
            made.add(snapshot);
        }
        Collections.reverse(made); // the snapshot before its source
        for (String each : made) {
            admin.callWithSession("VDI.destroy", each);
        }
        assertEquals(List.of(), WireValues.asList(record("SR", sr).get("VDIs")));
        assertFalse(Files.exists(location.resolve("root.raw")));
        XenApiException gone = refused(() -> record("VDI", vdi));
        assertTrue(gone.is(ErrorCode.HANDLE_INVALID), gone.toString());

        admin.callWithSession("SR.destroy", sr);
        assertEquals(Set.of(), new TreeSet<>(WireValues.asList(admin.callWithSession("PBD.get_all"))));
        assertTrue(refused(() -> record("SR", sr)).is(ErrorCode.HANDLE_INVALID));
        try (Stream<Path> s = Files.list(dir.resolve("state/storage/srs"))) {
            assertEquals(0, s.count(), "the registry forgets a destroyed SR");
        }

        assertEvents(admin.eventFrom(List.of("sr", "pbd", "vdi"), token, Duration.ZERO), "vdi del " + vdi,
                "sr del " + sr, "pbd del " + pbds.get(0));
    }

    private static void assertEvents(EventBatch batch, String... expected) {
        Set<String> seen = new TreeSet<>();
        for (EventBatch.Event e : batch.events()) {
            seen.add(e.cls() + " " + e.operation() + " " + e.ref().value());
        }
        for (String each : expected) {
            assertTrue(seen.contains(each), "no event '" + each + "' in " + seen);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WireEncoding.class, names = {"XML_RPC", "JSON_RPC"})
    void aClientLearnsATypesKeysFromItsSmAndProbesBeforeItWritesAnything(WireEncoding encoding) throws Exception {
        start(encoding);
        Map<String, Object> sms = WireValues.asMap(admin.callWithSession("SM.get_all_records"));
        assertEquals(1, sms.size(), sms.toString());
        String smRef = sms.keySet().iterator().next();
        Map<String, Object> sm = WireValues.asMap(sms.get(smRef));
        assertEquals("file", sm.get("type"));
        assertEquals("1.1", sm.get("required_api_version"), "the file backend is built for the Agent's API");
        assertTrue(WireValues.asMap(sm.get("configuration")).containsKey("location"), sm.toString());
        Map<String, Object> other = WireValues.asMap(sm.get("other_config"));
        assertEquals("PATH", other.get("config-type:location"));
        assertEquals("true", other.get("config-required:location"));
        assertTrue(List.of(((String) other.get("formats")).split(",")).contains("raw"), other.toString());
        assertTrue(WireValues.asList(sm.get("capabilities")).containsAll(List.of("SR_PROBE", "VDI_RESIZE")));
        assertTrue(((String) sm.get("driver_filename")).endsWith(".jar"), sm.toString());
        assertEquals(smRef, admin.callWithSession("SM.get_by_uuid", sm.get("uuid")));
        assertEquals("file", admin.callWithSession("SM.get_type", smRef));

        String host = (String) WireValues.asList(admin.callWithSession("host.get_all")).get(0);
        Path location = dir.resolve("disks");
        Files.createDirectories(location);
        Files.writeString(location.resolve("notes.txt"), "mine");
        Map<String, Object> probe = probeExt(host, location);
        assertEquals(Map.of(), WireValues.asMap(probe.get("sr")));
        assertTrue(((String) WireValues.asMap(probe.get("extra_info")).get("other-data")).contains("notes.txt"),
                probe.toString());
        XenApiException e = refused(() -> createSr(location, "disks"));
        assertEquals("SR_NOT_EMPTY", e.code());
        e = refused(() -> admin.callWithSession("SR.create", host, Map.of("location", location.toString(), "force",
                "maybe"), 0L, "disks", "", "file", "user", false, Map.of()));
        assertTrue(e.is(ErrorCode.INVALID_VALUE), e.toString());
        assertEquals(List.of(), WireValues.asList(admin.callWithSession("SR.get_by_name_label", "disks")));

        String sr = (String) admin.callWithSession("SR.create", host, Map.of("location", location.toString(), "force",
                "true"), 0L, "disks", "", "file", "user", false, Map.of());
        assertEquals("mine", Files.readString(location.resolve("notes.txt")), "force writes beside, never over");
        assertFalse(WireValues.asMap(record("PBD", (String) WireValues.asList(record("SR", sr).get("PBDs")).get(0))
                .get("device_config")).containsKey("force"), "the flag is not the repository's configuration");
        Map<String, Object> found = WireValues.asMap(probeExt(host, location).get("sr"));
        assertEquals(record("SR", sr).get("uuid"), found.get("uuid"));
        assertEquals("disks", found.get("name_label"));
        String xml = (String) admin.callWithSession("SR.probe", host, Map.of("location", location.toString()), "file",
                Map.of());
        assertTrue(xml.contains("<UUID>" + found.get("uuid") + "</UUID>"), xml);
    }

    private Map<String, Object> probeExt(String host, Path location) throws Exception {
        List<Object> results = WireValues.asList(admin.callWithSession("SR.probe_ext", host, Map.of("location",
                location.toString()), "file", Map.of()));
        assertEquals(1, results.size());
        return WireValues.asMap(results.get(0));
    }

    @Test
    void aReadOnlyUserIsRefusedEveryChange() throws Exception {
        start(WireEncoding.JSON_RPC);
        String sr = createSr(dir.resolve("disks"), "disks");
        String vdi = createVdi(sr, "root", 8 * MIB);
        String pbd = (String) WireValues.asList(record("SR", sr).get("PBDs")).get(0);
        String host = (String) WireValues.asList(admin.callWithSession("host.get_all")).get(0);
        for (WireEncoding encoding : List.of(WireEncoding.XML_RPC, WireEncoding.JSON_RPC)) {
            XenApiClient viewer = login(admin, encoding, "viewer");
            assertEquals(List.of(sr), WireValues.asList(viewer.callWithSession("SR.get_by_name_label", "disks")));
            assertEquals(record("VDI", vdi).get("uuid"), WireValues.asMap(viewer.callWithSession("VDI.get_record",
                    vdi)).get("uuid"));
            Map<String, Object[]> changes = Map.of(
                    "SR.create", new Object[] {host, Map.of("location", dir.resolve("other").toString()), 0L, "x",
                        "", "file", "user", false, Map.of()},
                    "SR.forget", new Object[] {sr}, "SR.destroy", new Object[] {sr}, "SR.scan", new Object[] {sr},
                    "SR.set_name_label", new Object[] {sr, "y"}, "PBD.unplug", new Object[] {pbd},
                    "PBD.plug", new Object[] {pbd},
                    "VDI.create", new Object[] {Map.of("SR", sr, "name_label", "x", "virtual_size", "1048576")},
                    "VDI.destroy", new Object[] {vdi}, "VDI.resize", new Object[] {vdi, "16777216"});
            for (Map.Entry<String, Object[]> m : changes.entrySet()) {
                XenApiException e = refused(() -> viewer.callWithSession(m.getKey(), m.getValue()));
                assertTrue(e.is(ErrorCode.PERMISSION_DENIED), m.getKey() + ": " + e);
            }
            XenApiException probe = refused(() -> viewer.callWithSession("SR.probe_ext", host, Map.of("location",
                    dir.toString()), "file", Map.of()));
            assertTrue(probe.is(ErrorCode.PERMISSION_DENIED), "a probe reads devices that are not the Agent's yet");
            for (String m : List.of("VDI.copy", "VDI.snapshot")) {
                XenApiException e = refused(() -> viewer.callWithSession(m, vdi, m.endsWith("copy") ? sr : Map.of()));
                assertTrue(e.is(ErrorCode.PERMISSION_DENIED), m + ": " + e);
            }
        }
        assertEquals(List.of(vdi), WireValues.asList(record("SR", sr).get("VDIs")));
        assertEquals("disks", record("SR", sr).get("name_label"));
        assertFalse(Files.exists(dir.resolve("other")));
    }

    @Test
    void theRegistrySurvivesARestartAndAnSrWhoseStorageIsGoneIsListedUnplugged() throws Exception {
        start(WireEncoding.XML_RPC);
        Path location = dir.resolve("disks");
        String srUuid = (String) record("SR", createSr(location, "disks")).get("uuid");
        String sr = (String) admin.callWithSession("SR.get_by_uuid", srUuid);
        String vdiUuid = (String) record("VDI", createVdi(sr, "data", 4 * MIB)).get("uuid");

        restart();
        sr = (String) admin.callWithSession("SR.get_by_uuid", srUuid);
        Map<String, Object> r = record("SR", sr);
        assertEquals("disks", r.get("name_label"));
        String vdi = (String) admin.callWithSession("VDI.get_by_uuid", vdiUuid);
        assertEquals(4 * MIB, WireValues.asLong(record("VDI", vdi).get("virtual_size")));
        String pbd = (String) WireValues.asList(r.get("PBDs")).get(0);
        assertEquals(true, record("PBD", pbd).get("currently_attached"));

        // unplugged by the admin: stays unplugged across a restart, its volumes out of sight, then back
        admin.callWithSession("PBD.unplug", pbd);
        restart();
        sr = (String) admin.callWithSession("SR.get_by_uuid", srUuid);
        pbd = (String) WireValues.asList(record("SR", sr).get("PBDs")).get(0);
        assertEquals(false, record("PBD", pbd).get("currently_attached"));
        assertEquals(List.of(), WireValues.asList(record("SR", sr).get("VDIs")));
        String unplugged = sr;
        XenApiException noPbd = refused(() -> createVdi(unplugged, "more", MIB));
        assertEquals("SR_HAS_NO_PBDS", noPbd.code());
        admin.callWithSession("PBD.plug", pbd);
        assertEquals(List.of(admin.callWithSession("VDI.get_by_uuid", vdiUuid)),
                WireValues.asList(record("SR", sr).get("VDIs")));

        // the storage gone while the Agent was stopped: listed, unplugged, never dropped
        agent.close();
        Files.move(location, dir.resolve("moved-away"));
        start(WireEncoding.XML_RPC);
        sr = (String) admin.callWithSession("SR.get_by_uuid", srUuid);
        pbd = (String) WireValues.asList(record("SR", sr).get("PBDs")).get(0);
        assertEquals(false, record("PBD", pbd).get("currently_attached"));
        assertTrue(agent.output().contains("SR " + srUuid), agent.output());
        String pbdGone = pbd;
        XenApiException unavailable = refused(() -> admin.callWithSession("PBD.plug", pbdGone));
        assertEquals("SR_BACKEND_FAILURE_47", unavailable.code(), unavailable.toString());

        // forgotten: gone from the registry, and the storage kept
        admin.callWithSession("SR.forget", sr);
        restart();
        String forgotten = srUuid;
        assertTrue(refused(() -> admin.callWithSession("SR.get_by_uuid", forgotten)).is(ErrorCode.UUID_INVALID));
        assertTrue(Files.isRegularFile(dir.resolve("moved-away/data.raw")));
        assertNotEquals(0, WireValues.asList(admin.callWithSession("SR.get_all")).size(), "the views remain");
    }
}
