package org.xenophilia.core;

import java.security.cert.X509Certificate;

/**
 * Trust on first use: decides whether to trust a node's certificate when no fingerprint is pinned for it yet. The UI
 * shows the fingerprint and asks the administrator to compare it with {@code xenophiliad fingerprint} on the host.
 * Called on the node's connection thread and may block there until the administrator answers (never call it on the
 * UI thread). An accepted fingerprint is pinned in the node's {@link NodeDescriptor} and persisted.
 */
@FunctionalInterface
public interface TrustDecider {

    /** Trusts nothing: a node without a pinned fingerprint cannot connect. */
    TrustDecider REJECT = (node, fingerprint, certificate) -> false;

    /**
     * @param node the node
     * @param presentedFingerprint the SHA-256 fingerprint of its certificate
     * @param certificate the certificate
     * @return whether to trust and pin it
     */
    boolean trust(NodeDescriptor node, String presentedFingerprint, X509Certificate certificate);
}
