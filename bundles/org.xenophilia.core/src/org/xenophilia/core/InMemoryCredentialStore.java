package org.xenophilia.core;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CredentialStore} that keeps passwords in memory only, for headless tools and tests. */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    @Override
    public Optional<String> password(String nodeId) {
        return Optional.ofNullable(passwords.get(nodeId));
    }

    @Override
    public void setPassword(String nodeId, String password) {
        passwords.put(nodeId, password);
    }

    @Override
    public void remove(String nodeId) {
        passwords.remove(nodeId);
    }
}
