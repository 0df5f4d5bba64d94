package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;
import org.xenophilia.xenapi.client.WireEncoding;
import org.xenophilia.xenapi.client.XenApiClient;

import com.sun.net.httpserver.HttpServer;

/**
 * The client's XML-RPC wire (forced) against a real HTTP server on loopback that answers with fixed XML, to see
 * exactly what the client sends and how it reads each kind of answer. (JSON-RPC: {@link JsonRpcClientTest}; TLS:
 * {@link ClientOverTlsTest} and against the real Agent in org.xenophilia.agent.tests.)
 */
class XenApiClientTest {

    private HttpServer server;
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String reply;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean stall;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (stall) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] b = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, b.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(b);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private XenApiClient client() {
        return XenApiClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
                .encoding(WireEncoding.XML_RPC).readTimeout(Duration.ofSeconds(10)).build();
    }

    private static String response(String value) {
        return "<?xml version=\"1.0\"?><methodResponse><params><param><value>" + value
                + "</value></param></params></methodResponse>";
    }

    private static String success(String value) {
        return response("<struct><member><name>Status</name><value>Success</value></member>"
                + "<member><name>Value</name><value>" + value + "</value></member></struct>");
    }

    @Test
    void sendsIntsAsStringsAndUnwrapsTheValue() throws Exception {
        reply = success("<string>OpaqueRef:abc</string>");
        Object v = client().call("VM.set_memory_target_live", "OpaqueRef:s", "OpaqueRef:vm", 17179869184L, true);
        assertEquals("OpaqueRef:abc", v);
        String sent = lastRequest.get();
        assertTrue(sent.contains("<methodName>VM.set_memory_target_live</methodName>"), sent);
        assertTrue(sent.contains("17179869184"), sent);
        assertFalse(sent.contains("<i4>") || sent.contains("<int>") || sent.contains("<i8>"), sent);
        assertTrue(sent.contains("<boolean>1</boolean>"), sent);
    }

    @Test
    void loginKeepsTheSessionForLaterCalls() throws Exception {
        reply = success("OpaqueRef:session-1");
        XenApiClient c = client();
        Ref s = c.login("admin", "secret-password");
        assertEquals("OpaqueRef:session-1", s.value());
        assertTrue(lastRequest.get().contains("session.login_with_password"));
        reply = success("<array><data/></array>");
        c.callWithSession("VM.get_all");
        assertTrue(lastRequest.get().contains("OpaqueRef:session-1"), lastRequest.get());
    }

    @Test
    void failureBecomesXenApiException() {
        reply = response("<struct><member><name>Status</name><value>Failure</value></member>"
                + "<member><name>ErrorDescription</name><value><array><data><value>SESSION_INVALID</value>"
                + "<value>OpaqueRef:x</value></data></array></value></member></struct>");
        XenApiException e = assertThrows(XenApiException.class, () -> client().call("VM.get_all", "OpaqueRef:x"));
        assertEquals("SESSION_INVALID", e.code());
        assertEquals("OpaqueRef:x", e.param("handle").orElseThrow());
    }

    @Test
    void faultHttpErrorAndDoctypeAreProtocolErrors() {
        reply = "<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode</name>"
                + "<value><int>0</int></value></member><member><name>faultString</name><value>bad request</value>"
                + "</member></struct></value></fault></methodResponse>";
        XenApiProtocolException fault = assertThrows(XenApiProtocolException.class, () -> client().call("x.y"));
        assertTrue(fault.getMessage().contains("bad request"), fault.getMessage());

        reply = "oops";
        status = 500;
        XenApiProtocolException http = assertThrows(XenApiProtocolException.class, () -> client().call("x.y"));
        assertTrue(http.getMessage().contains("500"), http.getMessage());

        status = 200;
        reply = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"Success\">]><methodResponse><params><param>"
                + "<value>&e;</value></param></params></methodResponse>";
        assertThrows(XenApiProtocolException.class, () -> client().call("x.y"));
    }

    @Test
    void readTimeoutBoundsACall() {
        reply = success("");
        stall = true;
        XenApiClient c = XenApiClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
                .encoding(WireEncoding.XML_RPC).readTimeout(Duration.ofMillis(300)).build();
        IOException e = assertThrows(IOException.class, () -> c.call("event.from"));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof SocketTimeoutException, String.valueOf(root));
    }
}
