package org.xenophilia.agent.internal.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.xenapi.client.Fingerprints;

/**
 * The Agent's TLS identity: an EC P-256 key pair and a self-signed certificate, kept as a PKCS#12 key store in the
 * configuration directory ({@code tls/agent.p12}, mode 0600, in a 0700 directory). The key store's password is
 * random and sits next to it ({@code tls/agent.p12.password}, 0600): it is not what protects the key (the file
 * permissions are), it only exists because PKCS#12 wants one. Clients trust the Agent by pinning the certificate's
 * SHA-256 fingerprint, which {@code xenophiliad fingerprint} prints.
 */
public final class AgentIdentity {

    /** Key store file, relative to the configuration directory. */
    public static final String KEYSTORE = "tls/agent.p12";
    /** Its password file. */
    public static final String KEYSTORE_PASSWORD = "tls/agent.p12.password";
    private static final String ALIAS = "xenophiliad";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private AgentIdentity(KeyStore keyStore, char[] password) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
        if (certificate == null || !keyStore.isKeyEntry(ALIAS)) {
            throw new GeneralSecurityException("key store has no '" + ALIAS + "' key entry");
        }
    }

    /**
     * @param configDir the configuration directory
     * @return whether an identity exists there
     */
    public static boolean exists(Path configDir) {
        return Files.isRegularFile(configDir.resolve(KEYSTORE));
    }

    /**
     * Loads the identity from the configuration directory.
     *
     * @param configDir the configuration directory
     * @return the identity
     * @throws IOException if it is missing or unreadable
     */
    public static AgentIdentity load(Path configDir) throws IOException {
        Path ks = configDir.resolve(KEYSTORE);
        char[] pw = Files.readString(configDir.resolve(KEYSTORE_PASSWORD), StandardCharsets.US_ASCII).strip()
                .toCharArray();
        try (InputStream in = Files.newInputStream(ks)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, pw);
            return new AgentIdentity(store, pw);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read " + ks + ": " + e.getMessage(), e);
        }
    }

    /**
     * Generates a new key pair and self-signed certificate and stores them in the configuration directory.
     *
     * @param configDir the configuration directory
     * @param hostName the name to put in the certificate (subject CN and a DNS subject alternative name)
     * @return the identity
     * @throws IOException if it cannot be written
     */
    public static AgentIdentity generate(Path configDir, String hostName) throws IOException {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
            kpg.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair kp = kpg.generateKeyPair();
            X509Certificate cert = CertificateMaker.create(kp, hostName, VALIDITY);

            byte[] pwBytes = new byte[24];
            new SecureRandom().nextBytes(pwBytes);
            char[] pw = Base64.getUrlEncoder().withoutPadding().encodeToString(pwBytes).toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, kp.getPrivate(), pw, new X509Certificate[] {cert});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, pw);

            AtomicFiles.createDirectory(configDir.resolve("tls"), AtomicFiles.OWNER_ONLY_DIR);
            AtomicFiles.write(configDir.resolve(KEYSTORE_PASSWORD), (new String(pw) + "\n")
                    .getBytes(StandardCharsets.US_ASCII), AtomicFiles.OWNER_ONLY);
            AtomicFiles.write(configDir.resolve(KEYSTORE), bytes.toByteArray(), AtomicFiles.OWNER_ONLY);
            return new AgentIdentity(store, pw);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot create the TLS identity: " + e.getMessage(), e);
        }
    }

    /**
     * @param configDir the configuration directory
     * @param out where to say that a new identity was generated, with its fingerprint
     * @return the stored identity, generated first if there is none
     * @throws IOException if it cannot be read or written
     */
    public static AgentIdentity loadOrGenerate(Path configDir, java.io.PrintStream out) throws IOException {
        if (exists(configDir)) {
            return load(configDir);
        }
        String host = localHostName();
        AgentIdentity id = generate(configDir, host);
        out.println("xenophiliad: generated a new TLS key pair and self-signed certificate for '" + host + "' in "
                + configDir.resolve(KEYSTORE));
        out.println("xenophiliad: certificate SHA-256 fingerprint " + id.fingerprint());
        return id;
    }

    /** @return this machine's host name, or {@code localhost} */
    public static String localHostName() {
        try {
            String h = InetAddress.getLocalHost().getHostName();
            return h == null || h.isBlank() ? "localhost" : h;
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** @return the certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @return the private key */
    public PrivateKey privateKey() {
        try {
            return (PrivateKey) keyStore.getKey(ALIAS, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the certificate's SHA-256 fingerprint */
    public String fingerprint() {
        return Fingerprints.sha256(certificate);
    }

    /**
     * @return a server TLS context presenting this identity
     * @throws GeneralSecurityException if the JDK refuses the key
     */
    public SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, password);
        SSLContext ctx = SSLContext.getInstance("TLS");
        // No trust managers: the Agent asks no client for a certificate, and the JDK's default would load its whole
        // CA store (cacerts, ~1 MB of heap) for nothing.
        ctx.init(kmf.getKeyManagers(), new TrustManager[0], null);
        return ctx;
    }
}
