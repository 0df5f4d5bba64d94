package org.xenophilia.agent.backend;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;

/**
 * Turns a vif that names a network of the node ({@code <vif network="lab"/>}, no {@code bridge}) into the bridge the
 * toolstack is given. The definition keeps the name; a backend resolves it each time it gives the domain its vifs (a
 * start, a reboot it builds afresh, every xl.cfg it writes), so the vif joins the network's bridge as the network is
 * then.
 * <p>
 * The Agent gives every hypervisor backend one ({@link PluginContext#networks()}), backed by its network definitions.
 * A vif naming a network that does not exist refuses what the backend was about to do, with nothing started.
 */
@FunctionalInterface
public interface NetworkResolver {

    /** Resolves nothing: the node has no networks of its own. */
    NetworkResolver NONE = (domain, index, network) -> {
        throw BackendException.network("vif " + index + " names network " + network
                + ", and this node has no networks of its own", "VM_REQUIRES_NETWORK", domain, network,
                Integer.toString(index));
    };

    /**
     * @param domain the uuid of the domain whose vif it is
     * @param index the vif's place among the domain's vifs
     * @param network the network the vif names
     * @return the network's bridge
     * @throws BackendException {@link BackendException.Kind#NETWORK}: {@code VM_REQUIRES_NETWORK [vm, network, vif
     *             index]} when the node has no network of that name
     */
    String bridge(String domain, int index, String network) throws BackendException;

    /**
     * @param def a definition
     * @return a copy of it in which every vif that {@linkplain #namesNetwork names a network} has the network's
     *         bridge; {@code def} itself if none does
     * @throws BackendException for the first vif whose network does not exist
     */
    default Domain resolveAll(Domain def) throws BackendException {
        if (def.getVifs().stream().noneMatch(NetworkResolver::namesNetwork)) {
            return def;
        }
        Domain out = EcoreUtil.copy(def);
        for (int i = 0; i < out.getVifs().size(); i++) {
            Vif v = out.getVifs().get(i);
            if (namesNetwork(v)) {
                v.setBridge(bridge(def.getUuid(), i, v.getNetwork()));
            }
        }
        return out;
    }

    /**
     * @param vif a vif
     * @return whether it joins a network by its name: {@code network} set and no {@code bridge} (a bridge set names
     *         the bridge itself)
     */
    static boolean namesNetwork(Vif vif) {
        return vif.getNetwork() != null && vif.getBridge() == null;
    }
}
