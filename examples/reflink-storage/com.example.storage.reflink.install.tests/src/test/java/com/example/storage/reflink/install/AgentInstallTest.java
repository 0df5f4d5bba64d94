package com.example.storage.reflink.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The example's Agent jar installed into the packaged Agent the documented way ({@code docs/storage-plugins.md},
 * "Install it and check it"): the reactor's {@code .deb} unpacked, the jar copied into its {@code lib/}, a setting
 * added to its {@code agent.conf}, the Agent started with the unit's command line. Then the type is used end to end
 * over XenAPI with the project's client, as a XenAPI client would: it is listed with its keys, a location is probed,
 * an SR made on a new pool image, a volume written as a guest writes it, snapshotted and copied at once (the pool's
 * used space does not grow by the volume's size: reflinks), grown, destroyed; the pool is unmounted when the Agent
 * stops and mounted again when it starts; the SR is destroyed and its image goes.
 */
class AgentInstallTest {

    private static final long MIB = 1L << 20;
    private static final String PASSWORD = "install-test-password";

    @TempDir
    Path tmp;
    private UnpackedAgent agent;
    private Child serving;
    private XenApiClient client;

    @BeforeEach
    void install() throws Exception {
        Mounts.requireLoopDevices();
        agent = UnpackedAgent.unpack(tmp.resolve("root"));
        Path jar = Path.of(System.getProperty("reflink.jar", "../com.example.storage.reflink/target/missing.jar"));
        assertTrue(Files.isRegularFile(jar), "build the example's jar first: " + jar);
        agent.installPlugin(jar);
        agent.configure("# the reflink-pool storage backend (examples/reflink-storage)",
                "reflink-pool.command-timeout = 300");
        agent.run(PASSWORD + "\n", "user", "add", "admin", "--role", "admin", "--iterations", "10000", "--config",
                agent.config());
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (serving != null) {
            serving.close();
        }
        Mounts.release(tmp);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts the Agent and logs in; the log says what the backend offers here. */
    private String start() throws Exception {
        int port = freePort();
        serving = agent.serve(port);
        String offered = serving.await("INFO org.xenophilia.agent.internal.storage.StorageBackends: storage backend"
                + " reflink-pool:", UnpackedAgent.STARTUP);
        serving.await("xenophiliad: serving XenAPI on ", UnpackedAgent.STARTUP);
        String fingerprint = agent.run(null, "fingerprint", "--config", agent.config()).strip();
        client = XenApiClient.builder(URI.create("https://127.0.0.1:" + port + "/")).pinnedFingerprint(fingerprint)
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(120)).build();
        client.login("admin", PASSWORD);
        return offered;
    }

    private Object call(String method, Object... args) throws Exception {
        return client.callWithSession(method, args);
    }

    private Map<String, Object> record(String cls, Object ref) throws Exception {
        return WireValues.asMap(call(cls + ".get_record", ref));
    }

    private long used(String sr) throws Exception {
        return WireValues.asLong(call("SR.get_physical_utilisation", sr));
    }

    @Test
    void theHelpListsTheInstalledTypeAndItsSettings() throws Exception {
        String help = agent.run(null, "--help");
        assertTrue(help.contains("reflink-pool") && help.contains("volumes as files in an XFS pool"), help);
        assertTrue(help.contains("settings: reflink-pool.command-timeout reflink-pool.mkfs-xfs"), help);
    }

    @Test
    void anAdminUsesTheInstalledTypeEndToEndOverXenApi() throws Exception {
        String offered = start();
        assertTrue(offered.endsWith("storage backend reflink-pool: formats [raw], capabilities [CLONE, RESIZE,"
                + " SNAPSHOT, THIN_PROVISIONING]"), offered);
        assertTrue(WireValues.asList(call("SR.get_supported_types")).contains("reflink-pool"));
        Map<String, Object> sm = smRecord();
        assertEquals("Example Storage Inc.", sm.get("vendor"));
        assertEquals("1.0.0-SNAPSHOT", sm.get("version"));
        assertEquals("1.1", sm.get("required_api_version"), "built against the reactor's storage API");
        assertTrue(WireValues.asString(sm.get("driver_filename")).startsWith(agent.path("/" + UnpackedAgent.LIB)
                .toString()), "the jar in lib/: " + sm.get("driver_filename"));
        assertEquals(List.of("image", "size"), List.copyOf(WireValues.asMap(sm.get("configuration")).keySet()));
        Map<String, Object> other = WireValues.asMap(sm.get("other_config"));
        assertEquals("PATH", other.get("config-type:image"));
        assertEquals("true", other.get("config-required:image"));
        assertEquals("SIZE", other.get("config-type:size"));
        assertEquals("false", other.get("config-required:size"));
        assertEquals("raw", other.get("formats"));
        assertTrue(WireValues.asList(sm.get("capabilities")).containsAll(List.of("VDI_CLONE", "VDI_SNAPSHOT",
                "VDI_RESIZE", "THIN_PROVISIONING")), sm.toString());
        String host = (String) WireValues.asList(call("host.get_all")).get(0);

        // a location holding a file system is shown before anything is written, and refused without force
        Path images = Files.createDirectories(tmp.resolve("images"));
        Path ext4 = images.resolve("home.img");
        Child.run(UnpackedAgent.COMMAND, Map.of(), null, "/usr/bin/truncate", "--size=320M", ext4.toString());
        Child.run(UnpackedAgent.COMMAND, Map.of(), null, "/usr/sbin/mkfs.ext4", "-q", "-F", ext4.toString());
        Map<String, Object> probed = probe(host, Map.of("image", ext4.toString()));
        assertEquals(Map.of(), WireValues.asMap(probed.get("sr")));
        assertTrue(WireValues.asString(WireValues.asMap(probed.get("extra_info")).get("other-data")).startsWith(
                "an ext4 filesystem"), probed.toString());
        XenApiException notEmpty = assertThrows(XenApiException.class, () -> call("SR.create", host, Map.of("image",
                ext4.toString()), 0L, "home", "", "reflink-pool", "user", false, Map.of()));
        assertEquals("SR_NOT_EMPTY", notEmpty.code());

        Path image = images.resolve("pool.img");
        Map<String, String> config = Map.of("image", image.toString(), "size", "512M");
        Map<String, Object> blank = probe(host, config);
        assertEquals("", WireValues.asMap(blank.get("extra_info")).get("other-data"));
        String sr = (String) call("SR.create", host, config, 0L, "fast disks", "reflink pool", "reflink-pool", "user",
                false, Map.of());
        Map<String, Object> srRecord = record("SR", sr);
        assertEquals("reflink-pool", srRecord.get("type"));
        long size = WireValues.asLong(srRecord.get("physical_size"));
        assertTrue(size > 400 * MIB && size < 512 * MIB, "the pool's file system: " + size);
        assertTrue(WireValues.asList(srRecord.get("allowed_operations")).contains("vdi_snapshot"), srRecord.toString());
        String uuid = WireValues.asString(srRecord.get("uuid"));
        Path pool = agent.path("/var/lib/xenophilia/storage/reflink-pool/pools/" + uuid);
        assertEquals(List.of(pool), Mounts.under(tmp), "the pool is mounted in the backend's state directory");
        Map<String, Object> there = WireValues.asMap(probe(host, config).get("sr"));
        assertEquals(uuid, there.get("uuid"));
        assertEquals("fast disks", there.get("name_label"));

        String vdi = (String) call("VDI.create", Map.of("SR", sr, "name_label", "web", "virtual_size",
                Long.toString(64 * MIB), "type", "user", "sharable", false, "read_only", false, "other_config",
                Map.of()));
        Path web = pool.resolve("web.raw");
        fill(web, 64 * MIB); // as the guest would
        call("SR.scan", sr);
        long before = used(sr);

        String snapshot = (String) call("VDI.snapshot", vdi, Map.of());
        Map<String, Object> s = record("VDI", snapshot);
        assertEquals(true, s.get("is_a_snapshot"));
        assertEquals(true, s.get("read_only"));
        assertEquals(vdi, s.get("snapshot_of"));
        assertEquals(64 * MIB, WireValues.asLong(s.get("virtual_size")));
        String copy = (String) call("VDI.copy", vdi, sr);
        Map<String, Object> c = record("VDI", copy);
        assertEquals(false, c.get("is_a_snapshot"));
        long grown = used(sr) - before;
        assertTrue(grown < 4 * MIB, "a snapshot and a copy of a fully written 64 MiB volume took " + grown
                + " bytes: instant, the extents are shared");
        for (Object v : List.of(snapshot, copy)) {
            Path file = pool.resolve(record("VDI", v).get("location") + ".raw");
            assertEquals(-1, Files.mismatch(web, file), file.toString());
            List<String> extents = Mounts.extents(file);
            assertTrue(!extents.isEmpty() && extents.stream().allMatch(e -> e.contains("shared")), file + ": "
                    + extents);
        }

        call("VDI.resize", vdi, Long.toString(128 * MIB));
        assertEquals(128 * MIB, WireValues.asLong(call("VDI.get_virtual_size", vdi)));
        XenApiException shrink = assertThrows(XenApiException.class, () -> call("VDI.resize", vdi,
                Long.toString(MIB)));
        assertEquals("SR_BACKEND_FAILURE_79", shrink.code());

        // the Agent stops: the pool is unmounted; it starts: the SR is plugged again with its volumes
        List<Object> volumes = List.of(call("VDI.get_uuid", copy), call("VDI.get_uuid", snapshot), call(
                "VDI.get_uuid", vdi));
        client.close();
        client = null;
        int status = serving.stop();
        assertTrue(status == 0 || status == 143, "exit status " + status);
        assertEquals(List.of(), Mounts.under(tmp), "unmounted when the Agent stopped");
        assertEquals(List.of(), Mounts.loopsUnder(tmp), "its loop device freed");
        start();
        assertEquals(List.of(pool), Mounts.under(tmp));
        // references last as long as the Agent runs (as xapi's last as long as its database); uuids stay
        String again = (String) call("SR.get_by_uuid", uuid);
        assertEquals(true, record("PBD", WireValues.asList(call("SR.get_PBDs", again)).get(0)).get(
                "currently_attached"));
        assertEquals(3, WireValues.asList(call("SR.get_VDIs", again)).size());

        for (Object v : volumes) {
            call("VDI.destroy", call("VDI.get_by_uuid", v));
        }
        assertEquals(List.of(), WireValues.asList(call("SR.get_VDIs", again)));
        call("SR.destroy", again);
        assertEquals(List.of(), WireValues.asList(call("SR.get_by_name_label", "fast disks")));
        assertFalse(Files.exists(image), "the pool image it made is gone");
        assertEquals(List.of(), Mounts.under(tmp));
        assertEquals(List.of(), Mounts.loopsUnder(tmp));
    }

    private Map<String, Object> smRecord() throws Exception {
        for (Object r : WireValues.asMap(call("SM.get_all_records")).values()) {
            Map<String, Object> sm = WireValues.asMap(r);
            if ("reflink-pool".equals(sm.get("type"))) {
                return sm;
            }
        }
        throw new AssertionError("no SM of type reflink-pool: " + call("SM.get_all_records"));
    }

    private Map<String, Object> probe(String host, Map<String, String> config) throws Exception {
        List<Object> results = WireValues.asList(call("SR.probe_ext", host, config, "reflink-pool", Map.of()));
        assertEquals(1, results.size(), results.toString());
        return WireValues.asMap(results.get(0));
    }

    /** Writes {@code bytes} of a non-zero pattern from the start of a volume's file and flushes it. */
    private static void fill(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[(int) MIB];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + 7);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (long done = 0; done < bytes; done += chunk.length) {
                ch.write(ByteBuffer.wrap(chunk), done);
            }
            ch.force(true);
        }
    }
}
