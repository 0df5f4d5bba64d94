package org.xenophilia.agent.internal.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostNetworkingContext;
import org.xenophilia.network.host.HostNetworkingType;
import org.xenophilia.network.host.HostSetting;
import org.xenophilia.network.host.NetworkException;

/**
 * A host networking type as the Agent's other plug-ins are seen: its name in the one namespace of plug-ins (the
 * {@code networking} key names it) and its settings' keys, so that {@code AgentConfig} checks {@code linux.nft} as it
 * checks {@code xl.path}. The host networking SPI does not depend on the Agent, so the type declares in its own terms.
 */
public final class NetworkingPlugin extends TypePlugin {

    /** The subdirectory of the state directory the host networking keeps its files in. */
    public static final String DIRECTORY = "network";

    private final HostNetworkingType type;

    NetworkingPlugin(HostNetworkingType type) {
        super(type::name, type::description, () -> type.settings().stream().map(HostSetting::key).toList());
        this.type = type;
    }

    @Override
    public void checkSetting(String key, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
    }

    /**
     * Opens the host networking with its settings, completed with the defaults, in its own state directory.
     *
     * @param stateDir the Agent's state directory; the host networking's is {@code network/} in it, made here
     * @param settings the settings set in {@code agent.conf} for this plug-in, by key without the namespace
     * @return the host's networking (given only plans its API version knows, {@link OlderHostNetworking})
     * @throws NetworkException {@code UNAVAILABLE} if it cannot run here
     * @throws IOException if its directory cannot be made
     */
    public HostNetworking open(Path stateDir, Map<String, String> settings) throws NetworkException, IOException {
        Path own = AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY));
        Map<String, String> all = new TreeMap<>();
        for (HostSetting s : type.settings()) {
            all.put(s.key(), s.defaultValue());
        }
        all.putAll(settings);
        return OlderHostNetworking.of(type.open(new HostNetworkingContext(own, all, List.of())), type.apiVersion());
    }
}
