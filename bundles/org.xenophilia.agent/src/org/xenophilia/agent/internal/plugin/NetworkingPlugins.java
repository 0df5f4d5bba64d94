package org.xenophilia.agent.internal.plugin;

import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.network.host.HostNetworkingType;
import org.xenophilia.network.host.NetworkHostApi;

/**
 * Finds the host networking types on the class path ({@link ServiceLoader} over {@link HostNetworkingType}), and
 * skips, logging why, one that cannot be loaded or created, or that was built for a host networking API this Agent
 * does not run ({@link NetworkHostApi#runs}). Without the SPI's jar on the class path (tools that embed an Agent)
 * this class is never loaded; {@link #available} says which.
 */
final class NetworkingPlugins {

    private static final System.Logger LOG = System.getLogger(NetworkingPlugins.class.getName());
    private static final String SPI = "org.xenophilia.network.host.HostNetworkingType";

    private NetworkingPlugins() {
    }

    /**
     * @param loader the class loader plug-ins are looked for with
     * @return whether the host networking SPI is on its class path
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
     * @return the types found that this Agent runs, as plug-ins, each with the name of the class that implements it
     */
    static Map<AgentPlugin, String> load(ClassLoader loader) {
        Map<AgentPlugin, String> out = new LinkedHashMap<>();
        Iterator<HostNetworkingType> it = ServiceLoader.load(HostNetworkingType.class, loader).iterator();
        while (true) {
            HostNetworkingType type;
            try {
                if (!it.hasNext()) {
                    break;
                }
                type = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.WARNING, "skipping a host networking plug-in: " + e.getMessage());
                continue;
            }
            String built;
            try {
                built = type.apiVersion();
                type.settings();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "skipping host networking plug-in " + type.getClass().getName()
                        + ": " + e);
                continue;
            }
            if (!NetworkHostApi.runs(built)) {
                LOG.log(System.Logger.Level.WARNING, "skipping host networking plug-in " + type.getClass().getName()
                        + ": it was built for host networking API " + built + ", this Agent runs "
                        + NetworkHostApi.VERSION);
                continue;
            }
            out.put(new NetworkingPlugin(type), type.getClass().getName());
        }
        return out;
    }
}
