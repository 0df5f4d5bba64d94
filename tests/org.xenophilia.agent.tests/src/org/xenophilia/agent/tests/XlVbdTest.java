package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.domain.Disk;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * VBDs on the {@code xl} backend, against {@link FakeXl} (the boundary double replaying xl 4.17's captures), in a real
 * {@code xenophiliad} process with the {@code file} storage backend: the xl.cfg of a start has each volume's target
 * (the definition keeps the reference), and the exact command lines of {@code VBD.plug}/{@code unplug}: {@code xl
 * block-attach <domid> <spec>} with the codec's spec of the resolved disk, {@code xl block-detach <domid> <vdev>}; xl's
 * refusals answered with xl's words; a record behind xl put right by the next plug; nothing run for a refused start.
 */
class XlVbdTest {

    private static final String VM_UUID = "5ab1ec70-0000-4000-8000-0000000000e1";

    @TempDir
    Path dir;
    private FakeXl xl;
    private AgentProcess agent;
    private XenApiClient admin;
    private VolumeCalls calls;

    @BeforeEach
    void setUp() throws Exception {
        assertEquals(0, AgentProcess.run("a-long-password\n", "user", "add", "adm", "--role", "admin",
                "--iterations", "20000", "--config", conf().toString()).exitValue());
        xl = FakeXl.install(dir.resolve("xl"));
        // the watcher looks once at start, then only when asked: the argument log holds what the calls ran
        Files.writeString(conf(), "xl.path = " + xl.executable + "\nxl.poll-interval = 3600000\n");
        start();
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    private Path conf() {
        return dir.resolve("etc/agent.conf");
    }

    private void start() throws Exception {
        agent = AgentProcess.startWithPlugins(List.of(StorageApiTest.fileBackendJar()), null, "serve", "--backend",
                "xl", "--config", conf().toString(), "--state-dir", dir.resolve("state").toString(), "--listen",
                "127.0.0.1:0");
        admin = agent.client();
        admin.login("adm", "a-long-password");
        calls = new VolumeCalls(admin);
    }

    private String vbdOf(String vm, String device) throws Exception {
        for (Object vbd : WireValues.asList(calls.record("VM", vm).get("VBDs"))) {
            if (device.equals(calls.record("VBD", (String) vbd).get("device"))) {
                return (String) vbd;
            }
        }
        throw new AssertionError(vm + " has no VBD " + device);
    }

    @Test
    void aStartGivesXlTheVolumesTargetAndPlugAndUnplugRunBlockAttachAndBlockDetach() throws Exception {
        Path location = dir.resolve("disks");
        String sr = calls.sr(location, "disks");
        String data = calls.vdi(sr, "data", 64 * VolumeCalls.MIB);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", VolumeCalls.vmXml(VM_UUID,
                "vols", calls.reference(data)));

        admin.callWithSession("VM.start", vm, false, false);
        String cfg = Files.readString(dir.resolve("state/xl/" + VM_UUID + ".cfg"));
        assertTrue(cfg.contains("\"format=raw,vdev=xvdb,backendtype=phy,target=" + location.resolve("data.raw")
                + "\""), cfg);
        assertTrue(cfg.contains("#xenophilia: disk.1.volume = \"" + calls.reference(data) + "\""), cfg);
        Disk kept = DomainDefinitions.load(dir.resolve("state/domains/" + VM_UUID + ".xml")).getDisks().get(1);
        assertNull(kept.getTarget(), "the definition keeps the reference");
        assertEquals(calls.reference(data), kept.getVolume());

        // a disk added to the running domain: not attached until plugged
        String more = calls.vdi(sr, "more", 32 * VolumeCalls.MIB);
        String vbd = calls.vbd(vm, more, "2", "RO");
        assertEquals(false, calls.record("VBD", vbd).get("currently_attached"));
        assertEquals(List.of(), xl.invocations("block-attach"));
        assertEquals("xvdc\n", Files.readString(dir.resolve("state/xl/" + VM_UUID + ".detached")));

        admin.callWithSession("VBD.plug", vbd);
        assertEquals(List.of(List.of("block-attach", "1", "format=raw,vdev=xvdc,access=ro,backendtype=phy,target="
                + location.resolve("more.raw"))), xl.invocations("block-attach"));
        assertEquals(true, calls.record("VBD", vbd).get("currently_attached"));
        assertTrue(xl.xl("block-list", "vols").contains("51744 "), "xl has xvdc");
        assertFalse(Files.exists(dir.resolve("state/xl/" + VM_UUID + ".detached")));

        admin.callWithSession("VBD.unplug", vbd);
        assertEquals(List.of(List.of("block-detach", "1", "xvdc")), xl.invocations("block-detach"));
        assertEquals(false, calls.record("VBD", vbd).get("currently_attached"));
        assertFalse(xl.xl("block-list", "vols").contains("51744 "), "xl has no xvdc");
        calls.refused(List.of("DEVICE_ALREADY_DETACHED", vbd), "VBD.unplug", vbd);
        assertEquals(1, xl.invocations("block-detach").size(), "refused before xl is asked");

        // a record behind xl (an administrator's block-attach, or a stop right after the Agent's): the next plug
        // finds xl has it, and says so
        xl.xl("block-attach", "1", "format=raw,vdev=xvdc,target=" + location.resolve("more.raw"));
        calls.refused(List.of("DEVICE_ALREADY_ATTACHED", vbd), "VBD.plug", vbd);
        assertEquals(true, calls.record("VBD", vbd).get("currently_attached"));

        // what the Agent knows of attached disks survives its restart
        admin.callWithSession("VBD.unplug", vbd);
        agent.close();
        start();
        vm = (String) admin.callWithSession("VM.get_by_uuid", VM_UUID);
        assertEquals(false, calls.record("VBD", vbdOf(vm, "xvdc")).get("currently_attached"));
        assertEquals(true, calls.record("VBD", vbdOf(vm, "xvdb")).get("currently_attached"));
    }

    @Test
    void xlsRefusalOfAPlugIsAnsweredWithXlsWords() throws Exception {
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", XlBackendTest.WEB.formatted(
                VM_UUID, 128).replace("  <vif ", "  <disk vdev=\"xvdc\" target=\"" + dir.resolve("gone.raw")
                        + "\"/>\n  <vif "));
        admin.callWithSession("VM.start", vm, false, false);
        String vbd = vbdOf(vm, "xvdc");
        admin.callWithSession("VBD.unplug", vbd);
        XenApiException e = calls.refused("VBD.plug", vbd);
        assertEquals("INTERNAL_ERROR", e.code());
        assertEquals(List.of("xl block-attach 1 vdev=xvdc,target=" + dir.resolve("gone.raw") + " failed: Disk"
                + " vdev=xvdc failed to stat: " + dir.resolve("gone.raw") + ": No such file or directory"), e.params());
        assertEquals(false, calls.record("VBD", vbd).get("currently_attached"));
    }

    @Test
    void aStartWhoseVolumeIsMissingRunsNoXlCreate() throws Exception {
        String sr = calls.sr(dir.resolve("disks"), "disks");
        String srUuid = (String) calls.record("SR", sr).get("uuid");
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml", VolumeCalls.vmXml(VM_UUID,
                "vols", srUuid + "/nothing"));
        calls.refused(List.of("VDI_MISSING", sr, "nothing", "xvdb"), "VM.start", vm, false, false);
        assertEquals(List.of(), xl.invocations("create"));
        assertEquals("Halted", calls.record("VM", vm).get("power_state"));
        assertFalse(Files.exists(dir.resolve("state/xl/" + VM_UUID + ".building")));
    }
}
