package org.xenophilia.agent.internal.plugin;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.StorageBackendType;

/**
 * Finds the storage backend types on the class path ({@link ServiceLoader} over {@link StorageBackendType}), and
 * skips, logging why, one that cannot be loaded or created, or that was built for a storage API this Agent does not
 * run ({@link StorageApi#runs}).
 * <p>
 * The storage SPI's jar is optional: an Agent started on a class path without it (as the tools and benchmarks that
 * embed an Agent do) has no storage backends, and this class is then never loaded; {@link #available} says which.
 */
final class StoragePlugins {

    private static final System.Logger LOG = System.getLogger(StoragePlugins.class.getName());
    private static final String SPI = "org.xenophilia.storage.StorageBackendType";

    private StoragePlugins() {
    }

    /**
     * @param loader the class loader plug-ins are looked for with
     * @return whether the storage SPI is on its class path
     */
    static boolean available(ClassLoader loader) {
        try {
            Class.forName(SPI, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * @param loader where to look for {@code META-INF/services} files and the classes they name
     * @return the types found that this Agent runs, as plug-ins ({@link StoragePlugin}), each with the name of the
     *         class that implements it
     */
    static Map<AgentPlugin, String> load(ClassLoader loader) {
        Map<AgentPlugin, String> out = new LinkedHashMap<>();
        Iterator<StorageBackendType> it = ServiceLoader.load(StorageBackendType.class, loader).iterator();
        while (true) {
            StorageBackendType type;
            try {
                if (!it.hasNext()) {
                    break;
                }
                type = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.WARNING, "skipping a storage backend plug-in: " + e.getMessage());
                continue;
            }
            String built;
            try {
                built = type.apiVersion();
                type.repositoryKeys();
                type.settingKeys();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "skipping storage backend plug-in " + type.getClass().getName()
                        + ": " + e);
                continue;
            }
            if (!StorageApi.runs(built)) {
                LOG.log(System.Logger.Level.WARNING, "skipping storage backend plug-in " + type.getClass().getName()
                        + ": it was built for storage API " + built + ", this Agent runs " + StorageApi.VERSION
                        + " (and any " + StorageApi.VERSION.split("\\.")[0] + ".x up to it)");
                continue;
            }
            out.put(new StoragePlugin(type), type.getClass().getName());
        }
        return out;
    }
}
