package org.xenophilia.agent.internal.storage;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.internal.plugin.StoragePlugin;
import org.xenophilia.storage.Capability;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageException;

/**
 * The Agent's storage backends, opened when it starts, one per type found ({@code PluginRegistry}), each with its own
 * settings and state directory; closed when it stops. A type that cannot run on this host is logged and left off,
 * and the Agent runs without it. The registered SRs are attached through these ({@link StorageRepositories}).
 * <p>
 * Only used when the storage SPI is on the class path (the registry finds no storage type otherwise).
 */
public final class StorageBackends implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StorageBackends.class.getName());

    private final Map<String, StorageBackend> byType;

    private StorageBackends(Map<String, StorageBackend> byType) {
        this.byType = Collections.unmodifiableMap(byType);
    }

    /**
     * @param types the storage types found ({@code PluginRegistry.storageBackends()})
     * @param stateDir the Agent's state directory
     * @param settings each type's settings from {@code agent.conf}, by its name
     * @return the backends that could be opened
     */
    public static StorageBackends open(List<AgentPlugin> types, Path stateDir,
            Function<String, Map<String, String>> settings) {
        Map<String, StorageBackend> opened = new TreeMap<>();
        for (AgentPlugin p : types) {
            StoragePlugin type = (StoragePlugin) p;
            try {
                StorageBackend backend = type.open(stateDir, settings.apply(type.name()));
                opened.put(type.name(), backend);
                LOG.log(System.Logger.Level.INFO, "storage backend " + type.name() + ": formats "
                        + backend.formats().stream().map(DiskFormat::xlName).sorted().toList() + ", capabilities "
                        + backend.capabilities().stream().map(Capability::name).sorted().toList());
            } catch (StorageException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "storage backend " + type.name() + " cannot run here and is"
                        + " off: " + e.getMessage());
            }
        }
        return new StorageBackends(opened);
    }

    /** @return the types whose backend is open, by name */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /**
     * @param type a storage type's name (xapi's SR type)
     * @return its backend, if it is open
     */
    public Optional<StorageBackend> backend(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Closes every backend (nothing on the storage changes). */
    @Override
    public void close() {
        byType.forEach((name, backend) -> {
            try {
                backend.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "storage backend " + name + " failed to close: " + e);
            }
        });
    }
}
