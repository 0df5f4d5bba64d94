package org.xenophilia.ui.storage.internal;

import java.util.Objects;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.SrInfo;
import org.xenophilia.core.storage.NodeStorage;

/**
 * A storage repository as the Storage view lists and selects it: its node and UUID, which stay the same while its
 * record changes (so the tree keeps selection and expansion). Its current state is read from the node's model.
 *
 * @param node the node
 * @param srUuid the SR's UUID
 */
public record RepositoryItem(NodeConnection node, String srUuid) {

    /** Checks the fields. */
    public RepositoryItem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(srUuid, "srUuid");
    }

    /** @return its SR's current record, or empty once it is gone */
    public Optional<SrInfo> sr() {
        return node.model().sr(srUuid);
    }

    /** @return the repository with its attachment and volumes now, or empty once it is gone */
    public Optional<NodeStorage.Repository> repository() {
        return NodeStorage.of(node.model()).repository(srUuid);
    }
}
