package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The busybox image the project builds ({@code releng/images/busybox/build.sh}), deployed by the Agent's own deployer
 * ({@code images}, its jar and its dependencies' as the {@code .deb} ships them) from a local directory catalog into
 * a {@code file} SR of a real {@code xenophiliad} process on the simulated backend, over each wire: the task goes
 * through its phases in order, the VM boots with pygrub from a VDI of the size asked that holds a clean ext4 grown
 * to it ({@code e2fsck}), with a vif on the network, and runs.
 */
class BusyboxDeployTest extends AgentUsersFixture {

    private static final long MIB = 1L << 20;
    private static final List<String> PHASES = List.of("checking", "downloading", "verifying", "creating-volume",
            "writing", "making-filesystem", "growing-filesystem", "defining", "starting");

    @TempDir
    static Path built;

    @BeforeAll
    static void build() throws Exception {
        ImagesDeployerJars.busybox(built.resolve("local"));
    }

    @ParameterizedTest
    @EnumSource(value = WireEncoding.class, names = {"XML_RPC", "JSON_RPC"})
    void theBusyboxDiskIsDeployedAsARunningVm(WireEncoding encoding) throws Exception {
        Files.writeString(conf(), "images.directory = " + built.resolve("local") + "\n");
        List<Path> plugins = new ArrayList<>(List.of(StorageApiTest.fileBackendJar()));
        plugins.addAll(ImagesDeployerJars.jars());
        agent = AgentProcess.startWithPlugins(plugins, null, "serve", "--backend", "simulated", "--config",
                conf().toString(), "--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:0");
        XenApiClient any = agent.client();
        XenApiClient admin = XenApiClient.builder(any.uri()).pinnedFingerprint(any.pinnedFingerprint().orElseThrow())
                .encoding(encoding).build();
        admin.login("adm", "a-long-password");
        String lab = (String) admin.callWithSession("Xenophilia.network.create_from_xml", LinuxNetworksTest.LAB);
        String host = (String) WireValues.asList(admin.callWithSession("host.get_all")).get(0);
        Path disks = dir.resolve("disks");
        String sr = (String) admin.callWithSession("SR.create", host, Map.of("location", disks.toString()), 0L,
                "disks", "", "file", "user", false, Map.of());
        String id = null;
        for (Object o : WireValues.asList(admin.callWithSession("Xenophilia.image.get_all"))) {
            Map<String, Object> r = WireValues.asMap(o);
            if ("busybox-disk".equals(r.get("name"))) {
                id = (String) r.get("id");
                assertEquals(true, r.get("local"), r.toString());
            }
        }
        assertTrue(id != null, "the local catalog offers busybox-disk");

        String task = (String) admin.callWithSession("Async.Xenophilia.image.deploy", Map.of("image", id, "SR", sr,
                "name_label", "busybox", "size", Long.toString(96 * MIB), "network", lab, "start", true));
        List<String> phases = new ArrayList<>();
        String token = "";
        Map<String, Object> done = null;
        while (done == null) {
            EventBatch batch = admin.eventFrom(List.of("task/" + task), token, Duration.ofSeconds(5));
            token = batch.token();
            for (EventBatch.Event e : batch.events()) {
                Map<String, Object> r = e.snapshot().orElseThrow();
                Object phase = WireValues.asMap(r.get("other_config")).get("xenophilia:phase");
                if (phase != null && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                    phases.add((String) phase);
                }
                if (!"pending".equals(r.get("status"))) {
                    done = r;
                }
            }
        }
        assertEquals("success", done.get("status"), done.toString());
        for (int i = 1; i < phases.size(); i++) {
            assertTrue(PHASES.indexOf(phases.get(i)) > PHASES.indexOf(phases.get(i - 1)), phases.toString());
        }

        String vm = ((String) done.get("result")).replace("<value>", "").replace("</value>", "");
        assertEquals("Running", admin.callWithSession("VM.get_power_state", vm));
        String xml = (String) admin.callWithSession("Xenophilia.VM.get_xml", vm);
        assertTrue(xml.contains("<bootloader>pygrub</bootloader>"), xml);
        assertTrue(xml.contains("network=\"lab\""), xml);
        assertTrue(xml.contains("volume=\"" + admin.callWithSession("SR.get_uuid", sr) + "/busybox\""), xml);
        List<Object> vdis = WireValues.asList(admin.callWithSession("SR.get_VDIs", sr));
        assertEquals(1, vdis.size());
        assertEquals(96 * MIB, WireValues.asLong(admin.callWithSession("VDI.get_virtual_size", vdis.get(0))));
        Process fsck = new ProcessBuilder("e2fsck", "-fn", disks.resolve("busybox.raw").toString())
                .redirectErrorStream(true).start();
        String out = new String(fsck.getInputStream().readAllBytes());
        assertEquals(0, fsck.waitFor(), "a clean ext4: " + out);
        Process dump = new ProcessBuilder("dumpe2fs", "-h", disks.resolve("busybox.raw").toString()).start();
        String header = new String(dump.getInputStream().readAllBytes());
        assertEquals(0, dump.waitFor(), header);
        assertEquals(96 * MIB, field(header, "Block count") * field(header, "Block size"), "grown to the volume: "
                + header);
    }

    /** @return a number field of {@code dumpe2fs -h}'s header */
    private static long field(String header, String name) {
        for (String line : header.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).strip());
            }
        }
        throw new AssertionError("no " + name + " in " + header);
    }
}
