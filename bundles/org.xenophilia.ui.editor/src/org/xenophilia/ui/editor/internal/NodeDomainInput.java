package org.xenophilia.ui.editor.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A domain's definition on a node, named by the node's registry id and the domain's UUID (references die with a
 * node's restart, UUIDs do not). Equal inputs are the same domain, so opening it twice focuses the open editor.
 *
 * @param nodeId the node's registry id
 * @param uuid the domain's UUID
 * @param name the domain's name when the editor was opened, for the tab
 * @param nodeName the node's name, for the tooltip
 */
public record NodeDomainInput(String nodeId, String uuid, String name, String nodeName) implements IEditorInput {

    /** Checks the fields. */
    public NodeDomainInput {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(uuid, "uuid");
        name = name == null || name.isBlank() ? uuid : name;
        nodeName = nodeName == null ? nodeId : nodeName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeDomainInput other && nodeId.equals(other.nodeId) && uuid.equals(other.uuid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodeId, uuid);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.NodeDomainInput_toolTip, name, nodeName);
    }
}
