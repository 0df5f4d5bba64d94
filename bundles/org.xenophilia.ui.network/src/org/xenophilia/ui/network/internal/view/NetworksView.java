package org.xenophilia.ui.network.internal.view;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.xenophilia.core.NetworkInfo;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.PifInfo;
import org.xenophilia.core.VifInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.network.Lease;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.handlers.EnablementUpdates;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.properties.LivePropertySheet;
import org.xenophilia.ui.internal.views.node.EmptyHint;
import org.xenophilia.ui.internal.views.node.LazyNodeRows;
import org.xenophilia.ui.internal.views.node.NodeModelFollower;
import org.xenophilia.ui.internal.views.node.ViewImages;
import org.xenophilia.ui.network.internal.LeaseItem;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.NetworkItem;
import org.xenophilia.ui.network.internal.NetworkUi;

/**
 * The Networks view: every node and its networks (kind, bridge, uplink, subnet, DHCP range, forwards and the domains
 * whose vifs are on each), with each DHCP network's current leases under it (MAC → address → domain), kept live by the
 * nodes' event loops; the leases, which no record holds, are read again in the background whenever the node changes
 * ({@link LeaseReader}). The filter box above keeps the networks whose row contains its text. A node that is not
 * connected shows its last known networks greyed; so does a bridge the node does not manage (the Agent's view of a
 * bridge that domains' vifs name).
 * <p>
 * The tree is {@link SWT#VIRTUAL} with a lazy content provider over a {@link NetworksSnapshot}, as the Storage view's:
 * a refresh reads again only the nodes that changed; the tree asks for the rows it shows.
 */
public final class NetworksView extends ViewPart {

    /** The view's identifier, as registered in plugin.xml. */
    public static final String ID = NetworkUi.VIEW_ID;

    private TreeViewer viewer;
    private Text filter;
    private EmptyHint emptyHint;
    private LeaseReader leases;
    private final NetworksSnapshot snapshot = new NetworksSnapshot();
    private final ViewImages images = new ViewImages(NetworkUi.PLUGIN_ID);
    private final NodeModelFollower follower = new NodeModelFollower(
            ch -> ch.object() instanceof NetworkInfo || ch.object() instanceof PifInfo
                    || ch.object() instanceof VifInfo || ch.object() instanceof VmInfo,
            this::refresh);
    private final LivePropertySheet properties = new LivePropertySheet();
    /** Nodes and networks opened once: a row the user closed is not opened again. */
    private final Set<Object> opened = new HashSet<>();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.NetworksView_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        emptyHint = new EmptyHint(parent, Messages.NetworksView_empty);

        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        for (NetworkColumn column : NetworkColumn.values()) {
            TreeViewerColumn vc = new TreeViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(column.title());
            vc.getColumn().setWidth(column.width());
            vc.getColumn().setMoveable(column != NetworkColumn.NAME);
            vc.setLabelProvider(new NetworkLabels(column, snapshot, images));
        }
        viewer.setUseHashlookup(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new LazyNodeRows(viewer, snapshot));
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first != null && !(first instanceof LeaseItem)) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });
        filter.addModifyListener(e -> {
            snapshot.filter(filter.getText());
            redraw();
        });

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        tree.setMenu(menu.createContextMenu(tree));
        getSite().registerContextMenu(menu, viewer);

        leases = new LeaseReader(tree, this::leasesRead);
        viewer.setInput(NodeService.get());
        follower.start(tree, NodeService.get());
    }

    /** Brings the tree up to date (display thread): the nodes now, and the networks of those that changed. */
    private void refresh(List<NodeConnection> nodes, Set<NodeConnection> changed) {
        snapshot.update(nodes, changed);
        for (NodeConnection c : changed) {
            if (!c.isStale()) {
                for (NodeNetworks.Network n : snapshot.networks(c).networks()) {
                    if (n.hasDhcp()) {
                        leases.read(new NetworkItem(c, n.info().uuid()), n.name());
                    }
                }
            }
        }
        redraw();
        emptyHint.show(nodes.isEmpty());
        EnablementUpdates.request();
    }

    private void leasesRead(NetworkItem item, List<Lease> read) {
        snapshot.leases(item, read);
        redraw();
    }

    private void redraw() {
        Tree tree = viewer.getTree();
        tree.setRedraw(false);
        try {
            viewer.refresh();
            openNew();
        } finally {
            tree.setRedraw(true);
        }
        properties.refresh();
    }

    /** Opens the nodes and the networks with leases that appeared since the last refresh. */
    private void openNew() {
        for (NodeConnection c : snapshot.nodes()) {
            if (opened.add(c)) {
                viewer.setExpandedState(c, true);
            }
            for (Object n : snapshot.children(c)) {
                if (snapshot.children(n).length > 0 && opened.add(n)) {
                    viewer.setExpandedState(n, true);
                }
            }
        }
    }

    /** @return the tree */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** @return the filter box */
    public Text getFilter() {
        return filter;
    }

    /**
     * What a cell shows now, as the user sees it: read from the element's row in the tree.
     *
     * @param element a node, {@link NetworkItem} or {@link LeaseItem} that is listed
     * @param column the column
     * @return its text, or null if the element is not listed
     */
    public String cellText(Object element, NetworkColumn column) {
        TreeItem row = row(element);
        return row == null ? null : row.getText(column.ordinal());
    }

    /**
     * The element's row, by its place under its parent: asking the virtual tree for it makes it (with its texts) when
     * the tree has not yet, as for a row scrolled out of sight ({@code reveal} finds made rows only).
     */
    private TreeItem row(Object element) {
        Object parent = snapshot.parent(element);
        int index = Arrays.asList(snapshot.children(parent == null ? viewer.getInput() : parent)).indexOf(element);
        if (index < 0) {
            return null;
        }
        TreeItem above = parent == null ? null : row(parent);
        if (parent != null && above == null) {
            return null;
        }
        int count = above == null ? viewer.getTree().getItemCount() : above.getItemCount();
        TreeItem row = index >= count ? null : above == null ? viewer.getTree().getItem(index) : above.getItem(index);
        if (row != null) {
            row.getText(); // reading a virtual row has the tree ask for its element (SWT.SetData): the viewer knows it
        }
        return row;
    }

    /** @return the networks listed now (those the filter keeps), of every node */
    public List<NetworkItem> listedNetworks() {
        return snapshot.nodes().stream().flatMap(c -> Arrays.stream(snapshot.children(c)))
                .map(NetworkItem.class::cast).toList();
    }

    /**
     * @param network a listed network
     * @return its leases listed now
     */
    public List<LeaseItem> listedLeases(NetworkItem network) {
        return Arrays.stream(snapshot.children(network)).map(LeaseItem.class::cast).toList();
    }

    /**
     * Selects rows as if the user clicked them, and tells the selection service.
     *
     * @param elements listed rows
     */
    public void select(List<?> elements) {
        elements.forEach(this::row); // the virtual tree selects only rows it has made
        viewer.setSelection(new StructuredSelection(elements), true);
    }

    /** @return the text shown while no node is known, or {@code null} once nodes are listed */
    public String getEmptyMessage() {
        return emptyHint.message();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(properties.page());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (leases != null) {
            leases.dispose();
        }
        images.dispose();
        super.dispose();
    }
}
