package org.xenophilia.agent.internal.api;

import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.NetworkResolver;
import org.xenophilia.agent.internal.network.NetworkStore;
import org.xenophilia.domain.Vif;
import org.xenophilia.xenapi.Ref;

/**
 * The links between domains' vifs and networks, in both directions: the bridge a vif naming a network is given (the
 * backends' {@link NetworkResolver}), and which {@code network} object a vif is on. A vif is on one of the node's
 * networks when it names it ({@code network="lab"}) or its bridge ({@code bridge="xnlab"}); a vif naming another
 * bridge is on the view of that bridge ({@link NetworkApi}), one naming neither on xl's default {@code xenbr0}.
 */
public final class NetworkLinks implements NetworkResolver {

    /** xl's bridge for a vif that names none. */
    static final String DEFAULT_BRIDGE = "xenbr0";
    /** What a network's name is prefixed with among bridges, in the indexes of vifs: no bridge name starts so. */
    static final String BY_NAME = "@";

    /** The node's networks, or {@code null} when it has none of its own. */
    private final NetworkStore store;

    /**
     * @param store the node's networks, or {@code null} when it has none of its own
     */
    public NetworkLinks(NetworkStore store) {
        this.store = store;
    }

    @Override
    public String bridge(String domain, int index, String network) throws BackendException {
        Optional<String> bridge = store == null ? Optional.empty() : store.bridgeOf(network);
        if (bridge.isEmpty()) {
            throw BackendException.network("vif " + index + " names network " + network + ", which does not exist",
                    "VM_REQUIRES_NETWORK", domain, network, Integer.toString(index));
        }
        return bridge.get();
    }

    /**
     * @param v a vif
     * @return what the indexes of vifs file it under: its bridge, or {@value #BY_NAME} and the network it names
     */
    static String key(Vif v) {
        if (v.getBridge() != null) {
            return v.getBridge();
        }
        return v.getNetwork() == null ? DEFAULT_BRIDGE : BY_NAME + v.getNetwork();
    }

    /**
     * @param bridge a bridge
     * @return the node's network whose bridge it is
     */
    Optional<String> networkOfBridge(String bridge) {
        return store == null ? Optional.empty() : store.networkOfBridge(bridge);
    }

    /**
     * @param name a network's name
     * @return its bridge, if the node has a network of that name
     */
    Optional<String> bridgeOf(String name) {
        return store == null ? Optional.empty() : store.bridgeOf(name);
    }

    /** @return the uuid of the node's network of that name */
    static String ownUuid(HostObjects host, String name) {
        return host.identity().derivedUuid("network/" + BY_NAME + name);
    }

    /** @return the uuid of the view of a bridge */
    static String viewUuid(HostObjects host, String bridge) {
        return host.identity().derivedUuid("network/" + bridge);
    }

    /**
     * @param host the host objects
     * @param v a vif
     * @return the network it is on; {@code OpaqueRef:NULL} for one naming a network that does not exist
     */
    Ref networkRef(HostObjects host, Vif v) {
        String key = key(v);
        Optional<String> own = key.startsWith(BY_NAME) ? Optional.of(key.substring(1)).filter(
                n -> bridgeOf(n).isPresent()) : networkOfBridge(key);
        if (own.isPresent()) {
            return host.networkRefs().ref(ownUuid(host, own.get()));
        }
        return key.startsWith(BY_NAME) ? Ref.NULL : host.networkRefs().ref(viewUuid(host, key));
    }

    /**
     * @param host the host objects
     * @param refOrName a network's reference, or the name of one of the node's networks
     * @return the name of the node's own network it is, if it is one
     */
    Optional<String> ownNetwork(HostObjects host, String refOrName) {
        if (store == null) {
            return Optional.empty();
        }
        if (store.names().contains(refOrName)) {
            return Optional.of(refOrName);
        }
        Optional<String> uuid = host.networkRefs().uuid(Ref.of(refOrName));
        return uuid.flatMap(u -> store.names().stream().filter(n -> ownUuid(host, n).equals(u)).findFirst());
    }
}
