package org.xenophilia.xenapi.internal.client;

import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * The server does not serve this wire encoding, so the call was not made: a {@code 404} at {@code /jsonrpc}, or a
 * success whose {@code Content-Type} is not {@code application/json} (an old xapi). The client falls back to XML-RPC
 * on it unless JSON-RPC was forced; then it is the protocol error it reports.
 */
public final class WireUnsupportedException extends XenApiProtocolException {

    private static final long serialVersionUID = 1L;

    /** @param message what the server answered */
    public WireUnsupportedException(String message) {
        super(message);
    }
}
