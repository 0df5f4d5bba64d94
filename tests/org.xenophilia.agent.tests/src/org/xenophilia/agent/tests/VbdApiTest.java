package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * VBDs on registered volumes, through a real {@code xenophiliad} process on the simulated backend with the
 * {@code file} storage backend's jar (the whole course over each wire encoding, the other cases over one each, so
 * that both are used throughout): a disk added to a halted VM's definition naming the
 * volume, the VM started with the volume resolved (the disk spec xl would be given, in the simulated backend's
 * state), a start refused for a volume that cannot be given, nothing started; a VBD created for a running VM
 * unplugged, then plugged and unplugged; {@code VDI_IN_USE} naming the VM; the events a client follows.
 */
class VbdApiTest extends AgentUsersFixture {

    private static final long MIB = VolumeCalls.MIB;
    private static final String VM_UUID = "5ab1ec70-0000-4000-8000-0000000000d1";

    private XenApiClient admin;
    private VolumeCalls calls;

    private void start(WireEncoding encoding) throws Exception {
        agent = AgentProcess.startWithPlugins(List.of(StorageApiTest.fileBackendJar()), null, "serve", "--backend",
                "simulated", "--config", conf().toString(), "--state-dir", dir.resolve("state").toString(),
                "--listen", "127.0.0.1:0");
        XenApiClient any = agent.client();
        admin = login(any, encoding, "adm");
        calls = new VolumeCalls(admin);
    }

    private static XenApiClient login(XenApiClient any, WireEncoding encoding, String user) throws Exception {
        XenApiClient c = XenApiClient.builder(any.uri()).pinnedFingerprint(any.pinnedFingerprint().orElseThrow())
                .encoding(encoding).build();
        c.login(user, "a-long-password");
        return c;
    }

    /** @return the definition the Agent keeps on disk */
    private Domain definitionOnDisk() throws Exception {
        return DomainDefinitions.load(dir.resolve("state/domains/" + VM_UUID + ".xml"));
    }

    private static Optional<Disk> disk(Domain d, String vdev) {
        return d.getDisks().stream().filter(k -> k.getVdev().equals(vdev)).findFirst();
    }

    /** @return the simulated backend's run-time state, {@code domain.<uuid>.} stripped */
    private Properties runtime() throws Exception {
        Properties p = new Properties();
        Path file = dir.resolve("state/simulated.properties");
        if (Files.exists(file)) {
            p.load(new StringReader(Files.readString(file)));
        }
        Properties mine = new Properties();
        String prefix = "domain." + VM_UUID + ".";
        p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> mine.setProperty(k.substring(prefix.length()), p.getProperty(k)));
        return mine;
    }

    private String vbdOf(String vm, String device) throws Exception {
        for (Object vbd : WireValues.asList(calls.record("VM", vm).get("VBDs"))) {
            if (device.equals(calls.record("VBD", (String) vbd).get("device"))) {
                return (String) vbd;
            }
        }
        throw new AssertionError(vm + " has no VBD " + device);
    }

    @ParameterizedTest
    @EnumSource(value = WireEncoding.class, names = {"XML_RPC", "JSON_RPC"})
    void aDiskOnAVolumeIsAddedToAHaltedVmStartedWithTheVolumesTargetAndRemoved(WireEncoding encoding)
            throws Exception {
        start(encoding);
        Path location = dir.resolve("disks");
        String sr = calls.sr(location, "disks");
        String srUuid = (String) calls.record("SR", sr).get("uuid");
        String vdi = calls.vdi(sr, "data", 64 * MIB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                VM_UUID, 128));
        String token = admin.eventFrom(List.of("vbd", "vm", "vdi"), "", Duration.ZERO).token();

        String vbd = calls.vbd(vm, vdi, "1", "RW");
        Map<String, Object> r = calls.record("VBD", vbd);
        assertEquals(vm, r.get("VM"));
        assertEquals(vdi, r.get("VDI"));
        assertEquals("xvdb", r.get("device"));
        assertEquals("1", r.get("userdevice"));
        assertEquals("RW", r.get("mode"));
        assertEquals("Disk", r.get("type"));
        assertEquals(false, r.get("empty"));
        assertEquals(false, r.get("bootable"));
        assertEquals(false, r.get("currently_attached"));
        assertEquals(List.of(), WireValues.asList(r.get("allowed_operations")),
                "a halted VM's disks are neither plugged nor unplugged");
        Map<String, Object> other = WireValues.asMap(r.get("other_config"));
        assertEquals("file", other.get("storage_backend"));
        assertEquals(srUuid + "/data", other.get("volume"));
        assertNull(other.get("target"), "the definition names the volume, not its path: " + other);
        assertEquals(vdi, admin.callWithSession("VBD.get_VDI", vbd));
        assertEquals(false, admin.callWithSession("VBD.get_currently_attached", vbd));
        assertTrue(WireValues.asList(calls.record("VM", vm).get("VBDs")).contains(vbd));
        assertEquals(List.of(vbd), WireValues.asList(calls.record("VDI", vdi).get("VBDs")));
        VolumeCalls.assertEvents(admin.eventFrom(List.of("vbd", "vm", "vdi"), token, Duration.ZERO),
                "vbd add " + vbd, "vm mod " + vm, "vdi mod " + vdi);

        // the definition names the volume (no target): what xl is given is resolved at each start
        Disk xvdb = disk(definitionOnDisk(), "xvdb").orElseThrow();
        assertEquals("file", xvdb.getStorageBackend());
        assertEquals(srUuid + "/data", xvdb.getVolume());
        assertNull(xvdb.getTarget());
        assertEquals(DiskAccess.RW, xvdb.getAccess());

        // a volume a VM's disk names is not destroyed under it, and the error names the VM
        calls.refused(List.of("VDI_IN_USE", vdi, "destroy", vm), "VDI.destroy", vdi);
        calls.refused(List.of("DEVICE_ALREADY_EXISTS", "1"), "VBD.create", VolumeCalls.vbdArgs(vm, vdi, "1", "RW",
                "Disk", false));
        calls.refused(List.of("DEVICE_ALREADY_EXISTS", "hdb"), "VBD.create", VolumeCalls.vbdArgs(vm, vdi, "hdb", "RW",
                "Disk", false));
        calls.refused(List.of("INVALID_DEVICE", "sideways"), "VBD.create", VolumeCalls.vbdArgs(vm, vdi, "sideways",
                "RW", "Disk", false));
        calls.refused(List.of("VBD_CDS_MUST_BE_READONLY"), "VBD.create", VolumeCalls.vbdArgs(vm, vdi, "3", "RW",
                "CD", false));
        calls.refused(List.of("VBD_NOT_REMOVABLE_MEDIA", "in constructor"), "VBD.create", VolumeCalls.vbdArgs(vm,
                "OpaqueRef:NULL", "3", "RW", "Disk", true));

        admin.callWithSession("VM.start", vm, false, false);
        r = calls.record("VBD", vbd);
        assertEquals(true, r.get("currently_attached"));
        assertEquals(List.of("unplug"), WireValues.asList(r.get("allowed_operations")));
        // what the simulated backend "gave xl": the codec's disk spec with the volume's target, as xl block-attach
        // and xl.cfg have it; the definition still names the volume
        assertEquals("format=raw,vdev=xvdb,access=rw,backendtype=phy,target=" + location.resolve("data.raw"),
                runtime().getProperty("volume-disk.xvdb"));
        assertNull(disk(definitionOnDisk(), "xvdb").orElseThrow().getTarget());
        calls.refused(List.of("OPERATION_NOT_ALLOWED", "VBD '" + r.get("uuid") + "' still attached to '" + VM_UUID
                + "'"), "VBD.destroy", vbd);

        admin.callWithSession("VM.hard_shutdown", vm);
        assertEquals(false, calls.record("VBD", vbd).get("currently_attached"));
        token = admin.eventFrom(List.of("vbd", "vm", "vdi"), "", Duration.ZERO).token();
        admin.callWithSession("VBD.destroy", vbd);
        assertTrue(disk(definitionOnDisk(), "xvdb").isEmpty(), "the definition on disk lost the disk");
        assertFalse(WireValues.asList(calls.record("VM", vm).get("VBDs")).contains(vbd));
        assertEquals(List.of(), WireValues.asList(calls.record("VDI", vdi).get("VBDs")));
        VolumeCalls.assertEvents(admin.eventFrom(List.of("vbd", "vm", "vdi"), token, Duration.ZERO),
                "vbd del " + vbd, "vm mod " + vm, "vdi mod " + vdi);
        calls.refused(List.of("HANDLE_INVALID", "VBD", vbd), "VBD.destroy", vbd);
        admin.callWithSession("VDI.destroy", vdi);
    }

    @Test
    void aStartIsRefusedNamingTheDiskWhoseVolumeCannotBeGivenAndNothingRuns() throws Exception {
        start(WireEncoding.XML_RPC);
        String sr = calls.sr(dir.resolve("disks"), "disks");
        String srUuid = (String) calls.record("SR", sr).get("uuid");
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", VolumeCalls.vmXml(VM_UUID,
                "data-vm", srUuid + "/missing"));
        String vbd = vbdOf(vm, "xvdb");
        assertEquals("OpaqueRef:NULL", calls.record("VBD", vbd).get("VDI"), "no such volume: no VDI");

        calls.refused(List.of("VDI_MISSING", sr, "missing", "xvdb"), "VM.start", vm, false, false);
        assertEquals("Halted", calls.record("VM", vm).get("power_state"));
        assertTrue(runtime().isEmpty(), "nothing started: " + runtime());

        // the volume made: the VBD is on its VDI; the SR unplugged: the start is refused again, naming the SR
        String vdi = calls.vdi(sr, "missing", 8 * MIB);
        assertEquals(vdi, calls.record("VBD", vbd).get("VDI"));
        assertEquals(List.of(vbd), WireValues.asList(calls.record("VDI", vdi).get("VBDs")));
        String pbd = (String) WireValues.asList(calls.record("SR", sr).get("PBDs")).get(0);
        admin.callWithSession("PBD.unplug", pbd);
        calls.refused(List.of("SR_NOT_ATTACHED", sr, "xvdb"), "VM.start", vm, false, false);
        assertEquals("Halted", calls.record("VM", vm).get("power_state"));
        admin.callWithSession("PBD.plug", pbd);

        // an SR this host does not know
        String other = "0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11";
        admin.callWithSession("Xenophilia.VM.set_xml", vm, VolumeCalls.vmXml(VM_UUID, "data-vm", other + "/x"));
        calls.refused(List.of("VM_REQUIRES_SR", vm, other, "xvdb"), "VM.start", vm, false, false);
        assertTrue(runtime().isEmpty(), "nothing started: " + runtime());

        admin.callWithSession("Xenophilia.VM.set_xml", vm, VolumeCalls.vmXml(VM_UUID, "data-vm", srUuid + "/missing"));
        admin.callWithSession("VM.start", vm, false, false);
        assertEquals("Running", calls.record("VM", vm).get("power_state"));
        assertTrue(runtime().getProperty("volume-disk.xvdb").endsWith(",target=" + dir.resolve("disks/missing.raw")),
                runtime().toString());
    }

    @Test
    void aRunningVmGetsADiskUnpluggedThenPlugsAndUnplugsIt() throws Exception {
        WireEncoding encoding = WireEncoding.JSON_RPC;
        start(encoding);
        String sr = calls.sr(dir.resolve("disks"), "disks");
        String vdi = calls.vdi(sr, "hot", 64 * MIB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                VM_UUID, 128));
        admin.callWithSession("VM.start", vm, false, false);
        String token = admin.eventFrom(List.of("vbd", "vm", "vdi"), "", Duration.ZERO).token();

        // as xapi: created for a running VM, a VBD is not attached until it is plugged
        String vbd = calls.vbd(vm, vdi, "autodetect", "RW");
        Map<String, Object> r = calls.record("VBD", vbd);
        assertEquals("xvdb", r.get("device"), "the first free device");
        assertEquals(false, r.get("currently_attached"));
        assertEquals(List.of("plug"), WireValues.asList(r.get("allowed_operations")));
        assertEquals("xvdb", runtime().getProperty("detached"));
        VolumeCalls.assertEvents(admin.eventFrom(List.of("vbd", "vm", "vdi"), token, Duration.ZERO),
                "vbd add " + vbd, "vm mod " + vm, "vdi mod " + vdi);
        calls.refused(List.of("DEVICE_ALREADY_DETACHED", vbd), "VBD.unplug", vbd);
        admin.callWithSession("VDI.resize", vdi, Long.toString(96 * MIB)); // not attached: it may grow

        token = admin.eventFrom(List.of("vbd"), "", Duration.ZERO).token();
        admin.callWithSession("VBD.plug", vbd);
        r = calls.record("VBD", vbd);
        assertEquals(true, r.get("currently_attached"));
        assertEquals(List.of("unplug"), WireValues.asList(r.get("allowed_operations")));
        assertNull(runtime().getProperty("detached"));
        assertTrue(runtime().getProperty("volume-disk.xvdb").endsWith(",target=" + dir.resolve("disks/hot.raw")));
        VolumeCalls.assertEvents(admin.eventFrom(List.of("vbd"), token, Duration.ZERO), "vbd mod " + vbd);
        calls.refused(List.of("DEVICE_ALREADY_ATTACHED", vbd), "VBD.plug", vbd);
        calls.refused(List.of("VDI_IN_USE", vdi, "resize", vm), "VDI.resize", vdi, Long.toString(128 * MIB));
        calls.refused(List.of("VDI_IN_USE", vdi, "destroy", vm), "VDI.destroy", vdi);

        // hot-plugging is for running VMs: a paused guest cannot answer
        admin.callWithSession("VM.pause", vm);
        calls.refused(List.of("VM_BAD_POWER_STATE", vm, "Running", "Paused"), "VBD.unplug", vbd);
        admin.callWithSession("VM.unpause", vm);

        admin.callWithSession("VBD.unplug", vbd);
        r = calls.record("VBD", vbd);
        assertEquals(false, r.get("currently_attached"));
        assertEquals(List.of("plug"), WireValues.asList(r.get("allowed_operations")));
        assertNull(runtime().getProperty("volume-disk.xvdb"));

        // what is attached survives a restart of the Agent (references are the run's: found again)
        agent.close();
        start(encoding);
        vm = (String) admin.callWithSession("VM.get_by_uuid", VM_UUID);
        vbd = vbdOf(vm, "xvdb");
        assertEquals(false, calls.record("VBD", vbd).get("currently_attached"));
        vdi = (String) calls.record("VBD", vbd).get("VDI");
        assertEquals("Running", calls.record("VM", vm).get("power_state"));

        admin.callWithSession("VBD.destroy", vbd);
        assertTrue(disk(definitionOnDisk(), "xvdb").isEmpty());
        admin.callWithSession("VDI.destroy", vdi);
    }

    @Test
    void aReadOnlyUserChangesNoDisk() throws Exception {
        start(WireEncoding.JSON_RPC);
        String sr = calls.sr(dir.resolve("disks"), "disks");
        String vdi = calls.vdi(sr, "data", 8 * MIB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                VM_UUID, 128));
        String vbd = vbdOf(vm, "xvda");
        XenApiClient viewer = login(admin, WireEncoding.JSON_RPC, "viewer");
        for (Object[] call : List.of(new Object[] {"VBD.create", VolumeCalls.vbdArgs(vm, vdi, "1", "RW", "Disk",
                false)}, new Object[] {"VBD.destroy", vbd}, new Object[] {"VBD.plug", vbd},
                new Object[] {"VBD.unplug", vbd})) {
            assertEquals("PERMISSION_DENIED", assertThrows(XenApiException.class,
                    () -> viewer.callWithSession((String) call[0], call[1])).code());
        }
        assertEquals(List.of(vbd), WireValues.asList(calls.record("VM", vm).get("VBDs")));
    }
}
