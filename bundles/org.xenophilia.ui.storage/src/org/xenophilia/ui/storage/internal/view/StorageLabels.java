package org.xenophilia.ui.storage.internal.view;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.nodes.DomainText;
import org.xenophilia.ui.internal.views.node.ViewImages;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.StorageText;
import org.xenophilia.ui.storage.internal.VolumeItem;
import org.xenophilia.ui.storage.internal.registry.BackendTypeDescriptor;
import org.xenophilia.ui.storage.internal.registry.BackendTypeRegistry;

/**
 * What one column of the Storage view shows for each row, from the view's {@link StorageSnapshot}: texts, icons,
 * greyed rows (a node that is not connected: the last known state; an unplugged or detached repository and its
 * volumes) and the tooltip that says why.
 */
final class StorageLabels extends ColumnLabelProvider {

    private final StorageColumn column;
    private final StorageSnapshot snapshot;
    private final ViewImages images;

    StorageLabels(StorageColumn column, StorageSnapshot snapshot, ViewImages images) {
        this.column = column;
        this.snapshot = snapshot;
        this.images = images;
    }

    /**
     * @param element a row's element
     * @param column a column
     * @param snapshot what the view shows
     * @return the cell's text
     */
    static String text(Object element, StorageColumn column, StorageSnapshot snapshot) {
        if (element instanceof NodeConnection c) {
            return column == StorageColumn.NAME ? c.node().label() + " [" + DomainText.connection(c.state()) + "]"
                    : "";
        }
        if (element instanceof RepositoryItem item) {
            NodeStorage.Repository r = snapshot.repository(item);
            return r == null ? "" : repositoryText(r, column);
        }
        if (element instanceof VolumeItem item) {
            NodeStorage.Volume v = snapshot.volume(item);
            return v == null ? "" : volumeText(v, column);
        }
        return "";
    }

    private static String repositoryText(NodeStorage.Repository r, StorageColumn column) {
        return switch (column) {
            case NAME -> !r.registered() ? NLS.bind(Messages.StorageView_detached, r.sr().name())
                    : r.attached() ? r.sr().name() : NLS.bind(Messages.StorageView_unplugged, r.sr().name());
            case SIZE -> r.sr().physicalSize() > 0 ? StorageText.size(r.sr().physicalSize()) : "";
            case ALLOCATION -> "";
            case FORMAT -> r.sr().type();
            case USED_BY -> "";
            case CAPACITY -> StorageText.capacity(r);
        };
    }

    private static String volumeText(NodeStorage.Volume v, StorageColumn column) {
        return switch (column) {
            case NAME -> v.vdi().snapshot() ? NLS.bind(Messages.StorageView_snapshot, v.vdi().name()) : v.vdi().name();
            case SIZE -> StorageText.size(v.vdi().virtualSize());
            case ALLOCATION -> StorageText.size(v.vdi().physicalUtilisation());
            case FORMAT -> v.vdi().format();
            case USED_BY -> StorageText.uses(v.uses());
            case CAPACITY -> "";
        };
    }

    @Override
    public String getText(Object element) {
        return text(element, column, snapshot);
    }

    @Override
    public Image getImage(Object element) {
        if (column != StorageColumn.NAME) {
            return null;
        }
        if (element instanceof NodeConnection) {
            return images.node();
        }
        if (element instanceof RepositoryItem item) {
            NodeStorage.Repository r = snapshot.repository(item);
            return r == null ? null : repositoryImage(r.sr().type());
        }
        if (element instanceof VolumeItem item) {
            NodeStorage.Volume v = snapshot.volume(item);
            return v != null && v.vdi().snapshot() ? images.own("snapshot16.png") : images.own("volume16.png");
        }
        return null;
    }

    /** A repository's icon: its type's contributed one, else the bundle's. */
    private Image repositoryImage(String type) {
        ImageDescriptor contributed = BackendTypeRegistry.get().descriptor(type).filter(d -> !d.broken())
                .flatMap(BackendTypeDescriptor::icon).orElse(null);
        return contributed != null ? images.image("type:" + type, contributed) : images.own("repository16.png");
    }

    @Override
    public Color getForeground(Object element) {
        return greyed(element) == null ? null
                : Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
    }

    @Override
    public String getToolTipText(Object element) {
        return greyed(element);
    }

    /** Why a row shows no current, usable state, or null when it does. */
    private String greyed(Object element) {
        NodeConnection node = element instanceof NodeConnection c ? c
                : element instanceof RepositoryItem r ? r.node() : element instanceof VolumeItem v ? v.node() : null;
        if (node == null) {
            return null;
        }
        if (node.isStale() && !(element instanceof NodeConnection)) {
            return NLS.bind(Messages.StorageView_lastKnown, node.node().name(), DomainText.connection(node.state()));
        }
        if (element instanceof RepositoryItem item) {
            NodeStorage.Repository r = snapshot.repository(item);
            if (r != null && !r.registered()) {
                return Messages.StorageView_detachedTip;
            }
            if (r != null && !r.attached()) {
                return Messages.StorageView_unpluggedTip;
            }
        }
        return null;
    }
}
