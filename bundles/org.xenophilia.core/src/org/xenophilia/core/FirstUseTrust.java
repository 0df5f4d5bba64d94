package org.xenophilia.core;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.xenophilia.core.internal.CoreLog;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Trust on first use for one node: while no fingerprint is pinned, the {@link TrustDecider} sees the presented one,
 * and an accepted fingerprint is pinned in the {@link NodeRegistry}. A node removed meanwhile is never re-added by
 * a late pin.
 */
final class FirstUseTrust {

    private final NodeRegistry registry;
    private final String nodeId;
    private final TrustDecider trust;

    FirstUseTrust(NodeRegistry registry, String nodeId, TrustDecider trust) {
        this.registry = registry;
        this.nodeId = nodeId;
        this.trust = trust;
    }

    /**
     * Asks the decider and pins an accepted fingerprint at once, so that an administrator who took long to answer
     * (the node may have dropped that handshake meanwhile) is not asked again on the next attempt.
     *
     * @param n the node as described when the connection started
     * @param fingerprint the presented certificate's fingerprint
     * @param certificate the certificate
     * @return whether it is trusted
     */
    boolean accept(NodeDescriptor n, String fingerprint, X509Certificate certificate) {
        if (!trust.trust(n, fingerprint, certificate)) {
            return false;
        }
        try {
            Optional<NodeDescriptor> current = registry.node(nodeId);
            if (current.isPresent()) {
                registry.put(current.get().withFingerprint(fingerprint));
            }
        } catch (IOException e) {
            CoreLog.error("cannot save the fingerprint accepted for node " + n.label(), e);
        }
        return true;
    }

    /**
     * After a login with trust on first use: pins what the client trusted, if the registry does not have it yet.
     *
     * @param n the node as described when the connection started
     * @param c the logged-in client
     * @throws IOException if the registry cannot be saved
     */
    void pinIfFirstUse(NodeDescriptor n, XenApiClient c) throws IOException {
        Optional<String> pinned = c.pinnedFingerprint();
        Optional<NodeDescriptor> current = registry.node(nodeId);
        if (n.fingerprint() == null && pinned.isPresent() && current.isPresent()
                && !pinned.get().equals(current.get().fingerprint())) {
            registry.put(current.get().withFingerprint(pinned.get()));
        }
    }
}
