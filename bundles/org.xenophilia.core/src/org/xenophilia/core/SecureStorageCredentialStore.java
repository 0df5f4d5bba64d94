package org.xenophilia.core;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Node passwords in Eclipse secure storage: node {@code org.xenophilia.core/<nodeId>}, key {@code password},
 * encrypted ({@code put(key, value, true)}) and flushed at once.
 */
public final class SecureStorageCredentialStore implements CredentialStore {

    /** The secure-storage node under which every node's secrets live. */
    public static final String ROOT_NODE = "org.xenophilia.core";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;

    /** Uses the default secure storage of the running Eclipse ({@link SecurePreferencesFactory#getDefault()}). */
    public SecureStorageCredentialStore() {
        this(SecurePreferencesFactory.getDefault());
    }

    /**
     * @param storage a secure storage, e.g. one opened with {@link SecurePreferencesFactory#open}
     */
    public SecureStorageCredentialStore(ISecurePreferences storage) {
        this.root = Objects.requireNonNull(storage, "secure storage is not available").node(ROOT_NODE);
    }

    @Override
    public Optional<String> password(String nodeId) throws CredentialStoreException {
        String path = NodeNames.check(nodeId);
        if (!root.nodeExists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(root.node(path).get(PASSWORD, null));
        } catch (StorageException e) {
            throw new CredentialStoreException("Cannot read the password from secure storage: " + e.getMessage(), e);
        }
    }

    @Override
    public void setPassword(String nodeId, String password) throws CredentialStoreException {
        try {
            root.node(NodeNames.check(nodeId)).put(PASSWORD, password, true);
            root.flush();
        } catch (StorageException e) {
            throw new CredentialStoreException("Cannot store the password in secure storage: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CredentialStoreException("Cannot save secure storage: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String nodeId) throws CredentialStoreException {
        String path = NodeNames.check(nodeId);
        if (!root.nodeExists(path)) {
            return;
        }
        root.node(path).removeNode();
        try {
            root.flush();
        } catch (IOException e) {
            throw new CredentialStoreException("Cannot save secure storage: " + e.getMessage(), e);
        }
    }

    /** Secure-storage paths must not contain '/' (it would name a sub-node). */
    private static final class NodeNames {
        static String check(String nodeId) {
            if (nodeId == null || nodeId.isEmpty() || nodeId.contains("/")) {
                throw new IllegalArgumentException("not a node id: " + nodeId);
            }
            return nodeId;
        }
    }
}
