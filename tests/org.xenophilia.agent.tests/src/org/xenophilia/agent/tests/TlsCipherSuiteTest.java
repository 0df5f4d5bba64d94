package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.internal.client.PinningTrustManager;

/**
 * The Agent's TLS: 1.2 or 1.3, AEAD cipher suites only, and its own preference (AES-128-GCM, which C2's intrinsics
 * make the cheapest on the JVM it runs on) over the client's.
 */
class TlsCipherSuiteTest {

    @TempDir
    Path dir;
    AgentFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private SSLSocket handshake(String[] protocols, String[] suites) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(f.agent.fingerprint(), null)}, null);
        URI uri = f.uri();
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket();
        s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        s.setSoTimeout(10_000);
        if (protocols != null) {
            s.setEnabledProtocols(protocols);
        }
        if (suites != null) {
            s.setEnabledCipherSuites(suites);
        }
        s.startHandshake();
        return s;
    }

    @Test
    void theServersPreferenceWinsOverTheClients() throws Exception {
        try (SSLSocket s = handshake(null, new String[] {"TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384",
                "TLS_AES_128_GCM_SHA256"})) {
            assertEquals("TLSv1.3", s.getSession().getProtocol());
            assertEquals("TLS_AES_128_GCM_SHA256", s.getSession().getCipherSuite());
        }
        try (SSLSocket s = handshake(new String[] {"TLSv1.2"}, new String[] {
                "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"})) {
            assertEquals("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", s.getSession().getCipherSuite());
        }
    }

    @Test
    void aClientWithoutAesGcmStillGetsChaCha20() throws Exception {
        try (SSLSocket s = handshake(null, new String[] {"TLS_CHACHA20_POLY1305_SHA256"})) {
            assertEquals("TLS_CHACHA20_POLY1305_SHA256", s.getSession().getCipherSuite());
        }
        try (SSLSocket s = handshake(new String[] {"TLSv1.2"},
                new String[] {"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"})) {
            assertEquals("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", s.getSession().getCipherSuite());
        }
    }

    @Test
    void aClientWithoutChaChaStillGetsAesGcm() throws Exception {
        try (SSLSocket s = handshake(null, new String[] {"TLS_AES_128_GCM_SHA256"})) {
            assertEquals("TLS_AES_128_GCM_SHA256", s.getSession().getCipherSuite());
        }
        try (SSLSocket s = handshake(new String[] {"TLSv1.2"},
                new String[] {"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"})) {
            assertEquals("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", s.getSession().getCipherSuite());
        }
    }

    @Test
    void noCbcSuiteAndNoOldProtocol() {
        assertThrows(IOException.class, () -> handshake(new String[] {"TLSv1.2"},
                new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"})
                .close());
        assertThrows(IOException.class, () -> handshake(new String[] {"TLSv1.1"}, null).close());
    }
}
