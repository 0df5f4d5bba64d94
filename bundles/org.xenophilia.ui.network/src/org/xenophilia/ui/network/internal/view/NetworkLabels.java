package org.xenophilia.ui.network.internal.view;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.network.Lease;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.nodes.DomainText;
import org.xenophilia.ui.internal.views.node.ViewImages;
import org.xenophilia.ui.network.internal.LeaseItem;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.NetworkItem;
import org.xenophilia.ui.network.internal.NetworkText;

/**
 * What one column of the Networks view shows for each row, from the view's {@link NetworksSnapshot}: texts, icons,
 * greyed rows (a node that is not connected: the last known state; a bridge the node does not manage) and the tooltip
 * that says why.
 */
final class NetworkLabels extends ColumnLabelProvider {

    private final NetworkColumn column;
    private final NetworksSnapshot snapshot;
    private final ViewImages images;

    NetworkLabels(NetworkColumn column, NetworksSnapshot snapshot, ViewImages images) {
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
    static String text(Object element, NetworkColumn column, NetworksSnapshot snapshot) {
        if (element instanceof NodeConnection c) {
            return column == NetworkColumn.NAME ? c.node().label() + " [" + DomainText.connection(c.state()) + "]"
                    : "";
        }
        if (element instanceof NetworkItem item) {
            NodeNetworks.Network n = snapshot.network(item);
            return n == null ? "" : networkText(n, column);
        }
        if (element instanceof LeaseItem item) {
            Lease l = snapshot.lease(item);
            return l == null || column != NetworkColumn.NAME ? "" : leaseText(item.network().node(), l);
        }
        return "";
    }

    /** @return every column's text of a network's row, for the filter */
    static String rowText(NodeNetworks.Network n) {
        StringBuilder b = new StringBuilder();
        for (NetworkColumn c : NetworkColumn.values()) {
            b.append(networkText(n, c)).append('\n');
        }
        return b.toString();
    }

    private static String networkText(NodeNetworks.Network n, NetworkColumn column) {
        return switch (column) {
            case NAME -> n.defined() ? n.name() : NLS.bind(Messages.NetworksView_unmanaged, n.name());
            case KIND -> NetworkText.kind(n);
            case BRIDGE -> n.info().bridge();
            case UPLINK -> n.vlan().isEmpty() ? n.uplink() : NLS.bind(Messages.NetworksView_vlan, n.uplink(), n
                    .vlan());
            case SUBNET -> join(n.subnet(), n.ipv6Prefix());
            case DHCP -> NetworkText.range(n.dhcpRange());
            case FORWARDS -> String.join(", ", n.forwards().stream().map(NetworkText::forward).toList());
            case DOMAINS -> NetworkText.attachments(n.attachments());
        };
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    /** "00:16:3e:4a:10:01 → 192.168.100.10 → web01": the domain with that MAC, else the name the guest gave. */
    static String leaseText(NodeConnection node, Lease l) {
        String domain = node.model().byRef(l.vm()).filter(VmInfo.class::isInstance).map(o -> ((VmInfo) o).name())
                .orElse(l.hostname().isEmpty() ? Messages.NetworksView_unknownGuest : l.hostname());
        return NLS.bind(Messages.NetworksView_lease, new Object[] {l.mac(), l.address(), domain});
    }

    @Override
    public String getText(Object element) {
        return text(element, column, snapshot);
    }

    @Override
    public Image getImage(Object element) {
        if (column != NetworkColumn.NAME) {
            return null;
        }
        if (element instanceof NodeConnection) {
            return images.node();
        }
        if (element instanceof NetworkItem) {
            return images.own("network16.png");
        }
        return element instanceof LeaseItem ? images.own("lease16.png") : null;
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
        NodeConnection node = element instanceof NetworkItem n ? n.node()
                : element instanceof LeaseItem l ? l.network().node() : null;
        if (node == null) {
            return null;
        }
        if (node.isStale()) {
            return NLS.bind(Messages.NetworksView_lastKnown, node.node().name(), DomainText.connection(node.state()));
        }
        NodeNetworks.Network n = element instanceof NetworkItem item ? snapshot.network(item) : null;
        return n != null && !n.defined() ? Messages.NetworksView_unmanagedTip : null;
    }
}
