package org.xenophilia.ui.network.internal;

import java.util.Objects;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.network.NodeNetworks;

/**
 * A network as the Networks view lists and selects it: its node and UUID, which stay the same while its record
 * changes (so the tree keeps selection and expansion). Its current state is read from the node's model.
 *
 * @param node the node
 * @param uuid the network's UUID
 */
public record NetworkItem(NodeConnection node, String uuid) {

    /** Checks the fields. */
    public NetworkItem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(uuid, "uuid");
    }

    /** @return the network with its attachments now, or empty once it is gone */
    public Optional<NodeNetworks.Network> network() {
        return NodeNetworks.of(node.model()).network(uuid);
    }
}
