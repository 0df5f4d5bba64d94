package org.xenophilia.ui.storage.internal.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.views.node.NodeRows;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.VolumeItem;

/**
 * What the Storage view shows, as of its last refresh: the nodes, each one's {@link NodeStorage}, and the items of
 * every row by parent, so that the virtual tree answers any row it asks for by index, and a cell finds its data by
 * its item, in constant time. A node's part is made again only when that node changed.
 */
final class StorageSnapshot implements NodeRows {

    private List<NodeConnection> nodes = List.of();
    private final Map<NodeConnection, NodeStorage> storage = new HashMap<>();
    private final Map<NodeConnection, RepositoryItem[]> repositories = new HashMap<>();
    private final Map<RepositoryItem, VolumeItem[]> volumes = new HashMap<>();
    private final Map<RepositoryItem, NodeStorage.Repository> repositoryOf = new HashMap<>();
    private final Map<VolumeItem, NodeStorage.Volume> volumeOf = new HashMap<>();

    /**
     * Takes the current nodes, and reads again the storage of those that changed (and of new ones).
     *
     * @param now the nodes, in order
     * @param changed the nodes whose storage changed since the last update
     */
    void update(List<NodeConnection> now, Iterable<NodeConnection> changed) {
        for (NodeConnection gone : nodes) {
            if (!now.contains(gone)) {
                forget(gone);
            }
        }
        nodes = List.copyOf(now);
        for (NodeConnection c : changed) {
            if (now.contains(c)) {
                read(c);
            }
        }
        for (NodeConnection c : now) {
            if (!storage.containsKey(c)) {
                read(c);
            }
        }
    }

    private void forget(NodeConnection c) {
        RepositoryItem[] old = repositories.remove(c);
        if (old != null) {
            for (RepositoryItem r : old) {
                repositoryOf.remove(r);
                VolumeItem[] vs = volumes.remove(r);
                if (vs != null) {
                    for (VolumeItem v : vs) {
                        volumeOf.remove(v);
                    }
                }
            }
        }
        storage.remove(c);
    }

    private void read(NodeConnection c) {
        forget(c);
        NodeStorage s = NodeStorage.of(c.model());
        storage.put(c, s);
        List<RepositoryItem> items = new ArrayList<>();
        for (NodeStorage.Repository r : s.repositories()) {
            RepositoryItem item = new RepositoryItem(c, r.sr().uuid());
            items.add(item);
            repositoryOf.put(item, r);
            VolumeItem[] vs = new VolumeItem[r.volumes().size()];
            for (int i = 0; i < vs.length; i++) {
                NodeStorage.Volume v = r.volumes().get(i);
                vs[i] = new VolumeItem(c, v.vdi().uuid());
                volumeOf.put(vs[i], v);
            }
            volumes.put(item, vs);
        }
        repositories.put(c, items.toArray(RepositoryItem[]::new));
    }

    /** @return the nodes */
    List<NodeConnection> nodes() {
        return nodes;
    }

    /**
     * @param parent the tree's input (any object that is not a row), a node or a repository
     * @return its rows
     */
    @Override
    public Object[] children(Object parent) {
        if (parent instanceof NodeConnection c) {
            RepositoryItem[] r = repositories.get(c);
            return r == null ? new Object[0] : r;
        }
        if (parent instanceof RepositoryItem r) {
            VolumeItem[] v = volumes.get(r);
            return v == null ? new Object[0] : v;
        }
        if (parent instanceof VolumeItem) {
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
        if (row instanceof RepositoryItem r) {
            return r.node();
        }
        if (row instanceof VolumeItem v) {
            NodeStorage.Volume volume = volumeOf.get(v);
            return volume == null ? null : new RepositoryItem(v.node(), volume.srUuid());
        }
        return null;
    }

    /**
     * @param item a repository's row
     * @return what it shows, if listed
     */
    NodeStorage.Repository repository(RepositoryItem item) {
        return repositoryOf.get(item);
    }

    /**
     * @param item a volume's row
     * @return what it shows, if listed
     */
    NodeStorage.Volume volume(VolumeItem item) {
        return volumeOf.get(item);
    }

    /**
     * @param c a node
     * @return its storage as listed
     */
    NodeStorage storage(NodeConnection c) {
        return storage.getOrDefault(c, NodeStorage.empty());
    }
}
