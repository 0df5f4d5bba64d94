package org.xenophilia.agent.internal.plugin;

import java.util.Map;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.network.host.HostNetworkingType;
import org.xenophilia.network.host.NetworkHostApi;

/**
 * The host networking types on the class path ({@link TypePlugins} over {@link HostNetworkingType}): one whose
 * settings cannot be read, or that was built for a host networking API this Agent does not run
 * ({@link NetworkHostApi#runs}), is skipped. Without the SPI's jar on the class path (tools that embed an Agent)
 * {@link #load} is never called; {@link #available} says which, and only {@link #load} names the SPI's classes.
 */
final class NetworkingPlugins {

    private static final String SPI = "org.xenophilia.network.host.HostNetworkingType";

    private NetworkingPlugins() {
    }

    /**
     * @param loader the class loader plug-ins are looked for with
     * @return whether the host networking SPI is on its class path
     */
    static boolean available(ClassLoader loader) {
        return TypePlugins.available(SPI, loader);
    }

    /**
     * @param loader where to look for {@code META-INF/services} files and the classes they name
     * @return the types found that this Agent runs, as plug-ins ({@link NetworkingPlugin}), each with the name of the
     *         class that implements it
     */
    static Map<AgentPlugin, String> load(ClassLoader loader) {
        return TypePlugins.load(new TypePlugins.Kind<>(HostNetworkingType.class, "host networking",
                "host networking API", type -> {
                    String built = type.apiVersion();
                    type.settings();
                    return built;
                }, NetworkHostApi::runs, NetworkHostApi.VERSION, NetworkingPlugin::new), loader);
    }
}
