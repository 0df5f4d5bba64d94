package org.xenophilia.xenapi;

import java.io.IOException;

/**
 * The peer did not speak XenAPI: an XML-RPC fault (the server refused a malformed request), a response without
 * the {@code Status} envelope, an HTTP error status, or a value of an unexpected type. Distinct from
 * {@link XenApiException}, which is a well-formed API failure.
 */
public class XenApiProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong */
    public XenApiProtocolException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong
     * @param cause the underlying error
     */
    public XenApiProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
