package org.xenophilia.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the Agent gives a storage backend when it opens it.
 *
 * @param stateDir a directory of the backend's own in the Agent's state directory
 *            ({@code /var/lib/xenophilia/storage/<type>}), for whatever it keeps besides what is on the storage
 *            itself; it exists
 * @param settings the backend's settings from {@code agent.conf}, by key without the namespace, each checked against
 *            {@link StorageBackendType#settingKeys()} and in canonical form, with the defaults of those not set
 */
public record StorageContext(Path stateDir, Map<String, String> settings) {

    /** Checks and copies the values. */
    public StorageContext {
        Objects.requireNonNull(stateDir, "stateDir");
        settings = Map.copyOf(settings);
    }

    /**
     * @param key a setting's key without the namespace
     * @param fallback the value if it is not set and has no default
     * @return the value
     */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
