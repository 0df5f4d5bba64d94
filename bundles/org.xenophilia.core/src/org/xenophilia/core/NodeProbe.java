package org.xenophilia.core;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Looks at a node before it is added (the New Connection wizard's certificate step): connects, reads the certificate
 * the node presents and tries the user's login, without pinning or storing anything. The caller shows the
 * fingerprint for the user to compare with {@code xenophiliad fingerprint} on the host, and pins it only if the user
 * accepts. Blocking; call it off the UI thread.
 */
public final class NodeProbe {

    /**
     * What the node showed.
     *
     * @param fingerprint the SHA-256 fingerprint of its certificate, if the TLS handshake got that far
     * @param certificate the certificate, likewise
     * @param problem why the node cannot be added as described (unreachable, wrong password ...), in words; empty
     *            when the login worked
     */
    public record Result(Optional<String> fingerprint, Optional<X509Certificate> certificate,
            Optional<String> problem) {

        /** @return whether the node answered, showed a certificate and accepted the login */
        public boolean ok() {
            return fingerprint.isPresent() && problem.isEmpty();
        }
    }

    private NodeProbe() {
    }

    /**
     * @param node the node as the user described it (its pinned fingerprint, if any, is ignored)
     * @param password the user's password
     * @param timeout connect and read timeout
     * @return what the node showed
     */
    public static Result probe(NodeDescriptor node, String password, Duration timeout) {
        Objects.requireNonNull(password, "password");
        String[] fingerprint = {null};
        X509Certificate[] certificate = {null};
        XenApiClient client = XenApiClient.builder(node.uri()).connectTimeout(timeout).readTimeout(timeout)
                .trustOnFirstUse((fp, cert) -> {
                    fingerprint[0] = fp;
                    certificate[0] = cert;
                    return true; // this client only; nothing is pinned for the node
                }).build();
        String problem = null;
        try (client) {
            client.login(node.user(), password);
        } catch (XenApiException e) {
            problem = e.is(ErrorCode.SESSION_AUTHENTICATION_FAILED) || e.is(ErrorCode.SESSION_AUTHORIZATION_FAILED)
                    ? "The node refused the login of user '" + node.user() + "': wrong user name or password."
                    : "The node refused the login: " + XenApiErrorMessages.describe(e);
        } catch (IOException e) {
            problem = "Cannot reach " + node.label() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return new Result(Optional.ofNullable(fingerprint[0]), Optional.ofNullable(certificate[0]),
                Optional.ofNullable(problem));
    }
}
