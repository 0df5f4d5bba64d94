package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Agent;
import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.Xenophiliad;
import org.xenophilia.agent.internal.server.AgentServer;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * {@code xenophiliad} as an administrator uses it: real processes on a plain class path (no OSGi), real files,
 * real sockets.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    private String[] with(String... args) {
        String[] base = {"--config", dir.resolve("etc/agent.conf").toString(), "--state-dir",
                dir.resolve("state").toString()};
        String[] all = new String[args.length + base.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(base, 0, all, args.length, base.length);
        return all;
    }

    @Test
    void userAddServeAndFingerprintWorkTogether() throws Exception {
        AgentProcess add = AgentProcess.run("s3cret-passw0rd\n", with("user", "add", "alice", "--role", "admin",
                "--iterations", "20000"));
        assertEquals(0, add.exitValue(), add.output());
        Path users = dir.resolve("etc/users");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));

        AgentProcess fpBefore = AgentProcess.run(null, with("fingerprint"));
        assertEquals(Xenophiliad.EXIT_FAILURE, fpBefore.exitValue(), fpBefore.output());

        try (AgentProcess serve = AgentProcess.start(null, with("serve", "--listen", "127.0.0.1:0"))) {
            String[] a = announcedOnFirstStart(serve);
            URI uri = URI.create(a[0]);
            String fingerprint = a[1];
            assertEquals("https", uri.getScheme());

            try (XenApiClient c = XenApiClient.builder(uri).pinnedFingerprint(fingerprint).build()) {
                c.login("alice", "s3cret-passw0rd");
                assertEquals(1, WireValues.asList(c.callWithSession("host.get_all")).size());
                assertEquals(Optional.of(fingerprint), c.pinnedFingerprint());
            }

            AgentProcess fp = AgentProcess.run(null, with("fingerprint"));
            assertEquals(0, fp.exitValue(), fp.output());
            assertEquals(fingerprint, fp.output().strip());
        }

        AgentProcess del = AgentProcess.run(null, with("user", "del", "alice"));
        assertEquals(0, del.exitValue(), del.output());
        AgentProcess list = AgentProcess.run(null, with("user", "list"));
        assertEquals("", list.output().strip());
    }

    /**
     * Reads what a first {@code serve} announces: the new certificate's fingerprint, then the URI.
     *
     * @return the URI and the fingerprint
     */
    private static String[] announcedOnFirstStart(AgentProcess serve) throws Exception {
        String fp = serve.awaitLine("xenophiliad: certificate SHA-256 fingerprint ", 120);
        String serving = serve.awaitLine("xenophiliad: serving XenAPI on ", 120);
        return new String[] {serving.split(" ")[4], fp.substring(fp.lastIndexOf(' ') + 1)};
    }

    @Test
    void simulatedDomainsSurviveKill9() throws Exception {
        assertEquals(0, AgentProcess.run("operator-password\n", with("user", "add", "op", "--role", "operator",
                "--iterations", "20000")).exitValue());
        String web;
        try (AgentProcess serve = AgentProcess.start(null, with("serve", "--listen", "127.0.0.1:0",
                "--demo-domains"))) {
            String[] a = announcedOnFirstStart(serve);
            try (XenApiClient c = XenApiClient.builder(URI.create(a[0])).pinnedFingerprint(a[1]).build()) {
                c.login("op", "operator-password");
                assertEquals(4, WireValues.asList(c.callWithSession("VM.get_all")).size()); // and the control domain
                String ref = WireValues.asList(c.callWithSession("VM.get_by_name_label", "demo-web")).get(0)
                        .toString();
                web = (String) c.callWithSession("VM.get_uuid", ref);
                c.callWithSession("VM.start", ref, false, false);
            }
            serve.process.destroyForcibly().waitFor();
        }
        try (AgentProcess serve = AgentProcess.start(null, with("serve", "--listen", "127.0.0.1:0",
                "--demo-domains"))) {
            String serving = serve.awaitLine("xenophiliad: serving XenAPI on ", 120);
            String fp = serve.awaitLine("xenophiliad: certificate SHA-256 fingerprint ", 120);
            try (XenApiClient c = XenApiClient.builder(URI.create(serving.split(" ")[4]))
                    .pinnedFingerprint(fp.substring(fp.lastIndexOf(' ') + 1)).build()) {
                c.login("op", "operator-password");
                assertEquals(4, WireValues.asList(c.callWithSession("VM.get_all")).size(),
                        "not seeded twice (3 and the control domain)");
                String ref = (String) c.callWithSession("VM.get_by_uuid", web);
                assertEquals("Running", c.callWithSession("VM.get_power_state", ref));
            }
        }
    }

    @Test
    void plainHttpIsRefusedOffLoopback() throws Exception {
        AgentProcess p = AgentProcess.run(null, with("serve", "--plain-http", "--listen", "0.0.0.0:0"));
        assertEquals(Xenophiliad.EXIT_FAILURE, p.exitValue(), p.output());
        assertTrue(p.output().contains("refusing plain HTTP on 0.0.0.0"), p.output());
        assertTrue(p.output().contains("loopback"), p.output());
        assertFalse(Files.exists(dir.resolve("etc/tls")), "nothing generated for a refused start");

        // and in-process, for every non-loopback address this machine has
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress()) {
                    assertThrows(AgentServer.InsecureListenException.class,
                            () -> AgentServer.checkPlainHttpAllowed(new InetSocketAddress(a, 0)));
                }
            }
        }
    }

    @Test
    void plainHttpOnLoopbackServes() throws Exception {
        AgentConfig config = AgentConfig.load(dir.resolve("etc/agent.conf")).stateDir(dir.resolve("state"))
                .plainHttp(true).listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try (Agent agent = Agent.start(config, System.out)) {
            assertEquals("http", agent.uri().getScheme());
            XenApiClient c = XenApiClient.builder(agent.uri()).build();
            assertFalse(WireValues.asList(c.call("system.listMethods")).isEmpty());
        }
    }

    @Test
    void usageErrorsAndHelp() throws Exception {
        AgentProcess help = AgentProcess.run(null, "--help");
        assertEquals(0, help.exitValue());
        for (String word : new String[] {"serve", "fingerprint", "user add", "--config", "--state-dir", "--backend",
                "--listen", "--plain-http"}) {
            assertTrue(help.output().contains(word), word + " missing from the help");
        }
        AgentProcess bad = AgentProcess.run(null, with("serve", "--backend", "qemu"));
        assertEquals(Xenophiliad.EXIT_USAGE, bad.exitValue(), bad.output());
        assertTrue(bad.output().contains("unknown backend 'qemu'"), bad.output());
        AgentProcess badName = AgentProcess.run("long-enough-password\n", with("user", "add", "bob;rm -rf /",
                "--role", "admin"));
        assertEquals(Xenophiliad.EXIT_USAGE, badName.exitValue(), badName.output());
        assertTrue(badName.output().contains("invalid user name"), badName.output());
    }
}
