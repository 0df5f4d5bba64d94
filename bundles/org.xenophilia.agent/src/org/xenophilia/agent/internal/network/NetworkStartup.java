package org.xenophilia.agent.internal.network;

import java.util.List;
import java.util.Optional;

import org.xenophilia.network.definition.Network;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostedNetwork;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.xenapi.XenApiException;

/**
 * What the Agent does with the node's networks when it starts: each defined network compared with the host and
 * repaired where it differs, and what is ours on the host without a definition removed (a network destroyed while the
 * Agent was down, or left by a crash between the host change and the definition's). Logged in words; a network that
 * cannot be repaired is logged and stays defined.
 */
public final class NetworkStartup {

    private static final System.Logger LOG = System.getLogger(NetworkStartup.class.getName());

    private NetworkStartup() {
    }

    /**
     * @param networks the node's networks
     * @return how many networks differed from their definitions (each repaired or logged)
     */
    public static int repair(HostNetworks networks) {
        Optional<HostNetworking> host = networks.host();
        if (host.isEmpty()) {
            return 0;
        }
        int differed = 0;
        for (String name : networks.store().names()) {
            try {
                Optional<Network> n = networks.load(name);
                if (n.isEmpty()) {
                    continue;
                }
                List<Difference> diffs = networks.inspect(n.get());
                if (diffs.isEmpty()) {
                    continue;
                }
                differed++;
                Applied done = networks.repair(n.get());
                LOG.log(System.Logger.Level.WARNING, "network " + name + ": " + join(diffs) + "; repaired: "
                        + String.join(", ", done.changes()));
            } catch (XenApiException e) {
                LOG.log(System.Logger.Level.ERROR, "network " + name + " could not be repaired: " + e.getMessage());
            }
        }
        try {
            for (HostedNetwork h : host.get().ours()) {
                if (networks.store().bridgeOf(h.name()).isEmpty()) {
                    host.get().remove(h.name());
                    LOG.log(System.Logger.Level.WARNING, "network " + h.name()
                            + " was on the host without a definition: removed");
                }
            }
        } catch (NetworkException e) {
            LOG.log(System.Logger.Level.ERROR, "the networks of ours on the host could not be cleared: "
                    + e.getMessage());
        }
        return differed;
    }

    private static String join(List<Difference> diffs) {
        return String.join(", ", diffs.stream().map(Difference::words).toList());
    }
}
