package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.xenapi.internal.client.PinningTrustManager;

import com.google.gson.JsonElement;

/**
 * An Agent process started as the .deb's launcher starts it (its 64 MB heap, {@code -XX:+ExitOnOutOfMemoryError})
 * with {@value #DOMAINS} defined domains, each with a disk and a vif: the first definitions written into its state
 * directory before it starts, as an administrator restoring one would, the last few through the API. It answers
 * {@code VM.get_all_records} over XML-RPC and JSON-RPC, {@code event.from} with token {@code ""} for every class, the
 * Workbench's resync (the calls of the core bundle's {@code ModelSync}) and all of these at once from several
 * clients, and is still alive and answering after; the limits that keep its memory bounded answer a clear XenAPI
 * error naming the setting. Before answers were streamed and definitions kept on disk, an Agent with 3,000 such
 * domains ran out of memory on its first {@code event.from ""} of every class, and one with 4,000 while it started;
 * the figures of the same calls against the number of domains are in {@code docs/benchmarks.md}
 * ({@code run.sh agent-scale}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleTest {

    /** Defined domains, the API's included. */
    static final int DOMAINS = 10_000;
    /** Of which defined through the API once the Agent runs. */
    private static final int THROUGH_API = 5;
    private static final String DOMAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <domain xmlns="http://xenophilia.org/schema/domain/1.0">
              <name>scale-%05d</name>
              <uuid>%s</uuid>
              <description>one of many</description>
              <type>pv</type>
              <memory>256</memory>
              <maxmem>512</maxmem>
              <kernel>/boot/vmlinuz-6.1</kernel>
              <extra>console=hvc0 root=/dev/xvda1</extra>
              <disk vdev="xvda" target="/srv/xen/scale-%05d.img" format="raw"/>
              <vif bridge="xenbr0" mac="00:16:3e:%02x:%02x:%02x"/>
            </domain>
            """;

    @TempDir
    static Path dir;
    private AgentProcess agent;
    private XenApiClient xml;
    private JsonRpcClient json;
    private String session;

    private static String uuid(int i) {
        return UUID.nameUUIDFromBytes(("scale/" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String definition(int i) {
        return DOMAIN.formatted(i, uuid(i), i, i >> 16 & 0xFF, i >> 8 & 0xFF, i & 0xFF);
    }

    @BeforeAll
    void start() throws Exception {
        Path etc = dir.resolve("etc");
        assertEquals(0, AgentProcess.run("admin-password\n", "user", "add", "adm", "--role", "admin", "--iterations",
                "20000", "--config", etc.resolve("agent.conf").toString()).exitValue());
        Files.writeString(etc.resolve("agent.conf"), "max-domains = " + DOMAINS + "\n");
        Path domains = Files.createDirectories(dir.resolve("state/domains"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        for (int i = 0; i < DOMAINS - THROUGH_API; i++) {
            Files.writeString(domains.resolve(uuid(i) + ".xml"), definition(i));
        }
        agent = AgentProcess.startAsDeployed("serve", "--config", etc.resolve("agent.conf").toString(),
                "--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:0");
        try (XenApiClient first = CrashSafetyTest.connect(agent)) {
            // the same Agent, with time to read answers of tens of megabytes on a busy machine
            xml = XenApiClient.builder(first.uri()).pinnedFingerprint(first.pinnedFingerprint().orElseThrow())
                    .readTimeout(Duration.ofMinutes(5)).build();
        }
        xml.login("adm", "admin-password");
        session = xml.session().orElseThrow().value();
        json = new JsonRpcClient(pinnedHttp(), xml.uri());
    }

    private HttpClient pinnedHttp() throws GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(xml.pinnedFingerprint().orElseThrow(), null)}, null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    void stop() {
        if (xml != null) {
            xml.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    /** The Agent has not exited (it would on an OutOfMemoryError) and answers a small call. */
    private void assertAlive() throws Exception {
        assertTrue(agent.process.isAlive(), () -> "the Agent exited: " + agent.output());
        assertFalse(agent.output().contains("OutOfMemoryError"), agent.output());
        assertEquals(1, WireValues.asList(xml.callWithSession("host.get_all")).size());
    }

    @Test
    @Order(1)
    void definitionsThroughTheApiUpToTheLimitThenAClearError() throws Exception {
        for (int i = DOMAINS - THROUGH_API; i < DOMAINS; i++) {
            xml.callWithSession("Xenophilia.VM.create_from_xml", definition(i));
        }
        XenApiException full = assertThrows(XenApiException.class,
                () -> xml.callWithSession("Xenophilia.VM.create_from_xml", definition(DOMAINS)));
        assertEquals("XENOPHILIA_LIMIT_REACHED", full.code());
        assertEquals(List.of("max-domains", Integer.toString(DOMAINS)), full.params().subList(0, 2));
        assertTrue(full.params().get(2).contains("raise max-domains in agent.conf"), full.params().toString());
        String huge = definition(DOMAINS).replace("one of many", "x".repeat(70_000));
        XenApiException large = assertThrows(XenApiException.class,
                () -> xml.callWithSession("Xenophilia.VM.create_from_xml", huge));
        assertEquals("XENOPHILIA_LIMIT_REACHED", large.code());
        assertEquals(List.of("max-definition-bytes", "65536"), large.params().subList(0, 2));
        assertAlive();
    }

    @Test
    @Order(2)
    void vmGetAllRecordsOverXmlRpcAndJsonRpc() throws Exception {
        Map<String, Object> records = WireValues.asMap(xml.callWithSession("VM.get_all_records"));
        assertEquals(DOMAINS + 1, records.size());
        Set<String> uuids = new HashSet<>();
        for (Object r : records.values()) {
            uuids.add(WireValues.asString(WireValues.asMap(r).get("uuid")));
        }
        for (int i = 0; i < DOMAINS; i++) {
            assertTrue(uuids.contains(uuid(i)), "VM " + i + " is listed");
        }
        JsonElement viaJson = json.call("VM.get_all_records", session);
        assertEquals(DOMAINS + 1, viaJson.getAsJsonObject().size());
        assertAlive();
    }

    @Test
    @Order(3)
    void eventFromWithNoTokenListsEveryObjectOfEveryClass() throws Exception {
        EventBatch all = xml.eventFrom(List.of("*"), "", Duration.ZERO);
        Map<String, Long> counts = all.validRefCounts();
        assertEquals(DOMAINS + 1L, counts.get("vm"));
        assertEquals((long) DOMAINS, counts.get("vif"));
        assertEquals((long) DOMAINS, counts.get("vbd"));
        assertEquals((long) DOMAINS, counts.get("vdi"));
        assertEquals(1L, counts.get("network"));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total, all.events().size());
        assertAlive();
    }

    @Test
    @Order(4)
    void theWorkbenchsResync() throws Exception {
        // what org.xenophilia.core's ModelSync calls: event.from of its classes from "", then the VMs' metrics
        EventBatch first = xml.eventFrom(List.of("host", "vm", "vif", "vbd"), "", Duration.ofSeconds(30));
        assertEquals(1 + (DOMAINS + 1) + 2L * DOMAINS, first.events().size());
        Map<String, Object> metrics = WireValues.asMap(xml.callWithSession("VM_metrics.get_all_records"));
        assertEquals(DOMAINS + 1, metrics.size());
        // and follows from its token: a change of one VM is one batch of that VM, its devices and the host
        String vm = WireValues.asString(xml.callWithSession("VM.get_by_uuid", uuid(7)));
        xml.callWithSession("VM.start", vm, false, false);
        EventBatch next = xml.eventFrom(List.of("host", "vm", "vif", "vbd"), first.token(), Duration.ofSeconds(30));
        assertTrue(next.events().stream().anyMatch(e -> e.ref().value().equals(vm)), next.events().toString());
        assertTrue(next.events().size() <= 4, next.events().toString());
        assertAlive();
    }

    @Test
    @Order(5)
    void theLargeCallsAllAtOnceFromSeveralClients() throws Exception {
        HttpClient http = pinnedHttp();
        URI xmlRpc = xml.uri().resolve("/");
        URI jsonRpc = xml.uri().resolve("/jsonrpc");
        List<HttpRequest> calls = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            calls.add(post(xmlRpc, "text/xml", AgentFixture.methodCall("VM.get_all_records", session)));
            calls.add(post(jsonRpc, "application/json", JsonRpcClient.request(1, "VM.get_all_records", session)));
            calls.add(post(jsonRpc, "application/json", JsonRpcClient.request(2, "event.from", session,
                    List.of("*"), "", 0)));
            calls.add(post(jsonRpc, "application/json", JsonRpcClient.request(3, "VM_metrics.get_all_records",
                    session)));
        }
        ExecutorService clients = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (HttpRequest call : calls) {
                // each answer read as it comes and counted: what is measured is the Agent's memory, not ours
                answers.add(clients.submit(() -> {
                    HttpResponse<InputStream> r = http.send(call, HttpResponse.BodyHandlers.ofInputStream());
                    assertEquals(200, r.statusCode());
                    try (InputStream in = r.body()) {
                        return in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }));
            }
            for (int i = 0; i < answers.size(); i++) {
                long bytes = answers.get(i).get(10, TimeUnit.MINUTES);
                assertTrue(bytes > 100L * DOMAINS, String.format(Locale.ROOT, "answer %d: %d bytes", i, bytes));
            }
        } finally {
            clients.shutdownNow();
        }
        assertAlive();
    }

    private static HttpRequest post(URI uri, String type, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
