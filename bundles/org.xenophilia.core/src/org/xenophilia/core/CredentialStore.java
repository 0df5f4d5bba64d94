package org.xenophilia.core;

import java.util.Optional;

/**
 * Where node passwords are kept, by {@link NodeDescriptor#id()}. The Workbench uses
 * {@link SecureStorageCredentialStore} (Eclipse secure storage, encrypted); headless tools and tests may use
 * {@link InMemoryCredentialStore}.
 */
public interface CredentialStore {

    /**
     * @param nodeId the node
     * @return its password, or empty when none is stored
     * @throws CredentialStoreException if the store cannot be read (e.g. the master password was refused)
     */
    Optional<String> password(String nodeId) throws CredentialStoreException;

    /**
     * Stores (encrypted where the store can) the node's password.
     *
     * @param nodeId the node
     * @param password the password
     * @throws CredentialStoreException if it cannot be stored
     */
    void setPassword(String nodeId, String password) throws CredentialStoreException;

    /**
     * Forgets the node's password; nothing happens if none is stored.
     *
     * @param nodeId the node
     * @throws CredentialStoreException if the store cannot be written
     */
    void remove(String nodeId) throws CredentialStoreException;
}
