package org.xenophilia.agent.tests;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A connection kept alive between requests, as every XenAPI client keeps its connection. After {@code idle-timeout} the
 * Agent closes it as TLS says, its {@code close_notify} before the FIN, so that a client sees the connection went
 * cold rather than was cut off (before, the Agent cut it, and Python's XML-RPC client failed its next call: the fault
 * test's other administrator did, after 60 s). Before that time it is closed only to make room: connections held idle
 * never keep a new client out (before, one more connection than the limits allow was refused while all the others had
 * delivered a request, idle or not).
 */
class IdleConnectionTest {

    @TempDir
    Path dir;

    /**
     * Python's {@code ssl}, as {@code xmlrpc.client} uses it, tells the two closes apart where Java's {@code SSLSocket}
     * does not (it reads either as the end of the stream): strict about EOFs, it reads {@code b""} at a
     * {@code close_notify} and raises {@code SSLEOFError} at a FIN without one.
     */
    @Test
    void anIdleConnectionIsClosedAsTlsSays() throws Exception {
        try (AgentFixture f = new AgentFixture(dir, c -> c.set("idle-timeout", "1"))) {
            String script = String.join("\n", "import socket, ssl, sys",
                    "tls = ssl.create_default_context()",
                    "tls.check_hostname = False",
                    "tls.verify_mode = ssl.CERT_NONE",
                    "s = tls.wrap_socket(socket.create_connection(('127.0.0.1', int(sys.argv[1]))),"
                            + " suppress_ragged_eofs=False)",
                    "s.settimeout(30)",
                    "s.sendall(sys.stdin.buffer.read())",
                    "answer = b''",
                    "while not answer.endswith(b'</methodResponse>'):",
                    "    answer += s.recv(65536)",
                    "try:",
                    "    print('close_notify' if s.recv(1) == b'' else 'data')",
                    "except ssl.SSLEOFError as e:",
                    "    print('cut off: ' + str(e))");
            Process p = new ProcessBuilder("python3", "-c", script, String.valueOf(f.uri().getPort()))
                    .redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write(request());
            }
            String out = new String(p.getInputStream().readAllBytes(), US_ASCII).strip();
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals("close_notify", out, "how the Agent closed the idle connection");
        }
    }

    @Test
    void connectionsHeldIdleMakeRoomForANewClient() throws Exception {
        List<SSLSocket> idle = new ArrayList<>();
        try (AgentFixture f = new AgentFixture(dir, c -> c.set("max-connections-per-source", "4"))) {
            for (int i = 0; i < 4; i++) {
                SSLSocket s = connect(f);
                idle.add(s);
                exchange(s); // the client keeps the connection, idle
            }
            try (XenApiClient admin = f.loggedIn(AgentFixture.ADMIN)) { // a fifth connection from the same address
                assertFalse(admin.callWithSession("VM.get_all").toString().isEmpty());
            }
            idle.get(0).setSoTimeout(30_000);
            assertEquals(-1, idle.get(0).getInputStream().read(), "the connection idle the longest made room");
            for (SSLSocket s : idle.subList(1, 4)) {
                s.setSoTimeout(300);
                assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read(), "still open");
                exchange(s);
            }
        } finally {
            for (SSLSocket s : idle) {
                s.close();
            }
        }
    }

    private static SSLSocket connect(AgentFixture f) throws Exception {
        SSLSocket s = (SSLSocket) f.rawClient().sslContext().getSocketFactory().createSocket(f.uri().getHost(),
                f.uri().getPort());
        s.setSoTimeout(30_000);
        return s;
    }

    /** One XML-RPC call on the connection, its answer read to its end: the connection stays open, idle. */
    private static void exchange(SSLSocket s) throws IOException {
        s.getOutputStream().write(request());
        s.getOutputStream().flush();
        InputStream in = s.getInputStream();
        String head = headers(in);
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        int length = Integer.parseInt(head.replaceAll("(?is).*content-length:\\s*(\\d+).*", "$1"));
        assertEquals(length, in.readNBytes(length).length, head);
    }

    /** An XML-RPC call (whose answer is an error: no session), as sent on a connection. */
    private static byte[] request() {
        String body = AgentFixture.methodCall("host.get_all", "no-session");
        return ("POST / HTTP/1.1\r\nHost: agent\r\nContent-Type: text/xml\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body).getBytes(US_ASCII);
    }

    private static String headers(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection ended in the answer's headers: " + head.toString(US_ASCII));
            }
            head.write(b);
        }
        return head.toString(US_ASCII);
    }
}
