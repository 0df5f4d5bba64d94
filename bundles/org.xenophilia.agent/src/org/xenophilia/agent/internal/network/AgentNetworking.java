package org.xenophilia.agent.internal.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.internal.plugin.NetworkingPlugin;
import org.xenophilia.agent.internal.sim.SimulatedNetworking;
import org.xenophilia.domain.Vif;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.xenapi.VmPowerState;

/**
 * Opens the host networking the configuration chooses ({@code networking}): a plug-in found on the class path
 * ({@code linux}), the built-in simulated one, or none. One that cannot run here is logged and the Agent runs as
 * with none, so a host without the tools still serves its domains.
 */
public final class AgentNetworking {

    private static final System.Logger LOG = System.getLogger(AgentNetworking.class.getName());

    private AgentNetworking() {
    }

    /**
     * @param config the settings
     * @param store the node's network definitions
     * @param backend the hypervisor backend (the simulated networking leases to its running domains' vifs)
     * @return the node's networks
     * @throws IOException if the host networking's directory cannot be made
     */
    public static HostNetworks open(AgentConfig config, NetworkStore store, HypervisorBackend backend)
            throws IOException {
        String name = config.networking();
        if (AgentConfig.NO_NETWORKING.equals(name)) {
            return new HostNetworks(store, null, "networking = none: this node has no networks of its own");
        }
        if (AgentConfig.SIMULATED_NETWORKING.equals(name)) {
            Path dir = AtomicFiles.openOwnerOnlyDirectory(config.stateDir().resolve(NetworkingPlugin.DIRECTORY));
            return new HostNetworks(store, SimulatedNetworking.open(dir, bridge -> guests(backend, store, bridge)),
                    null);
        }
        Optional<AgentPlugin> plugin = config.networkingPlugin(name);
        if (plugin.isEmpty()) {
            String why = "the host networking " + name + " is not installed";
            LOG.log(System.Logger.Level.WARNING, why + "; the node's networks are not applied");
            return new HostNetworks(store, null, why);
        }
        try {
            HostNetworking host = ((NetworkingPlugin) plugin.get()).open(config.stateDir(),
                    config.pluginSettings(name));
            LOG.log(System.Logger.Level.INFO, "host networking " + name + ": " + plugin.get().description());
            return new HostNetworks(store, host, null);
        } catch (NetworkException e) {
            String why = "the host networking " + name + " cannot run here: " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, why + "; the node's networks are not applied");
            return new HostNetworks(store, null, why);
        }
    }

    /** @return the MAC addresses of the running and paused domains' vifs on a bridge, by its name or its network's */
    private static List<String> guests(HypervisorBackend backend, NetworkStore store, String bridge) {
        List<String> out = new ArrayList<>();
        try {
            for (DomainSummary s : backend.summaries()) {
                Optional<DomainState> d = backend.domain(s);
                if (d.isEmpty() || (d.get().powerState() != VmPowerState.RUNNING
                        && d.get().powerState() != VmPowerState.PAUSED)) {
                    continue;
                }
                for (Vif v : d.get().definition().getVifs()) {
                    String on = v.getBridge() != null ? v.getBridge() : store.bridgeOf(v.getNetwork()).orElse(null);
                    if (bridge.equals(on) && v.getMac() != null) {
                        out.add(v.getMac().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (BackendException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the domains on " + bridge + ": " + e.getMessage());
        }
        return out;
    }
}
