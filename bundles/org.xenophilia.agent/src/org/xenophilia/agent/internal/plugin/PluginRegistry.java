package org.xenophilia.agent.internal.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.backend.HypervisorBackendFactory;

/**
 * The plug-ins found on the Agent's class path, read once through {@link ServiceLoader}: the Agent's own (named in
 * its jar's {@code META-INF/services}) and any third party's. A broken contribution (a class that cannot be loaded or
 * created, a bad or taken name) is logged and skipped, so one bad jar does not stop the Agent from starting with the
 * others. Plug-ins of every kind share one namespace: their names are their settings' prefixes. The kinds: hypervisor
 * backends ({@link HypervisorBackendFactory}) and, when the storage SPI is on the class path, storage backend types
 * ({@link StoragePlugin}); when the host networking SPI is, host networking types ({@link NetworkingPlugin}); when the
 * image deployer SPI is, image deployer types ({@link ImagePlugin}).
 */
public final class PluginRegistry {

    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** The plug-ins of the class path, found when first asked for. */
    private static final class Installed {
        static final PluginRegistry REGISTRY = load(HypervisorBackendFactory.class.getClassLoader());
    }

    private final Map<String, AgentPlugin> byName = new LinkedHashMap<>();
    /** The class implementing each, by name. */
    private final Map<String, String> origins = new LinkedHashMap<>();
    /** The storage types among them; kept apart so that nothing here names a storage class without the SPI. */
    private final List<AgentPlugin> storage = new ArrayList<>();
    /** The host networking types among them, kept apart likewise. */
    private final List<AgentPlugin> networking = new ArrayList<>();
    /** The image deployer types among them, in the class path's order (the Agent opens the first that runs). */
    private final List<AgentPlugin> images = new ArrayList<>();

    private PluginRegistry() {
    }

    /** @return whether the storage SPI is on the class path of the Agent's own jar (its classes may be used) */
    public static boolean storageSpiInstalled() {
        return StoragePlugins.available(HypervisorBackendFactory.class.getClassLoader());
    }

    /** @return whether the image deployer SPI is on the class path of the Agent's own jar */
    public static boolean imageSpiInstalled() {
        return ImagePlugins.available(HypervisorBackendFactory.class.getClassLoader());
    }

    /** @return the plug-ins found on the class path of the Agent's own jar */
    public static PluginRegistry installed() {
        return Installed.REGISTRY;
    }

    /**
     * @param loader where to look for {@code META-INF/services} files and the classes they name
     * @return the plug-ins found
     */
    public static PluginRegistry load(ClassLoader loader) {
        PluginRegistry r = new PluginRegistry();
        Iterator<HypervisorBackendFactory> it = ServiceLoader.load(HypervisorBackendFactory.class, loader).iterator();
        while (true) {
            HypervisorBackendFactory factory;
            try {
                if (!it.hasNext()) {
                    break;
                }
                factory = it.next();
            } catch (ServiceConfigurationError e) {
                // the iterator goes on with the next provider after an error
                LOG.log(System.Logger.Level.WARNING, "skipping a hypervisor backend plug-in: " + e.getMessage());
                continue;
            }
            r.add(factory, factory.getClass().getName());
        }
        if (StoragePlugins.available(loader)) {
            StoragePlugins.load(loader).forEach((storage, origin) -> {
                if (r.add(storage, origin)) {
                    r.storage.add(storage);
                }
            });
        }
        if (NetworkingPlugins.available(loader)) {
            NetworkingPlugins.load(loader).forEach((type, origin) -> {
                if (r.add(type, origin)) {
                    r.networking.add(type);
                }
            });
        }
        if (ImagePlugins.available(loader)) {
            ImagePlugins.load(loader).forEach((type, origin) -> {
                if (r.add(type, origin)) {
                    r.images.add(type);
                }
            });
        }
        return r;
    }

    /**
     * @param origin the class that implements it, for the log
     * @return whether the plug-in was taken
     */
    private boolean add(AgentPlugin plugin, String origin) {
        String name;
        try {
            name = plugin.name();
            plugin.settingKeys();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "skipping plug-in " + origin + ": " + e);
            return false;
        }
        if (name == null || !NAME.matcher(name).matches()) {
            LOG.log(System.Logger.Level.WARNING, "skipping plug-in " + origin + ": its name '"
                    + name + "' is not 1-32 of a-z 0-9 - starting with a letter");
        } else if (byName.containsKey(name)) {
            LOG.log(System.Logger.Level.WARNING, "skipping plug-in " + origin + ": the name '"
                    + name + "' is taken by " + origins.get(name));
        } else {
            byName.put(name, plugin);
            origins.put(name, origin);
            return true;
        }
        return false;
    }

    /**
     * @param name a plug-in's name, i.e. a settings namespace
     * @return the plug-in of that name, of any kind
     */
    public Optional<AgentPlugin> plugin(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * @param name a backend's name
     * @return the hypervisor backend of that name
     */
    public Optional<HypervisorBackendFactory> hypervisorBackend(String name) {
        return plugin(name).filter(HypervisorBackendFactory.class::isInstance)
                .map(HypervisorBackendFactory.class::cast);
    }

    /**
     * @return the storage backend types found, by name: each a {@link StoragePlugin}; none when the storage SPI is
     *         not on the class path
     */
    public List<AgentPlugin> storageBackends() {
        List<AgentPlugin> out = new ArrayList<>(storage);
        out.sort(Comparator.comparing(AgentPlugin::name));
        return out;
    }

    /**
     * @return the host networking types found, by name: each a {@link NetworkingPlugin}; none when the host
     *         networking SPI is not on the class path
     */
    public List<AgentPlugin> networkingTypes() {
        List<AgentPlugin> out = new ArrayList<>(networking);
        out.sort(Comparator.comparing(AgentPlugin::name));
        return out;
    }

    /**
     * @return the image deployer types found, in the order of the class path: each an {@link ImagePlugin}; none when
     *         the image deployer SPI is not on the class path
     */
    public List<AgentPlugin> imageDeployers() {
        return List.copyOf(images);
    }

    /** @return the hypervisor backends found, by name */
    public List<HypervisorBackendFactory> hypervisorBackends() {
        List<HypervisorBackendFactory> out = new ArrayList<>();
        for (AgentPlugin p : byName.values()) {
            if (p instanceof HypervisorBackendFactory f) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparing(AgentPlugin::name));
        return out;
    }
}
