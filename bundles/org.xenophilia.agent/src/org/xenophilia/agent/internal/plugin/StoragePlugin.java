package org.xenophilia.agent.internal.plugin;

import java.nio.file.Path;
import java.util.Map;

import org.xenophilia.storage.ConfigKey;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageBackendType;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;

/**
 * A storage backend type as the Agent's other plug-ins are seen: its name in the one namespace of plug-ins, its
 * settings' keys, and their values checked by the type's {@link ConfigKey}s, so that {@code AgentConfig} checks
 * {@code file.qemu-img} as it checks {@code xl.path}. The type declares in its own terms (typed keys with defaults)
 * because the storage SPI does not depend on the Agent (see {@code org.xenophilia.storage}'s README).
 */
public final class StoragePlugin extends TypePlugin {

    private final StorageBackendType type;

    StoragePlugin(StorageBackendType type) {
        super(type::name, type::description, () -> type.settingKeys().stream().map(ConfigKey::name).toList());
        this.type = type;
    }

    /** @return the storage backend type */
    public StorageBackendType type() {
        return type;
    }

    @Override
    public void checkSetting(String key, String value) {
        for (ConfigKey k : type.settingKeys()) {
            if (k.name().equals(key)) {
                try {
                    k.check(value);
                } catch (IllegalArgumentException e) {
                    // the key's message starts with its name; AgentConfig puts the whole setting's name first
                    String m = String.valueOf(e.getMessage());
                    throw new IllegalArgumentException(m.startsWith(key + ": ") ? m.substring(key.length() + 2) : m,
                            e);
                }
            }
        }
    }

    /**
     * Opens the backend with its settings, checked and completed with the defaults, in its own state directory.
     *
     * @param stateDir the Agent's state directory; the backend's is {@code storage/<name>} in it, made here
     * @param settings the settings set in {@code agent.conf} for this plug-in, by key without the namespace
     * @return the backend
     * @throws StorageException if the backend cannot run here, or its directory cannot be made
     */
    public StorageBackend open(Path stateDir, Map<String, String> settings) throws StorageException {
        Path own = stateDir.resolve("storage").resolve(type.name());
        try {
            java.nio.file.Files.createDirectories(own);
        } catch (java.io.IOException e) {
            throw StorageException.toolFailed("mkdir " + own, "cannot make the backend's state directory", "",
                    String.valueOf(e.getMessage()));
        }
        return type.open(new StorageContext(own, ConfigKey.checkAll(type.settingKeys(), settings)));
    }
}
