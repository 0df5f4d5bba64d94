package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Agent;
import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.internal.server.AgentServer;
import org.xenophilia.xenapi.internal.client.PinningTrustManager;

/**
 * What the Agent's TLS offers, probed from outside with OpenSSL's own client ({@code openssl s_client}, which can
 * still speak TLS 1.0, 1.1 and every CBC suite, unlike the JDK's): only TLS 1.3 and 1.2, only AEAD suites with an
 * ephemeral key exchange; the certificate an EC P-256 key, self-signed, valid from an hour ago for ten years; and no
 * plain HTTP on an address other hosts can reach.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsOfferTest {

    /** The TLS 1.2 suites the Agent may choose, in OpenSSL's names (those of its EC certificate's key). */
    private static final Set<String> TLS12_EXPECTED = Set.of("ECDHE-ECDSA-AES128-GCM-SHA256",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305");
    private static final Set<String> TLS13_EXPECTED = Set.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256");

    @TempDir
    static Path dir;
    AgentFixture f;
    String hostPort;

    @BeforeAll
    void start() throws Exception {
        f = new AgentFixture(dir);
        URI u = f.uri();
        hostPort = u.getHost() + ":" + u.getPort();
    }

    @AfterAll
    void stop() {
        f.close();
    }

    /** @return whether {@code openssl s_client} with these options completed a handshake */
    private boolean handshakes(String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_client", "-connect", hostPort, "-brief"));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close(); // no input: it says goodbye after the handshake
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "openssl s_client did not end: " + out);
        return out.contains("CONNECTION ESTABLISHED");
    }

    private static List<String> openssl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return List.of(out.split(":"));
    }

    @Test
    void onlyTls13And12AreSpoken() throws Exception {
        assertTrue(handshakes("-tls1_3"));
        assertTrue(handshakes("-tls1_2"));
        // OpenSSL 3 needs security level 0 to offer these at all: the refusal is the Agent's
        assertFalse(handshakes("-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0"), "TLS 1.1 accepted");
        assertFalse(handshakes("-tls1", "-cipher", "DEFAULT@SECLEVEL=0"), "TLS 1.0 accepted");
    }

    @Test
    void onlyAeadSuitesWithAnEphemeralKeyExchange() throws Exception {
        Set<String> accepted12 = new TreeSet<>();
        for (String suite : openssl("ciphers", "-s", "-tls1_2", "ALL:COMPLEMENTOFALL:@SECLEVEL=0")) {
            if (!suite.startsWith("TLS_") && handshakes("-tls1_2", "-cipher", suite + ":@SECLEVEL=0")) {
                accepted12.add(suite);
            }
        }
        assertEquals(TLS12_EXPECTED, accepted12, "TLS 1.2 suites accepted (every CBC, RSA key exchange, CCM,"
                + " anonymous, NULL and export suite OpenSSL knows was tried)");
        Set<String> accepted13 = new TreeSet<>();
        for (String suite : List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
                "TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_8_SHA256")) {
            if (handshakes("-tls1_3", "-ciphersuites", suite)) {
                accepted13.add(suite);
            }
        }
        assertEquals(TLS13_EXPECTED, accepted13, "TLS 1.3 suites accepted");
    }

    @Test
    void theCertificateIsAnEcP256KeyValidFromAnHourAgoForTenYears() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(f.agent.fingerprint(), null)}, null);
        try (SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(f.uri().getHost(), f.uri().getPort())) {
            s.startHandshake();
            X509Certificate cert = (X509Certificate) s.getSession().getPeerCertificates()[0];
            assertEquals("EC", cert.getPublicKey().getAlgorithm());
            assertEquals(256, ((ECPublicKey) cert.getPublicKey()).getParams().getCurve().getField().getFieldSize());
            assertEquals("SHA256withECDSA", cert.getSigAlgName());
            assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal(), "self-signed");
            cert.verify(cert.getPublicKey());
            Instant from = cert.getNotBefore().toInstant();
            Instant until = cert.getNotAfter().toInstant();
            Instant now = Instant.now();
            assertTrue(from.isBefore(now) && from.isAfter(now.minus(Duration.ofHours(2))), "valid from " + from);
            assertEquals(Duration.ofDays(3650).plusHours(1).toDays(), Duration.between(from, until).toDays(),
                    "valid until " + until);
            cert.checkValidity();
        }
    }

    @Test
    void plainHttpIsRefusedOnAnAddressOtherHostsCanReach() throws Exception {
        AgentConfig c = AgentConfig.load(dir.resolve("plain/etc/agent.conf")).stateDir(dir.resolve("plain/state"))
                .plainHttp(true).listen(new InetSocketAddress(0));
        AgentServer.InsecureListenException e = assertThrows(AgentServer.InsecureListenException.class,
                () -> Agent.start(c, System.out).close());
        assertTrue(e.getMessage().contains("Plain HTTP is only allowed on a loopback address"), e.getMessage());
        // on loopback it is allowed, and answers
        AgentConfig loopback = AgentConfig.load(dir.resolve("plain2/etc/agent.conf"))
                .stateDir(dir.resolve("plain2/state")).plainHttp(true)
                .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try (Agent a = Agent.start(loopback, System.out)) {
            assertEquals("http", a.uri().getScheme());
        }
    }
}
