package org.xenophilia.xenapi.client;

import java.io.IOException;
import java.util.Optional;

/**
 * The server presented a certificate the client does not trust: its fingerprint differs from the pinned one, or
 * the {@link CertificateTrust} callback declined it. Carries both fingerprints so that the user can tell a
 * re-keyed host from an impostor.
 */
public class UntrustedCertificateException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String expectedFingerprint;
    private final String presentedFingerprint;

    /**
     * @param expectedFingerprint the pinned fingerprint, or {@code null} if none was pinned (declined on first use)
     * @param presentedFingerprint the fingerprint of the certificate the server presented
     * @param cause the TLS handshake failure
     */
    public UntrustedCertificateException(String expectedFingerprint, String presentedFingerprint, Throwable cause) {
        super(expectedFingerprint == null
                ? "server certificate " + presentedFingerprint + " was not accepted"
                : "server certificate fingerprint mismatch: expected " + expectedFingerprint + ", presented "
                        + presentedFingerprint,
                cause);
        this.expectedFingerprint = expectedFingerprint;
        this.presentedFingerprint = presentedFingerprint;
    }

    /** @return the pinned fingerprint, if one was pinned */
    public Optional<String> expectedFingerprint() {
        return Optional.ofNullable(expectedFingerprint);
    }

    /** @return the fingerprint the server presented */
    public String presentedFingerprint() {
        return presentedFingerprint;
    }
}
