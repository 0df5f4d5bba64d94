package org.xenophilia.core;

/** A {@link CredentialStore} could not be read or written; the message says why, in words for the administrator. */
public class CredentialStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the underlying failure
     */
    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
