package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A repository is not taken from under a running domain, as xapi refuses it: {@code PBD.unplug}, {@code SR.forget}
 * and {@code SR.destroy} (which unplug it first) answer {@code VDI_IN_USE [vdi, operation, vm]} while a running or
 * paused VM has a disk on one of its volumes attached, naming the VM, and change nothing. As in xapi (whose
 * {@code PBD.unplug} counts the attached VBDs of the VMs resident on the host), a halted VM's disks and a running VM's
 * unplugged one do not hold it: the SR unplugs, and the VM's next start says why it cannot have its disk. A real
 * {@code xenophiliad} on the simulated backend with the {@code file} storage backend's jar.
 */
class SrInUseTest {

    private static final long MIB = VolumeCalls.MIB;
    private static final String VM_UUID = "5ab1ec70-0000-4000-8000-0000000000e1";

    @TempDir
    Path dir;
    private AgentProcess agent;
    private XenApiClient admin;
    private VolumeCalls calls;

    @BeforeEach
    void start() throws Exception {
        Path conf = dir.resolve("etc/agent.conf");
        AgentProcess.addUser(conf, "adm", "admin", "a-long-password");
        Files.writeString(conf, "");
        agent = AgentProcess.startWithPlugins(List.of(StorageApiTest.fileBackendJar()), null, "serve", "--backend",
                "simulated", "--config", conf.toString(), "--state-dir", dir.resolve("state").toString(), "--listen",
                "127.0.0.1:0");
        admin = agent.client();
        admin.login("adm", "a-long-password");
        calls = new VolumeCalls(admin);
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    private String pbdOf(String sr) throws Exception {
        return (String) WireValues.asList(calls.record("SR", sr).get("PBDs")).get(0);
    }

    private boolean plugged(String sr) throws Exception {
        return (Boolean) calls.record("PBD", pbdOf(sr)).get("currently_attached");
    }

    @Test
    void aRunningVmsVolumeKeepsItsSrPluggedAndRegisteredNamingTheVm() throws Exception {
        String sr = calls.sr(dir.resolve("disks"), "disks");
        String srUuid = (String) calls.record("SR", sr).get("uuid");
        calls.vdi(sr, "spare", 8 * MIB);
        String vdi = calls.vdi(sr, "data", 16 * MIB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", VolumeCalls.vmXml(VM_UUID,
                "data-vm", srUuid + "/data"));
        String pbd = pbdOf(sr);

        // halted: its disks hold nothing (xapi: not resident, no VBD attached); its start then says why not
        admin.callWithSession("PBD.unplug", pbd);
        assertEquals(false, plugged(sr));
        calls.refused(List.of("SR_NOT_ATTACHED", sr, "xvdb"), "VM.start", vm, false, false);
        admin.callWithSession("PBD.plug", pbd);

        admin.callWithSession("VM.start", vm, false, false);
        for (String[] call : List.of(new String[] {"PBD.unplug", pbd, "unplug"},
                new String[] {"SR.forget", sr, "forget"}, new String[] {"SR.destroy", sr, "destroy"})) {
            calls.refused(List.of("VDI_IN_USE", vdi, call[2], vm), call[0], call[1]);
            assertEquals(true, plugged(sr), call[0] + " changed nothing");
        }
        assertTrue(Files.isRegularFile(dir.resolve("disks/data.raw")));
        assertEquals(2, WireValues.asList(calls.record("SR", sr).get("VDIs")).size(), "both volumes listed still");

        // paused: still resident, its disk still attached
        admin.callWithSession("VM.pause", vm);
        calls.refused(List.of("VDI_IN_USE", vdi, "unplug", vm), "PBD.unplug", pbd);
        admin.callWithSession("VM.unpause", vm);

        // a running VM's disk unplugged does not hold the SR either (xapi counts attached VBDs only)
        String vbd = null;
        for (Object each : WireValues.asList(calls.record("VM", vm).get("VBDs"))) {
            if ("xvdb".equals(calls.record("VBD", (String) each).get("device"))) {
                vbd = (String) each;
            }
        }
        admin.callWithSession("VBD.unplug", vbd);
        admin.callWithSession("PBD.unplug", pbd);
        assertEquals(false, plugged(sr));
        admin.callWithSession("PBD.plug", pbd);
        admin.callWithSession("VBD.plug", vbd);
        calls.refused(List.of("VDI_IN_USE", vdi, "unplug", vm), "PBD.unplug", pbd);

        admin.callWithSession("VM.hard_shutdown", vm);
        admin.callWithSession("SR.forget", sr);
        assertEquals("HANDLE_INVALID", calls.refused("SR.get_record", sr).code());
        assertTrue(Files.isRegularFile(dir.resolve("disks/data.raw")), "forgotten, not destroyed");
    }

    @Test
    void aDiskOnAVolumesPathHoldsItsSrAsOneNamingTheVolumeDoes() throws Exception {
        String sr = calls.sr(dir.resolve("disks"), "disks");
        String vdi = calls.vdi(sr, "root", 16 * MIB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                VM_UUID, 128).replace("/var/lib/xen/web.img", dir.resolve("disks/root.raw").toString()));
        admin.callWithSession("VM.start", vm, false, false);
        calls.refused(List.of("VDI_IN_USE", vdi, "unplug", vm), "PBD.unplug", pbdOf(sr));
        admin.callWithSession("VM.hard_shutdown", vm);
        admin.callWithSession("PBD.unplug", pbdOf(sr));
        assertEquals(false, plugged(sr));
    }
}
