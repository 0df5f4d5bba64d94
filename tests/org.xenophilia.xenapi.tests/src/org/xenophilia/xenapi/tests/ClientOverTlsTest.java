package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.Fingerprints;
import org.xenophilia.xenapi.client.UntrustedCertificateException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The client over real TLS against a small HTTPS server with a self-signed certificate whose name is not the host's:
 * the fallback to XML-RPC, pinning and trust on first use on the JSON-RPC wire, and an aborted call on either wire
 * failing at once without being sent again.
 */
class ClientOverTlsTest {

    private static final String JSON_OK = "{\"jsonrpc\":\"2.0\",\"result\":[\"OpaqueRef:h\"],\"id\":${id}}";
    private static final String XML_OK = "<?xml version=\"1.0\"?><methodResponse><params><param><value><struct>"
            + "<member><name>Status</name><value>Success</value></member><member><name>Value</name>"
            + "<value><array><data><value>OpaqueRef:h</value></data></array></value></member></struct></value>"
            + "</param></params></methodResponse>";

    @TempDir
    Path dir;
    private RecordingServer server;

    @BeforeEach
    void start() throws Exception {
        server = RecordingServer.https(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private XenApiClient pinned(WireEncoding forced) {
        XenApiClient.Builder b = XenApiClient.builder(server.uri()).pinnedFingerprint(server.fingerprint());
        return (forced == null ? b : b.encoding(forced)).build();
    }

    @Test
    void aServerWithoutJsonRpcIsSpokenToInXmlRpcOverTheSamePinnedTls() throws Exception {
        server.answer("/", 200, "text/xml", XML_OK); // /jsonrpc: 404
        XenApiClient c = pinned(null);
        assertEquals(List.of("OpaqueRef:h"), WireValues.asList(c.call("host.get_all", "OpaqueRef:s")));
        assertEquals(WireEncoding.XML_RPC, c.encoding());
        c.call("host.get_all", "OpaqueRef:s");
        assertEquals(List.of("/jsonrpc", "/", "/"), server.paths());
        assertEquals("text/xml", server.last().contentType());
    }

    @Test
    void jsonRpcIsPinnedAndTheHostNameIsIrrelevant() throws Exception {
        server.answer("/jsonrpc", 200, "application/json", JSON_OK);
        assertEquals(List.of("OpaqueRef:h"), WireValues.asList(pinned(null).call("host.get_all", "OpaqueRef:s")));

        String wrong = Fingerprints.sha256(new byte[] {1, 2, 3});
        XenApiClient impostor = XenApiClient.builder(server.uri()).pinnedFingerprint(wrong).build();
        UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class,
                () -> impostor.call("session.get_this_host"));
        assertEquals(Optional.of(wrong), e.expectedFingerprint());
        assertEquals(server.fingerprint(), e.presentedFingerprint());
        assertEquals(WireEncoding.JSON_RPC, impostor.encoding(), "a refused certificate is no reason to fall back");

        IOException byDefault = assertThrows(IOException.class,
                () -> XenApiClient.builder(server.uri()).build().call("session.get_this_host"));
        assertFalse(byDefault instanceof UntrustedCertificateException, "the JDK's own trust refused it");
        assertEquals(1, server.requests().size(), "only the pinned client got through");
    }

    @Test
    void trustOnFirstUseAsksOnceAndPins() throws Exception {
        server.answer("/jsonrpc", 200, "application/json", JSON_OK);
        List<String> asked = new ArrayList<>();
        XenApiClient c = XenApiClient.builder(server.uri()).trustOnFirstUse((fp, cert) -> {
            asked.add(fp);
            return true;
        }).build();
        c.call("session.get_this_host");
        c.call("session.get_this_host");
        assertEquals(List.of(server.fingerprint()), asked);
        assertEquals(Optional.of(server.fingerprint()), c.pinnedFingerprint());

        XenApiClient declining = XenApiClient.builder(server.uri()).trustOnFirstUse((fp, cert) -> false).build();
        UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class,
                () -> declining.call("session.get_this_host"));
        assertEquals(Optional.empty(), e.expectedFingerprint());
        assertEquals(Optional.empty(), declining.pinnedFingerprint());
    }

    @Test
    void aConnectionBesideTheApiIsPinnedAsTheCallsAre() throws Exception {
        server.answer("/import_image", 200, "application/json", "{\"id\":\"busybox:1\"}");
        HttpURLConnection put = pinned(null).openConnection("/import_image?session_id=OpaqueRef:s");
        put.setRequestMethod("PUT");
        put.setDoOutput(true);
        put.setFixedLengthStreamingMode(5);
        try (OutputStream out = put.getOutputStream()) {
            out.write("image".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(200, put.getResponseCode());
        assertEquals("{\"id\":\"busybox:1\"}", new String(put.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
        assertEquals("PUT", server.last().method());
        assertEquals("image", server.last().body());

        String wrong = Fingerprints.sha256(new byte[] {1, 2, 3});
        HttpURLConnection impostor = XenApiClient.builder(server.uri()).pinnedFingerprint(wrong).build()
                .openConnection("/import_image");
        impostor.setRequestMethod("PUT");
        impostor.setDoOutput(true);
        assertThrows(IOException.class, impostor::getOutputStream, "a certificate not pinned is refused");
        assertEquals(1, server.requests().size(), "nothing reached the server: " + server.paths());
    }

    @Test
    void anAbortedJsonRpcCallFailsAtOnceAndIsNotSentAgain() throws Exception {
        server.answer("/jsonrpc", 200, "application/json", JSON_OK);
        abortWaitingCall(pinned(WireEncoding.JSON_RPC), "/jsonrpc");
    }

    @Test
    void anAbortedXmlRpcCallFailsAtOnceAndIsNotSentAgain() throws Exception {
        server.answer("/", 200, "text/xml", XML_OK);
        abortWaitingCall(pinned(WireEncoding.XML_RPC), "/");
    }

    /** A call whose answer never comes; aborted once the server holds it, it must fail, well before its timeout. */
    private void abortWaitingCall(XenApiClient c, String path) throws Exception {
        c.call("host.get_all", "OpaqueRef:s"); // a kept-alive connection, as the JDK's retry would find
        server.stall(path);
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return c.call("event.from", "OpaqueRef:s", List.of("*"), "", 50.0);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        server.awaitRequests(2, Duration.ofSeconds(30)); // the server holds the call
        assertEquals(1, c.abort());
        long t0 = System.nanoTime();
        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
        assertTrue(e.getCause().getMessage().contains("aborted"), e.getCause().getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 10, "failed at once");
        assertEquals(2, server.requests().size(), "the aborted call was not sent again: " + server.paths());
        server.release();
        assertEquals(List.of("OpaqueRef:h"), WireValues.asList(c.call("host.get_all", "OpaqueRef:s")),
                "the client still works");
    }
}
