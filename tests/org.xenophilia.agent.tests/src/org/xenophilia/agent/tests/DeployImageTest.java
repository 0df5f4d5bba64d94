package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.agent.Xenophiliad;
import org.xenophilia.image.ImageApi;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Architecture;
import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.CatalogFactory;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.GuestType;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.xenapi.internal.client.PinningTrustManager;

/**
 * An image deployed through a real {@code xenophiliad} process with the {@code file} storage backend's jar and a
 * third party's image deployer compiled here against the SPI ({@link ExampleDeployer}) on its class path: over each
 * wire, the task's phases in order as {@code event.from} shows them, a new VDI of the size asked holding the image, a
 * VM booted by pygrub from it with a vif on the network, started; refused requests answer at once and change
 * nothing; a cancel in each phase, and a {@code kill -9} in the middle of writing followed by a restart, leave no
 * VDI, no VM and no journal; the deployer's settings checked at start; an Agent without the SPI, or whose only
 * deployer was built for another API, answers {@code XENOPHILIA_IMAGES_UNAVAILABLE}.
 */
class DeployImageTest extends AgentUsersFixture {

    private static final long MIB = 1L << 20;
    private static final String IMAGE = "tiny:1";
    /** The image: 4 MiB, random but for 2 MiB of zeros in the middle (skipped when written). */
    private static final byte[] CONTENT = content();
    private static final List<String> PHASES = List.of("checking", "downloading", "verifying", "creating-volume",
            "writing", "making-filesystem", "growing-filesystem", "defining", "starting");

    private Path images;
    private Path disks;
    private Path jar;
    private XenApiClient admin;

    private static byte[] content() {
        byte[] b = new byte[(int) (4 * MIB)];
        Random r = new Random(15);
        byte[] half = new byte[(int) MIB];
        r.nextBytes(half);
        System.arraycopy(half, 0, b, 0, half.length);
        r.nextBytes(half);
        System.arraycopy(half, 0, b, (int) (3 * MIB), half.length);
        return b;
    }

    @BeforeEach
    void image() throws Exception {
        images = Files.createDirectories(dir.resolve("images"));
        disks = dir.resolve("disks");
        Files.write(images.resolve("tiny.img"), CONTENT);
        jar = ExampleDeployer.jar(Files.createDirectories(dir.resolve("plugin")), "1.0");
        Files.writeString(conf(), ExampleDeployer.NAME + ".directory = " + images + "\n");
    }

    private String[] serve() {
        return new String[] {"serve", "--backend", "simulated", "--config", conf().toString(), "--state-dir",
            dir.resolve("state").toString(), "--listen", "127.0.0.1:0"};
    }

    private XenApiClient start(WireEncoding encoding) throws Exception {
        agent = AgentProcess.startWithPlugins(List.of(StorageApiTest.fileBackendJar(), jar), null, serve());
        admin = login(agent.client(), encoding, "adm");
        return admin;
    }

    private static XenApiClient login(XenApiClient any, WireEncoding encoding, String user) throws Exception {
        XenApiClient c = XenApiClient.builder(any.uri()).pinnedFingerprint(any.pinnedFingerprint().orElseThrow())
                .encoding(encoding).build();
        c.login(user, "a-long-password");
        return c;
    }

    private Object call(String method, Object... params) throws Exception {
        return admin.callWithSession(method, params);
    }

    private String createSr() throws Exception {
        String host = (String) WireValues.asList(call("host.get_all")).get(0);
        return (String) call("SR.create", host, Map.of("location", disks.toString()), 0L, "disks", "", "file", "user",
                false, Map.of());
    }

    private static Map<String, Object> args(String sr, String name, Object... more) {
        Map<String, Object> a = new HashMap<>(Map.of("image", IMAGE, "SR", sr, "name_label", name));
        for (int i = 0; i < more.length; i += 2) {
            a.put((String) more[i], more[i + 1]);
        }
        return a;
    }

    /** What a deployment may leave: the VMs, the VDIs, the SR's files and the journal. */
    private List<Object> host() throws Exception {
        List<Object> vms = new ArrayList<>();
        for (Object vm : WireValues.asList(call("VM.get_all"))) {
            vms.add(call("VM.get_name_label", vm));
        }
        List<Object> vdis = new ArrayList<>();
        for (Object vdi : WireValues.asList(call("VDI.get_all"))) {
            vdis.add(call("VDI.get_name_label", vdi));
        }
        return List.of(new TreeSet<>(vms.stream().map(String::valueOf).toList()), new TreeSet<>(vdis.stream()
                .map(String::valueOf).toList()), files(disks), files(journal()));
    }

    private Path journal() {
        return dir.resolve("state/images/deployments");
    }

    private static List<String> files(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Follows a task through {@code event.from} until it is no longer pending.
     *
     * @param phases gets each phase the task's events show, in their order
     * @param onPhase what to do when the task is first seen in a phase
     * @return the finished task's record
     */
    private Map<String, Object> follow(String task, List<String> phases, PhaseAction onPhase) throws Exception {
        String token = "";
        while (true) {
            EventBatch batch = admin.eventFrom(List.of("task/" + task), token, Duration.ofSeconds(5));
            token = batch.token();
            for (EventBatch.Event e : batch.events()) {
                if (e.snapshot().isEmpty()) {
                    continue;
                }
                Map<String, Object> r = e.snapshot().get();
                Object phase = WireValues.asMap(r.get("other_config")).get("xenophilia:phase");
                if (phase != null && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                    phases.add((String) phase);
                    onPhase.seen((String) phase);
                }
                if (!"pending".equals(r.get("status")) && !"cancelling".equals(r.get("status"))) {
                    return r;
                }
            }
        }
    }

    @FunctionalInterface
    private interface PhaseAction {
        void seen(String phase) throws Exception;
    }

    private static void assertInOrder(List<String> phases) {
        List<Integer> at = phases.stream().map(PHASES::indexOf).toList();
        assertFalse(at.contains(-1), "every phase is one of the contract's: " + phases);
        for (int i = 1; i < at.size(); i++) {
            assertTrue(at.get(i) > at.get(i - 1), "the phases in their order: " + phases);
        }
    }

    private static String resultRef(Map<String, Object> task) {
        return ((String) task.get("result")).replace("<value>", "").replace("</value>", "");
    }

    @ParameterizedTest
    @EnumSource(value = WireEncoding.class, names = {"XML_RPC", "JSON_RPC"})
    void anImageIsDeployedAsARunningVmOnANewVdi(WireEncoding encoding) throws Exception {
        start(encoding);
        String lab = (String) call("Xenophilia.network.create_from_xml", LinuxNetworksTest.LAB);
        String sr = createSr();
        List<Object> offered = WireValues.asList(call("Xenophilia.image.get_all"));
        assertEquals(1, offered.size(), offered.toString());
        Map<String, Object> record = WireValues.asMap(offered.get(0));
        assertEquals(IMAGE, record.get("id"));
        assertEquals(Long.toString(4 * MIB), record.get("minimum_disk"));
        assertEquals(Long.toString(32 * MIB), record.get("minimum_memory"));
        assertEquals("kernel", WireValues.asMap(record.get("template")).get("boot"));
        assertTrue(((String) record.get("catalog_xml")).contains("<name>tiny</name>"), record.toString());
        String token = admin.eventFrom(List.of("vm", "vdi"), "", Duration.ZERO).token();

        // held in the verifying and writing phases until the test has seen it there: event.from shows a task as it is
        // when the events are read, so a phase passed through between two reads is not seen
        Path verifying = Files.createFile(images.resolve("tiny.stall-fetch"));
        Path writing = Files.createFile(images.resolve("tiny.stall-write"));
        String task = (String) call("Async.Xenophilia.image.deploy", args(sr, "web1", "size", Long.toString(8 * MIB),
                "network", lab, "start", true));
        List<String> phases = new ArrayList<>();
        Map<String, Object> done = follow(task, phases, phase -> {
            if (phase.equals("verifying")) {
                Files.delete(verifying);
            } else if (phase.equals("writing")) {
                Files.delete(writing);
            }
        });
        assertEquals("success", done.get("status"), done.toString());
        assertInOrder(phases);
        assertTrue(phases.containsAll(List.of("verifying", "writing")), phases.toString());
        assertEquals(IMAGE, WireValues.asMap(done.get("other_config")).get("xenophilia:image"));

        String vm = resultRef(done);
        assertEquals("Running", call("VM.get_power_state", vm));
        String xml = (String) call("Xenophilia.VM.get_xml", vm);
        String srUuid = (String) call("SR.get_uuid", sr);
        assertTrue(xml.contains("<bootloader>pygrub</bootloader>"), xml);
        assertTrue(xml.contains("--kernel=/boot/vmlinuz"), xml);
        assertTrue(xml.contains("volume=\"" + srUuid + "/web1\""), xml);
        assertTrue(xml.contains("network=\"lab\""), xml);
        // the vif's address is fixed in the definition, so the guest keeps its lease from boot to boot
        String vif = (String) WireValues.asList(WireValues.asMap(call("VM.get_record", vm)).get("VIFs")).get(0);
        String mac = (String) WireValues.asMap(call("VIF.get_record", vif)).get("MAC");
        assertTrue(mac.matches("00:16:3e:[0-7][0-9a-f](:[0-9a-f]{2}){2}"), "a Xen MAC: " + mac);
        assertTrue(xml.contains("mac=\"" + mac + "\""), xml);
        assertEquals(64 * MIB, WireValues.asLong(WireValues.asMap(call("VM.get_record", vm)).get(
                "memory_static_max")), "the template's memory");

        List<Object> vdis = WireValues.asList(call("SR.get_VDIs", sr));
        assertEquals(1, vdis.size());
        assertEquals("web1", call("VDI.get_name_label", vdis.get(0)));
        assertEquals(8 * MIB, WireValues.asLong(call("VDI.get_virtual_size", vdis.get(0))));
        byte[] volume = Files.readAllBytes(disks.resolve("web1.raw"));
        assertEquals(8 * MIB, volume.length);
        assertArrayEquals(CONTENT, Arrays.copyOf(volume, CONTENT.length), "the image, written");
        assertEquals(List.of(), files(journal()), "no journal once done");

        Set<String> seen = new TreeSet<>();
        for (EventBatch.Event e : admin.eventFrom(List.of("vm", "vdi"), token, Duration.ZERO).events()) {
            seen.add(e.cls() + " " + e.operation());
        }
        assertTrue(seen.containsAll(List.of("vdi add", "vm add")), seen.toString());
    }

    @Test
    void theSynchronousCallAnswersTheVmWithItsDefaults() throws Exception {
        start(WireEncoding.JSON_RPC);
        String sr = createSr();
        String vm = (String) call("Xenophilia.image.deploy", args(sr, "web2"));
        assertEquals("Halted", call("VM.get_power_state", vm), "not started unless asked");
        assertEquals(4 * MIB, Files.size(disks.resolve("web2.raw")), "the image's minimum disk");
        String xml = (String) call("Xenophilia.VM.get_xml", vm);
        assertFalse(xml.contains("<vif"), "no vif without a network: " + xml);
    }

    @Test
    void refusedRequestsChangeNothing() throws Exception {
        start(WireEncoding.XML_RPC);
        String sr = createSr();
        call("Xenophilia.image.deploy", args(sr, "taken"));
        List<Object> before = host();
        for (Object[] bad : List.of(
                new Object[] {args(sr, "web3", "image", "nothing:1"), "XENOPHILIA_IMAGE_NOT_FOUND", "nothing:1"},
                new Object[] {args(sr, "web3", "size", Long.toString(MIB)), "XENOPHILIA_IMAGE_INVALID", "size"},
                new Object[] {args(sr, "web3", "size", Long.toString(1L << 50)), "XENOPHILIA_IMAGE_INVALID", "size"},
                new Object[] {args(sr, "taken"), "XENOPHILIA_IMAGE_INVALID", "name_label"},
                new Object[] {args(sr, "web3", "memory", Long.toString(16 * MIB)), "XENOPHILIA_IMAGE_INVALID",
                    "memory"},
                new Object[] {args(sr, "web3", "network", "nowhere"), "XENOPHILIA_IMAGE_INVALID", "network"},
                new Object[] {args("OpaqueRef:nothing", "web3"), "HANDLE_INVALID", "SR"})) {
            for (String method : List.of("Xenophilia.image.deploy", "Async.Xenophilia.image.deploy")) {
                XenApiException e = assertThrows(XenApiException.class, () -> call(method, bad[0]), bad[0]
                        .toString());
                assertEquals(bad[1], e.code(), e.toString());
                assertEquals(bad[2], e.params().get(0), e.toString());
                assertEquals(before, host(), "nothing changed by " + bad[0]);
            }
        }
        XenApiClient viewer = login(admin, WireEncoding.XML_RPC, "viewer");
        XenApiException denied = assertThrows(XenApiException.class, () -> viewer.callWithSession(
                "Xenophilia.image.deploy", args(sr, "web3")));
        assertEquals("PERMISSION_DENIED", denied.code());
        assertEquals(before, host(), "nothing changed by a read-only user");
        assertEquals(1, WireValues.asList(viewer.callWithSession("Xenophilia.image.get_all")).size(),
                "a read-only user sees the images");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stall-fetch:verifying", "stall-write:writing"})
    void aCancelInEachPhaseLeavesNothing(String phase) throws Exception {
        start(WireEncoding.JSON_RPC);
        String sr = createSr();
        List<Object> before = host();
        String[] p = phase.split(":");
        Files.createFile(images.resolve("tiny." + p[0]));
        String task = (String) call("Async.Xenophilia.image.deploy", args(sr, "web4", "start", true));
        Map<String, Object> done = follow(task, new ArrayList<>(), seen -> {
            if (seen.equals(p[1])) {
                call("task.cancel", task);
            }
        });
        assertEquals("cancelled", done.get("status"), done.toString());
        assertEquals("TASK_CANCELLED", WireValues.asList(done.get("error_info")).get(0));
        assertEquals(before, host(), "no VDI, no VM, no journal");
    }

    @Test
    void aKillInTheMiddleOfWritingLeavesNothingAfterTheRestart() throws Exception {
        start(WireEncoding.XML_RPC);
        String sr = createSr();
        List<Object> before = host();
        Files.createFile(images.resolve("tiny.stall-write"));
        String task = (String) call("Async.Xenophilia.image.deploy", args(sr, "web5"));
        Await.until("the deployment writing", () -> "writing".equals(WireValues.asMap(call("task.get_other_config",
                task)).get("xenophilia:phase")));
        assertTrue(Files.exists(disks.resolve("web5.raw")), "the volume is being written");
        assertEquals(1, files(journal()).size(), "the deployment's journal");
        agent.process.destroyForcibly().waitFor();
        Files.delete(images.resolve("tiny.stall-write"));

        start(WireEncoding.XML_RPC);
        assertEquals(before, host(), "the volume destroyed, no VM, the journal removed");
        assertTrue(agent.output().contains("its volume is removed"), agent.output());
    }

    /** The steps of the journal's writes, halted there as {@code kill -9} would stop the Agent. */
    @ParameterizedTest
    @ValueSource(strings = {"renaming", "renamed", "deleted"})
    void aStopAtAStepOfTheJournalLeavesTheDeploymentWholeOrGone(String step) throws Exception {
        agent = AgentProcess.startWithJvmOptionsAndPlugins(List.of("-Dxenophilia.test.haltAt=" + step + " */images/"
                + "deployments/*"), List.of(StorageApiTest.fileBackendJar(), jar), null, serve());
        admin = login(agent.client(), WireEncoding.XML_RPC, "adm");
        String sr = createSr();
        List<Object> before = host();
        call("Async.Xenophilia.image.deploy", args(sr, "web6"));
        assertEquals(137, agent.process.waitFor(), agent.output());
        agent.close();

        start(WireEncoding.XML_RPC);
        List<Object> after = host();
        if (step.equals("deleted")) {
            // the journal was removed once the VM was defined: the deployment is whole
            assertEquals(List.of("web6"), new ArrayList<>((TreeSet<?>) after.get(0)).stream().filter("web6"::equals)
                    .toList());
            assertTrue(((TreeSet<?>) after.get(1)).contains("web6"), after.toString());
            assertEquals(List.of(), after.get(3));
        } else {
            assertEquals(before, after, "nothing of the deployment");
        }
    }

    /** The entry of an image pushed as {@code pushed.img}, as a client sends it: base64url of its catalog document. */
    private static String entry(byte[] file, String sha256) {
        Image i = CatalogFactory.eINSTANCE.createImage();
        i.setName("pushed");
        i.setVersion("1");
        i.setArchitecture(Architecture.get(System.getProperty("os.arch").equals("amd64")
                ? "x86_64" : System.getProperty("os.arch")));
        i.setGuestType(GuestType.PV);
        i.setContent(Content.DISK);
        i.setCompression(Compression.NONE);
        i.setFileSize(file.length);
        i.setContentSize(file.length);
        i.setSha256(sha256);
        i.getUrls().add("pushed.img");
        i.setMinimumMemory(32);
        i.setMinimumDisk(file.length);
        Template t = CatalogFactory.eINSTANCE.createTemplate();
        t.setBoot(Boot.KERNEL);
        t.setKernel("/boot/vmlinuz");
        i.setTemplate(t);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ImageCatalogs.toXml(i)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Pushes as a client should: with {@code Expect: 100-continue}, so that a push refused before its body is read
     * (a session, a role, an entry that will not do) is answered without the file crossing the network.
     */
    private HttpResponse<String> push(XenApiClient as, String entry, byte[] body) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(
                as.pinnedFingerprint().orElseThrow(), null)}, null);
        HttpClient http = HttpClient.newBuilder().sslContext(tls).build();
        return http.send(HttpRequest.newBuilder(as.uri().resolve("/import_image?session_id="
                + as.session().orElseThrow().value() + "&entry=" + entry)).timeout(Duration.ofSeconds(60))
                .expectContinue(true).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anImagePushedByAnAdminIsOfferedAndDeploys() throws Exception {
        start(WireEncoding.JSON_RPC);
        String sr = createSr();
        byte[] file = Arrays.copyOf(CONTENT, (int) (2 * MIB));
        String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(file));
        String entry = entry(file, sum);

        XenApiClient viewer = login(admin, WireEncoding.XML_RPC, "viewer");
        HttpResponse<String> denied = push(viewer, entry, file);
        assertEquals(403, denied.statusCode(), denied.body());
        assertTrue(denied.body().contains("PERMISSION_DENIED"), denied.body());
        HttpResponse<String> corrupt = push(admin, entry, Arrays.copyOf(CONTENT, file.length + 1));
        assertEquals(400, corrupt.statusCode(), corrupt.body());
        assertTrue(corrupt.body().contains("Content-Length"), corrupt.body());
        byte[] flipped = file.clone();
        flipped[0] ^= 1;
        HttpResponse<String> wrongSum = push(admin, entry, flipped);
        assertEquals(400, wrongSum.statusCode(), wrongSum.body());
        assertTrue(wrongSum.body().contains("XENOPHILIA_IMAGE_CHECKSUM_MISMATCH"), wrongSum.body());
        HttpResponse<String> garbage = push(admin, "bm90IHhtbA", file);
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("XENOPHILIA_IMAGE_INVALID"), garbage.body());
        assertEquals(List.of("tiny.img"), files(images), "nothing kept of the refused pushes");

        HttpResponse<String> pushed = push(admin, entry, file);
        assertEquals(200, pushed.statusCode(), pushed.body());
        assertTrue(pushed.body().contains("\"id\":\"pushed:1\""), pushed.body());
        assertArrayEquals(file, Files.readAllBytes(images.resolve("pushed.img")));
        HttpResponse<String> again = push(admin, entry, file);
        assertEquals(409, again.statusCode(), again.body());

        String vm = (String) call("Xenophilia.image.deploy", Map.of("image", "pushed:1", "SR", sr, "name_label",
                "from-push"));
        assertEquals("from-push", call("VM.get_name_label", vm));
        assertArrayEquals(file, Files.readAllBytes(disks.resolve("from-push.raw")));
    }

    @Test
    void itsSettingsAreCheckedAtStart() throws Exception {
        Files.writeString(conf(), ExampleDeployer.NAME + ".directory = images\n");
        AgentProcess p = AgentProcess.runWithPlugins(List.of(jar), null, serve());
        assertEquals(Xenophiliad.EXIT_USAGE, p.exitValue(), p.output());
        assertTrue(p.output().contains("xenophiliad: example-images.directory: an absolute path, not images"),
                p.output());
    }

    @Test
    void withoutADeployerThatRunsHereTheImageCallsSayWhy() throws Exception {
        Files.writeString(conf(), "");
        Path future = ExampleDeployer.jar(Files.createDirectories(dir.resolve("future")), "2.0");
        agent = AgentProcess.startWithPlugins(List.of(future), null, serve());
        admin = login(agent.client(), WireEncoding.XML_RPC, "adm");
        XenApiException e = assertThrows(XenApiException.class, () -> call("Xenophilia.image.get_all"));
        assertEquals("XENOPHILIA_IMAGES_UNAVAILABLE", e.code());
        assertTrue(agent.output().contains("skipping image deployer plug-in com.example.images.ExampleDeployerType:"
                + " it was built for image deployer API 2.0"), agent.output());
    }

    /** The SPI's jar is optional: without it no image class is loaded and the calls say so. */
    @Test
    void anAgentWithoutTheImageSpiAnswersUnavailable() throws Exception {
        Files.writeString(conf(), "");
        Path spi = Path.of(ImageApi.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        agent = AgentProcess.startWithout(entry -> Path.of(entry).equals(spi), List.of(), serve());
        admin = login(agent.client(), WireEncoding.XML_RPC, "adm");
        XenApiException e = assertThrows(XenApiException.class, () -> call("Xenophilia.image.deploy", Map.of()));
        assertEquals("XENOPHILIA_IMAGES_UNAVAILABLE", e.code());
        assertFalse(Files.exists(dir.resolve("state/images")));
    }
}
