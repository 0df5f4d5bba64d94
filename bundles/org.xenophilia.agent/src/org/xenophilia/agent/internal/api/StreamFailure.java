package org.xenophilia.agent.internal.api;

import org.xenophilia.xenapi.XenApiException;

/**
 * Thrown by the iterator of a {@link StreamedMap} or {@link StreamedSet} that cannot make its next entry (the
 * backend cannot be read): the writer answers the XenAPI error instead while nothing of the answer has gone out, and
 * ends the connection otherwise. Unchecked, since iterators cannot throw checked exceptions.
 */
public final class StreamFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param error what the call answers */
    public StreamFailure(XenApiException error) {
        super(error.getMessage(), error, false, false);
    }

    /** @return what the call answers */
    public XenApiException error() {
        return (XenApiException) getCause();
    }
}
