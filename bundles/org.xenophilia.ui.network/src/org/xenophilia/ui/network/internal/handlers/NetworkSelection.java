package org.xenophilia.ui.network.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.handlers.HandlerSelection;
import org.xenophilia.ui.network.internal.LeaseItem;
import org.xenophilia.ui.network.internal.NetworkItem;

/** What the network commands act on: the networks selected (a lease's row stands for its network), and their node. */
final class NetworkSelection {

    /**
     * A selected network with its node.
     *
     * @param node its node
     * @param network it, as the node's model has it now
     */
    record Selected(NodeConnection node, NodeNetworks.Network network) {
        /** @return whether it can be changed from here: one of the node's own networks, and the node connected */
        boolean changeable() {
            return !node.isStale() && network.defined();
        }
    }

    private final List<Object> elements = new ArrayList<>();

    private NetworkSelection(Object selection) {
        elements.addAll(HandlerSelection.elements(selection));
    }

    /** @return the selection of a handler's evaluation context */
    static NetworkSelection of(Object evaluationContext) {
        return new NetworkSelection(HandlerSelection.of(evaluationContext));
    }

    /** @return a selection, as {@code HandlerUtil.getCurrentSelection} gives it */
    static NetworkSelection ofSelection(Object selection) {
        return new NetworkSelection(selection);
    }

    /** @return the first selected network with its current state, if it is still there */
    Optional<Selected> network() {
        for (Object o : elements) {
            NetworkItem item = o instanceof NetworkItem n ? n : o instanceof LeaseItem l ? l.network() : null;
            if (item != null) {
                return item.network().map(n -> new Selected(item.node(), n));
            }
        }
        return Optional.empty();
    }

    /** @return the node of the first selected row (a node, a network or a lease) */
    Optional<NodeConnection> node() {
        for (Object o : elements) {
            if (o instanceof NodeConnection c) {
                return Optional.of(c);
            }
            if (o instanceof NetworkItem n) {
                return Optional.of(n.node());
            }
            if (o instanceof LeaseItem l) {
                return Optional.of(l.network().node());
            }
        }
        return Optional.empty();
    }
}
