package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.internal.tls.AgentIdentity;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.Fingerprints;
import org.xenophilia.xenapi.client.UntrustedCertificateException;
import org.xenophilia.xenapi.client.XenApiClient;

/** The client and the Agent over real TLS sockets on 127.0.0.1: certificate generation and pinning. */
class TlsPinningTest {

    @TempDir
    Path dir;
    AgentFixture f;

    @BeforeEach
    void start() throws IOException {
        f = new AgentFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void firstStartGeneratesAPrivateIdentityAndPrintsItsFingerprint() throws IOException {
        String fp = f.agent.fingerprint();
        assertEquals(fp, Fingerprints.normalize(fp));
        assertTrue(f.startOutput.contains(fp), f.startOutput);
        Path ks = f.configDir.resolve(AgentIdentity.KEYSTORE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ks)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                f.configDir.resolve(AgentIdentity.KEYSTORE_PASSWORD))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ks.getParent())));
        AgentIdentity id = AgentIdentity.load(f.configDir);
        assertEquals(fp, id.fingerprint());
        assertEquals("EC", id.certificate().getPublicKey().getAlgorithm());
        assertEquals(id.certificate().getSubjectX500Principal(), id.certificate().getIssuerX500Principal());
    }

    @Test
    void restartKeepsTheIdentity() throws IOException {
        String fp = f.agent.fingerprint();
        f.close();
        f = new AgentFixture(dir.resolve("unused"), c -> c.configDir(f.configDir));
        assertEquals(fp, f.agent.fingerprint());
        assertFalse(f.startOutput.contains("generated"), f.startOutput);
    }

    @Test
    void rightFingerprintWorks() throws Exception {
        try (XenApiClient c = f.loggedIn(AgentFixture.ADMIN)) {
            assertEquals(1, WireValues.asList(c.callWithSession("host.get_all")).size());
            assertEquals(Optional.of(f.agent.fingerprint()), c.pinnedFingerprint());
        }
    }

    @Test
    void wrongFingerprintIsRefusedNamingBoth() {
        String wrong = Fingerprints.sha256(new byte[] {1, 2, 3});
        XenApiClient c = XenApiClient.builder(f.uri()).pinnedFingerprint(wrong).build();
        UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class,
                () -> c.login(AgentFixture.ADMIN, AgentFixture.PASSWORD));
        assertTrue(e.getMessage().contains(wrong), e.getMessage());
        assertTrue(e.getMessage().contains(f.agent.fingerprint()), e.getMessage());
        assertEquals(Optional.of(wrong), e.expectedFingerprint());
        assertEquals(f.agent.fingerprint(), e.presentedFingerprint());
    }

    @Test
    void trustOnFirstUseShowsThePresentedFingerprintAndPinsIt() throws Exception {
        List<String> asked = new ArrayList<>();
        XenApiClient c = XenApiClient.builder(f.uri()).trustOnFirstUse((fp, cert) -> {
            asked.add(fp);
            return true;
        }).build();
        c.login(AgentFixture.ADMIN, AgentFixture.PASSWORD);
        c.callWithSession("pool.get_all");
        assertEquals(List.of(f.agent.fingerprint()), asked, "asked once, with the Agent's fingerprint");
        assertEquals(Optional.of(f.agent.fingerprint()), c.pinnedFingerprint());
    }

    @Test
    void declinedOnFirstUseIsRefused() {
        XenApiClient c = XenApiClient.builder(f.uri()).trustOnFirstUse((fp, cert) -> false).build();
        UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class,
                () -> c.login(AgentFixture.ADMIN, AgentFixture.PASSWORD));
        assertEquals(Optional.empty(), e.expectedFingerprint());
        assertEquals(f.agent.fingerprint(), e.presentedFingerprint());
        assertEquals(Optional.empty(), c.pinnedFingerprint());
    }

    @Test
    void withoutPinTheJdkDefaultTrustRejectsTheSelfSignedCertificate() {
        XenApiClient c = XenApiClient.builder(f.uri()).build();
        IOException e = assertThrows(IOException.class, () -> c.login(AgentFixture.ADMIN, AgentFixture.PASSWORD));
        assertFalse(e instanceof UntrustedCertificateException);
    }
}
