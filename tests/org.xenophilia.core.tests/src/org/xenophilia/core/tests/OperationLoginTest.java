package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * An operation's login ({@link NodeConnection#openClient()}) over a link that breaks connections on the way, as a
 * lossy one does (found by {@code NodeConnectionFaultsTest}: with 30 % loss, a login's connection was reset and the
 * Workbench's operation failed): the login is tried again on a new connection, up to three times, as it is safe to
 * repeat. Between the Workbench and a real Agent, a relay that resets the first connections once they have sent
 * their first bytes.
 */
class OperationLoginTest {

    @TempDir
    Path dir;

    @Test
    void aLoginWhoseConnectionIsResetIsTriedAgain() throws Exception {
        try (AgentNode agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
                ResettingRelay relay = new ResettingRelay(agent.port(), 2)) {
            try (XenApiClient c = connection(agent, relay).openClient()) {
                assertFalse(c.callWithSession("VM.get_all").toString().isEmpty());
            }
            assertEquals(3, relay.connections.get(), "two reset, the third logged in");
        }
    }

    @Test
    void aLinkThatResetsEveryConnectionFailsAfterThreeAttempts() throws Exception {
        try (AgentNode agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
                ResettingRelay relay = new ResettingRelay(agent.port(), Integer.MAX_VALUE)) {
            NodeConnection c = connection(agent, relay);
            assertThrows(IOException.class, c::openClient);
            assertEquals(3, relay.connections.get());
        }
    }

    private NodeConnection connection(AgentNode agent, ResettingRelay relay) throws Exception {
        return NodeFixture.registered(dir.resolve("workbench"), "relayed", "127.0.0.1", relay.port(), agent,
                NodeFixture.FAST);
    }

    /** Relays connections to a port, resetting the first {@code resets} of them once their client has sent bytes. */
    private static final class ResettingRelay implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket server;

        ResettingRelay(int target, int resets) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepter = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        if (connections.incrementAndGet() <= resets) {
                            client.getInputStream().read(); // the ClientHello's first byte
                            client.setSoLinger(true, 0); // closed with a RST
                            client.close();
                        } else {
                            Socket agent = new Socket(InetAddress.getLoopbackAddress(), target);
                            pipe(client.getInputStream(), agent.getOutputStream());
                            pipe(agent.getInputStream(), client.getOutputStream());
                        }
                    } catch (IOException e) {
                        // closed
                    }
                }
            }, "resetting-relay");
            accepter.setDaemon(true);
            accepter.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private static void pipe(InputStream in, OutputStream out) {
            Thread t = new Thread(() -> {
                try (in; out) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // one side closed
                }
            }, "relay-pipe");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
