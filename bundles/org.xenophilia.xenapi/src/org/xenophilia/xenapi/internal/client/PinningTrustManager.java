package org.xenophilia.xenapi.internal.client;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.xenophilia.xenapi.client.CertificateTrust;
import org.xenophilia.xenapi.client.Fingerprints;

/**
 * Trusts exactly one server certificate, identified by its SHA-256 fingerprint; with no pin yet, asks a
 * {@link CertificateTrust} and pins what it accepts. Being an {@link X509ExtendedTrustManager}, the JDK applies no
 * further checks of its own (CA path, host name): the pin is the identity.
 */
public final class PinningTrustManager extends X509ExtendedTrustManager {

    /** Raised during the handshake; carries both fingerprints up to the client. */
    public static final class RejectedCertificateException extends CertificateException {
        private static final long serialVersionUID = 1L;
        private final String expected;
        private final String presented;

        RejectedCertificateException(String expected, String presented) {
            super(expected == null ? "certificate " + presented + " declined on first use"
                    : "certificate fingerprint " + presented + " does not match the pinned " + expected);
            this.expected = expected;
            this.presented = presented;
        }

        /** @return the pinned fingerprint, or {@code null} */
        public String expected() {
            return expected;
        }

        /** @return the presented fingerprint */
        public String presented() {
            return presented;
        }
    }

    private final AtomicReference<String> pin;
    private final CertificateTrust firstUse;

    /**
     * @param pinnedFingerprint the canonical fingerprint to accept, or {@code null}
     * @param firstUse asked when nothing is pinned; {@code null} to refuse everything then
     */
    public PinningTrustManager(String pinnedFingerprint, CertificateTrust firstUse) {
        this.pin = new AtomicReference<>(pinnedFingerprint);
        this.firstUse = firstUse;
    }

    /** @return the fingerprint currently pinned, or {@code null} */
    public String pinnedFingerprint() {
        return pin.get();
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("server presented no certificate");
        }
        String presented = Fingerprints.sha256(chain[0]);
        String expected = pin.get();
        if (expected == null) {
            synchronized (this) {
                expected = pin.get();
                if (expected == null) {
                    if (firstUse != null && firstUse.trustOnFirstUse(presented, chain[0])) {
                        pin.set(presented);
                        return;
                    }
                    throw new RejectedCertificateException(null, presented);
                }
            }
        }
        if (!expected.equals(presented)) {
            throw new RejectedCertificateException(expected, presented);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client-side trust manager does not authenticate clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
