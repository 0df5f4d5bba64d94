package org.xenophilia.ui.internal.nodes;

import java.util.Objects;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;

/**
 * A domain as the Nodes view lists it: its node and UUID, which stay the same while the domain's record changes,
 * so the tree keeps selection and expansion across updates. The current record is read from the node's model.
 *
 * @param node the node the domain lives on
 * @param uuid the domain's UUID
 */
public record DomainItem(NodeConnection node, String uuid) {

    /** Checks the fields. */
    public DomainItem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(uuid, "uuid");
    }

    /** @return the domain's current record, or empty once it is gone from the node */
    public Optional<VmInfo> vm() {
        return node.model().vm(uuid);
    }
}
