package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.internal.api.HostApi;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** The wire as xapi speaks it, checked on the raw HTTP and XML where it matters. */
class ProtocolTest {

    @TempDir
    Path dir;
    AgentFixture f;
    String session;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        session = f.loggedIn(AgentFixture.ADMIN).session().orElseThrow().value();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void unknownMethodIsAnEnvelopeNotAFault() throws Exception {
        HttpResponse<String> r = f.post("/", AgentFixture.methodCall("VM.frobnicate", session));
        assertEquals(200, r.statusCode());
        assertEquals("text/xml", r.headers().firstValue("Content-Type").orElse(""));
        assertFalse(r.body().contains("<fault>"), r.body());
        assertTrue(r.body().contains("Failure") && r.body().contains("MESSAGE_METHOD_UNKNOWN"), r.body());

        XenApiException e = assertThrows(XenApiException.class, () -> f.client().call("VM.frobnicate", session));
        assertEquals(List.of("VM.frobnicate"), e.params());
        assertEquals(ErrorCode.MESSAGE_METHOD_UNKNOWN.code(), e.code());
    }

    @Test
    void wrongParameterCountIsAnEnvelope() throws Exception {
        XenApiClient c = f.client();
        XenApiException e = assertThrows(XenApiException.class, () -> c.call("host.get_record", session));
        assertEquals(ErrorCode.MESSAGE_PARAMETER_COUNT_MISMATCH.code(), e.code());
        assertEquals(List.of("host.get_record", "2", "1"), e.params());
        XenApiException login = assertThrows(XenApiException.class,
                () -> c.call("session.login_with_password", "admin"));
        assertEquals(List.of("session.login_with_password", "2", "1"), login.params());
        assertFalse(f.post("/", AgentFixture.methodCall("host.get_all")).body().contains("<fault>"));
    }

    @Test
    void intsTravelAsStringsOnTheWire() throws Exception {
        XenApiClient c = f.xmlRpcClient();
        String host = WireValues.asList(c.call("host.get_all", session)).get(0).toString();
        String metrics = (String) c.call("host.get_metrics", session, host);

        String major = f.post("/", AgentFixture.methodCall("host.get_API_version_major", session, host)).body();
        assertTrue(major.contains("<name>Value</name><value>" + HostApi.API_VERSION_MAJOR + "</value>")
                || major.contains("<name>Value</name><value><string>" + HostApi.API_VERSION_MAJOR), major);
        String record = f.post("/", AgentFixture.methodCall("host_metrics.get_record", session, metrics)).body();
        for (String tag : List.of("<i4>", "<int>", "<i8>", "<ex:")) {
            assertFalse(record.contains(tag), tag + " in " + record);
        }
        Matcher m = Pattern.compile("<name>memory_total</name><value>(?:<string>)?([0-9]+)<").matcher(record);
        assertTrue(m.find(), record);
        assertEquals(16L << 30, Long.parseLong(m.group(1)));
        assertTrue(record.contains("<name>live</name><value><boolean>1</boolean></value>"), record);
        assertTrue(record.contains("<dateTime.iso8601>"), record);

        Map<String, Object> hostRecord = WireValues.asMap(c.call("host.get_record", session, host));
        assertEquals(String.valueOf(HostApi.API_VERSION_MINOR), hostRecord.get("API_version_minor"));
        Map<String, Object> cpu = WireValues.asMap(hostRecord.get("cpu_info"));
        assertTrue(WireValues.asLong(cpu.get("cpu_count")) > 0);
    }

    @Test
    void classUnderscoreMessageAliasWorks() throws Exception {
        XenApiClient c = f.client();
        Object hosts = c.call("host_get_all", session);
        assertEquals(WireValues.asList(c.call("host.get_all", session)), WireValues.asList(hosts));
        String host = WireValues.asList(hosts).get(0).toString();
        assertEquals(host, c.call("session_get_this_host", session, session));
        Object metrics = c.call("host_metrics_get_all", session);
        assertEquals(1, WireValues.asList(metrics).size());
        String pool = WireValues.asList(c.call("pool_get_all", session)).get(0).toString();
        assertEquals(host, c.call("pool_get_master", session, pool));
        assertEquals(ErrorCode.MESSAGE_METHOD_UNKNOWN.code(),
                assertThrows(XenApiException.class, () -> c.call("host_get_nothing", session)).code());
    }

    @Test
    void listMethodsIsABareArray() throws Exception {
        String body = f.post("/RPC2", AgentFixture.methodCall("system.listMethods")).body();
        assertFalse(body.contains("Status"), body);
        assertTrue(body.contains("<array>"), body);
        for (String m : List.of("session.login_with_password", "session.logout", "session.get_this_host",
                "host.get_all", "host.get_all_records", "host.get_record", "host.get_by_uuid",
                "host.get_API_version_major", "host.get_API_version_minor", "pool.get_all", "pool.get_all_records",
                "pool.get_master", "VM.start", "system.listMethods")) {
            assertTrue(body.contains(">" + m + "<"), m + " missing from " + body);
        }
    }

    @Test
    void onlyPostToRootOrRpc2() throws Exception {
        HttpResponse<String> get = f.rawClient().send(HttpRequest.newBuilder(f.uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals(404, f.post("/elsewhere", AgentFixture.methodCall("host.get_all", session)).statusCode());
        assertTrue(f.post("/RPC2", AgentFixture.methodCall("host.get_all", session)).body().contains("Success"));
    }

    /** Sends raw bytes over TLS and returns the response's status line. */
    private String rawExchange(byte[] request) throws Exception {
        javax.net.ssl.SSLContext tls = f.rawClient().sslContext();
        try (javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket(
                f.uri().getHost(), f.uri().getPort())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void oversizeDeclaredBodyIsRejectedBeforeReadingIt() throws Exception {
        String head = "POST / HTTP/1.1\r\nHost: agent\r\nContent-Type: text/xml\r\nContent-Length: "
                + (f.config.maxRequestBytes() + 1) + "\r\n\r\n";
        // only the headers are sent: the answer must not wait for the body
        String status = rawExchange(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(status.startsWith("HTTP/1.1 413 "), status);
        // and the server still serves afterwards
        assertTrue(f.post("/", AgentFixture.methodCall("host.get_all", session)).body().contains("Success"));
    }

    @Test
    void oversizeChunkedBodyIsCutOffAtTheLimit() throws Exception {
        java.io.ByteArrayOutputStream req = new java.io.ByteArrayOutputStream();
        req.writeBytes(("POST /RPC2 HTTP/1.1\r\nHost: agent\r\nContent-Type: text/xml\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] chunk = new byte[4096];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int sent = 0; sent <= f.config.maxRequestBytes(); sent += chunk.length) {
            req.writeBytes("1000\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            req.writeBytes(chunk);
            req.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        req.writeBytes("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String status = rawExchange(req.toByteArray());
        assertTrue(status.startsWith("HTTP/1.1 413 "), status);
    }

    @Test
    void doctypeAndExternalEntitiesAreRefusedWithoutFetchingTheEntity() throws Exception {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            probe.configureBlocking(false);
            int port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE methodCall [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + port
                    + "/leak\">]><methodCall><methodName>host.get_all</methodName><params><param><value>&xxe;"
                    + "</value></param></params></methodCall>";
            HttpResponse<String> r = f.post("/", xxe);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<fault>"), r.body());
            assertTrue(r.body().contains("DOCTYPE"), r.body());
            // Parsing is over once the answer is here: had the entity been fetched, its connection would be queued.
            assertNull(probe.accept(), "the Agent connected to the entity's URL");
        }
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\">]><methodCall><methodName>&b;</methodName></methodCall>";
        assertTrue(f.post("/", bomb).body().contains("<fault>"));
    }

    @Test
    void malformedXmlIsAFault() throws Exception {
        HttpResponse<String> r = f.post("/", "<methodCall><methodName>host.get_all");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<fault>"), r.body());
        assertFalse(r.body().contains("Exception"), "no Java exception leaks to the client: " + r.body());
    }

    @Test
    void typedParametersAreChecked() throws Exception {
        // an int where a string (the session) is expected
        String body = "<?xml version=\"1.0\"?><methodCall><methodName>host.get_all</methodName><params><param>"
                + "<value><int>5</int></value></param></params></methodCall>";
        assertTrue(f.post("/", body).body().contains("SESSION_INVALID"));
        XenApiException e = assertThrows(XenApiException.class,
                () -> f.client().call("host.get_record", session, true));
        assertEquals(ErrorCode.FIELD_TYPE_ERROR.code(), e.code());
        assertEquals(List.of("self"), e.params());
    }
}
