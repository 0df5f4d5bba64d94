package org.xenophilia.agent.internal.plugin;

import java.util.Map;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.StorageBackendType;

/**
 * The storage backend types on the class path ({@link TypePlugins} over {@link StorageBackendType}): one whose keys
 * cannot be read, or that was built for a storage API this Agent does not run ({@link StorageApi#runs}), is skipped.
 * <p>
 * The storage SPI's jar is optional: an Agent started on a class path without it (as the tools and benchmarks that
 * embed an Agent do) has no storage backends, and {@link #load} is then never called; {@link #available} says which.
 * Only {@link #load} names the SPI's classes, so that asking {@link #available} loads none of them.
 */
final class StoragePlugins {

    private static final String SPI = "org.xenophilia.storage.StorageBackendType";

    private StoragePlugins() {
    }

    /**
     * @param loader the class loader plug-ins are looked for with
     * @return whether the storage SPI is on its class path
     */
    static boolean available(ClassLoader loader) {
        return TypePlugins.available(SPI, loader);
    }

    /**
     * @param loader where to look for {@code META-INF/services} files and the classes they name
     * @return the types found that this Agent runs, as plug-ins ({@link StoragePlugin}), each with the name of the
     *         class that implements it
     */
    static Map<AgentPlugin, String> load(ClassLoader loader) {
        return TypePlugins.load(new TypePlugins.Kind<>(StorageBackendType.class, "storage backend", "storage API",
                type -> {
                    String built = type.apiVersion();
                    type.repositoryKeys();
                    type.settingKeys();
                    return built;
                }, StorageApi::runs,
                StorageApi.VERSION + " (and any " + StorageApi.VERSION.split("\\.")[0] + ".x up to it)",
                StoragePlugin::new), loader);
    }
}
