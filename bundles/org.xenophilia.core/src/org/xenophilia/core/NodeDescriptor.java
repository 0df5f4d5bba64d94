package org.xenophilia.core;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the Workbench remembers about one node (a Xen host running the Agent, or a xapi host): where it is, who logs
 * in, and the certificate fingerprint pinned for it. The password is not here; it lives in a {@link CredentialStore}
 * under {@link #id()}.
 *
 * @param id a permanent identifier, used as the key in the registry and the credential store
 * @param name the name the administrator gave the node ({@code alpha}), used in messages
 * @param host the host name or address
 * @param port the HTTPS port (the Agent's default is 8443, xapi's 443)
 * @param user the user to log in as
 * @param fingerprint the pinned SHA-256 certificate fingerprint, or {@code null} before the first accepted connection
 */
public record NodeDescriptor(String id, String name, String host, int port, String user, String fingerprint) {

    /** The Agent's default port. */
    public static final int DEFAULT_PORT = 8443;

    /** Checks the fields. */
    public NodeDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        if (id.isBlank() || host.isBlank()) {
            throw new IllegalArgumentException("a node needs an id and a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (fingerprint != null && fingerprint.isBlank()) {
            fingerprint = null;
        }
    }

    /**
     * A new node with a fresh id and no pinned fingerprint.
     *
     * @param name the display name
     * @param host the host name or address
     * @param port the port
     * @param user the user
     * @return the descriptor
     */
    public static NodeDescriptor create(String name, String host, int port, String user) {
        return new NodeDescriptor(UUID.randomUUID().toString(), name, host, port, user, null);
    }

    /** @return the pinned fingerprint, if a certificate has been accepted */
    public Optional<String> pinnedFingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    /**
     * @param newFingerprint the fingerprint to pin, or {@code null} to forget the pin
     * @return a copy with that fingerprint
     */
    public NodeDescriptor withFingerprint(String newFingerprint) {
        return new NodeDescriptor(id, name, host, port, user, newFingerprint);
    }

    /** @return the XenAPI endpoint, {@code https://host:port/} (IPv6 literals bracketed) */
    public URI uri() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("https://" + h + ":" + port + "/");
    }

    /** @return {@code name (host:port)}, for messages */
    public String label() {
        return name + " (" + host + ":" + port + ")";
    }
}
