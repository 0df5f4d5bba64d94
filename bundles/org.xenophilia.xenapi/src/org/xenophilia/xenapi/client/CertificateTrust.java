package org.xenophilia.xenapi.client;

import java.security.cert.X509Certificate;

/**
 * Trust on first use: decides whether to trust a server certificate that no fingerprint has been pinned for yet.
 * Typically shows the fingerprint to the administrator, who compares it with the output of
 * {@code xenophiliad fingerprint} on the host. Once accepted, the client pins it for the rest of its life; the
 * caller reads it back from {@link XenApiClient#pinnedFingerprint()} to store it.
 * <p>
 * Called on the thread making the call, during the TLS handshake: keep it short or make it block on the user's
 * answer, but never on the UI thread.
 */
@FunctionalInterface
public interface CertificateTrust {

    /**
     * @param presentedFingerprint the SHA-256 fingerprint of the server's certificate (see {@link Fingerprints})
     * @param certificate the server's certificate
     * @return {@code true} to trust and pin it, {@code false} to abort the connection
     */
    boolean trustOnFirstUse(String presentedFingerprint, X509Certificate certificate);
}
