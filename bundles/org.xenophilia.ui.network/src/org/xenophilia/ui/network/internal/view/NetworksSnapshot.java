package org.xenophilia.ui.network.internal.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.network.Lease;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.views.node.NodeRows;
import org.xenophilia.ui.network.internal.LeaseItem;
import org.xenophilia.ui.network.internal.NetworkItem;

/**
 * What the Networks view shows, as of its last refresh: the nodes, each one's {@link NodeNetworks}, the networks that
 * pass the filter, and the leases last read of each network, so that the virtual tree answers any row it asks for by
 * index, and a cell finds its data by its item, in constant time. A node's part is made again only when that node
 * changed; its leases are kept until they are read again.
 */
final class NetworksSnapshot implements NodeRows {

    private List<NodeConnection> nodes = List.of();
    private final Map<NodeConnection, NodeNetworks> networks = new HashMap<>();
    private final Map<NodeConnection, NetworkItem[]> shown = new HashMap<>();
    private final Map<NetworkItem, NodeNetworks.Network> networkOf = new HashMap<>();
    private final Map<NetworkItem, LeaseItem[]> leaseItems = new HashMap<>();
    private final Map<LeaseItem, Lease> leaseOf = new HashMap<>();
    private String filter = "";

    /**
     * Takes the current nodes, and reads again the networks of those that changed (and of new ones).
     *
     * @param now the nodes, in order
     * @param changed the nodes whose networks changed since the last update
     */
    void update(List<NodeConnection> now, Iterable<NodeConnection> changed) {
        for (NodeConnection gone : nodes) {
            if (!now.contains(gone)) {
                networks.remove(gone);
                shown.remove(gone);
            }
        }
        nodes = List.copyOf(now);
        for (NodeConnection c : changed) {
            if (now.contains(c)) {
                networks.put(c, NodeNetworks.of(c.model()));
            }
        }
        for (NodeConnection c : now) {
            networks.computeIfAbsent(c, n -> NodeNetworks.of(n.model()));
        }
        refilter();
    }

    /** @param text what a network's row must contain to be shown (any column, any case); empty for every one */
    void filter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
        refilter();
    }

    private void refilter() {
        shown.clear();
        networkOf.clear();
        for (NodeConnection c : nodes) {
            List<NetworkItem> items = new ArrayList<>();
            for (NodeNetworks.Network n : networks.get(c).networks()) {
                NetworkItem item = new NetworkItem(c, n.info().uuid());
                networkOf.put(item, n);
                if (filter.isEmpty() || NetworkLabels.rowText(n).toLowerCase(Locale.ROOT).contains(filter)) {
                    items.add(item);
                }
            }
            shown.put(c, items.toArray(NetworkItem[]::new));
        }
        // the leases of a network that is gone go with it; those of one filtered out stay for when it is shown
        leaseItems.keySet().retainAll(networkOf.keySet());
        leaseOf.keySet().removeIf(l -> !networkOf.containsKey(l.network()));
    }

    /**
     * @param item a network's row
     * @param leases its leases as just read
     */
    void leases(NetworkItem item, List<Lease> leases) {
        LeaseItem[] old = leaseItems.remove(item);
        if (old != null) {
            for (LeaseItem l : old) {
                leaseOf.remove(l);
            }
        }
        if (!networkOf.containsKey(item)) {
            return;
        }
        LeaseItem[] rows = new LeaseItem[leases.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new LeaseItem(item, leases.get(i).mac());
            leaseOf.put(rows[i], leases.get(i));
        }
        leaseItems.put(item, rows);
    }

    /** @return the nodes */
    List<NodeConnection> nodes() {
        return nodes;
    }

    /**
     * @param parent the tree's input (any object that is not a row), a node or a network
     * @return its rows
     */
    @Override
    public Object[] children(Object parent) {
        if (parent instanceof NodeConnection c) {
            NetworkItem[] n = shown.get(c);
            return n == null ? new Object[0] : n;
        }
        if (parent instanceof NetworkItem n) {
            LeaseItem[] l = leaseItems.get(n);
            return l == null ? new Object[0] : l;
        }
        if (parent instanceof LeaseItem) {
            return new Object[0];
        }
        return nodes.toArray();
    }

    /**
     * @param row a row's element
     * @return its parent's element (null for a node)
     */
    @Override
    public Object parent(Object row) {
        if (row instanceof NetworkItem n) {
            return n.node();
        }
        if (row instanceof LeaseItem l) {
            return l.network();
        }
        return null;
    }

    /**
     * @param item a network's row
     * @return what it shows, if listed
     */
    NodeNetworks.Network network(NetworkItem item) {
        return networkOf.get(item);
    }

    /**
     * @param item a lease's row
     * @return what it shows, if listed
     */
    Lease lease(LeaseItem item) {
        return leaseOf.get(item);
    }

    /**
     * @param c a node
     * @return its networks as last read
     */
    NodeNetworks networks(NodeConnection c) {
        return networks.getOrDefault(c, NodeNetworks.empty());
    }
}
