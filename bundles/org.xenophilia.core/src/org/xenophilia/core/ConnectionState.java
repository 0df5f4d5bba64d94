package org.xenophilia.core;

/** Where a {@link NodeConnection} stands. Only {@link #CONNECTED} means the model is current. */
public enum ConnectionState {
    /** Not started, or closed. */
    CLOSED(false),
    /** Connecting, logging in, or loading the initial state. */
    CONNECTING(true),
    /** Logged in, model in sync, events flowing. */
    CONNECTED(true),
    /** Connection lost or refused; retrying with backoff. The model is stale. */
    DISCONNECTED(true),
    /** The node refused the user name or password; not retried until {@link NodeConnection#reconnect()}. */
    AUTHENTICATION_FAILED(false),
    /** The administrator did not trust the node's certificate; not retried until reconnect. */
    CERTIFICATE_REJECTED(false),
    /**
     * The node presented a certificate other than the pinned one; refused and not retried. The message names both
     * fingerprints; the pin is only replaced by an explicit {@link NodeConnection#trustNewCertificate(String)}.
     */
    CERTIFICATE_CHANGED(false),
    /** No password is stored for the node, or the credential store cannot be read. */
    CREDENTIALS_MISSING(false),
    /** Disconnected by the user ({@link NodeConnection#disconnect()}); not connecting until told to. */
    OFFLINE(false);

    private final boolean retrying;

    ConnectionState(boolean retrying) {
        this.retrying = retrying;
    }

    /** @return whether the connection is trying (or keeps trying) by itself */
    public boolean isActive() {
        return retrying;
    }
}
