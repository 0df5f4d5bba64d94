package org.xenophilia.ui.storage.internal;

import java.util.Objects;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.storage.NodeStorage;

/**
 * A volume as the Storage view lists and selects it: its node and UUID. Its current state is read from the node's
 * model.
 *
 * @param node the node
 * @param vdiUuid the VDI's UUID
 */
public record VolumeItem(NodeConnection node, String vdiUuid) {

    /** Checks the fields. */
    public VolumeItem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(vdiUuid, "vdiUuid");
    }

    /** @return its VDI's current record, or empty once it is gone */
    public Optional<VdiInfo> vdi() {
        return node.model().vdi(vdiUuid);
    }

    /** @return the volume with its repository and the domains that use it now, or empty once it is gone */
    public Optional<NodeStorage.Volume> volume() {
        return NodeStorage.of(node.model()).volume(vdiUuid);
    }
}
