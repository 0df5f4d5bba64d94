package org.xenophilia.ui.storage.internal.view;

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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.xenophilia.core.HostInfo;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VifInfo;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.handlers.EnablementUpdates;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.properties.LivePropertySheet;
import org.xenophilia.ui.internal.views.node.EmptyHint;
import org.xenophilia.ui.internal.views.node.LazyNodeRows;
import org.xenophilia.ui.internal.views.node.NodeModelFollower;
import org.xenophilia.ui.internal.views.node.ViewImages;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.StorageUi;
import org.xenophilia.ui.storage.internal.VolumeItem;

/**
 * The Storage view: every node, its storage repositories (size, type, and a bar of what is used, allocated and free)
 * and their volumes (size, allocation, format, and which domain uses each as which device), kept live by the nodes'
 * event loops. A node that is not connected shows its last known storage greyed; so do an unplugged repository and a
 * detached one (no PBD: on the Agent, the disks domains name by path, which it does not manage).
 * <p>
 * The tree is {@link SWT#VIRTUAL} with a lazy content provider over a {@link StorageSnapshot}: a refresh reads again
 * only the nodes that changed and tells the tree its counts; the tree asks for the rows it shows. Ten nodes of a
 * thousand volumes each stay as quick as one. Nodes and repositories open when they first appear; what the user closes
 * stays closed. Changes from the connections' threads are coalesced into one refresh on the display thread.
 */
public final class StorageView extends ViewPart {

    /** The view's identifier, as registered in plugin.xml. */
    public static final String ID = StorageUi.VIEW_ID;

    private TreeViewer viewer;
    private EmptyHint emptyHint;
    private final StorageSnapshot snapshot = new StorageSnapshot();
    private final ViewImages images = new ViewImages(StorageUi.PLUGIN_ID);
    // a domain's devices, name or power state are what a volume's row says of its users; hosts and VIFs not
    private final NodeModelFollower follower = new NodeModelFollower(
            ch -> !(ch.object() instanceof HostInfo) && !(ch.object() instanceof VifInfo), this::refresh);
    private final LivePropertySheet properties = new LivePropertySheet();
    /** Nodes and repositories opened once: a row the user closed is not opened again. */
    private final Set<Object> opened = new HashSet<>();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        emptyHint = new EmptyHint(parent, Messages.StorageView_empty);

        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        for (StorageColumn column : StorageColumn.values()) {
            TreeViewerColumn vc = new TreeViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(column.title());
            vc.getColumn().setWidth(column.width());
            vc.getColumn().setMoveable(column != StorageColumn.NAME);
            vc.setLabelProvider(new StorageLabels(column, snapshot, images));
        }
        CapacityPainter.install(tree, new CapacityPainter(StorageColumn.CAPACITY.ordinal(), element -> {
            NodeStorage.Repository r = element instanceof RepositoryItem item ? snapshot.repository(item) : null;
            return r == null || !r.attached() ? null : r.sr();
        }));
        viewer.setUseHashlookup(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new LazyNodeRows(viewer, snapshot));
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first != null && !(first instanceof VolumeItem)) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        tree.setMenu(menu.createContextMenu(tree));
        getSite().registerContextMenu(menu, viewer);

        viewer.setInput(NodeService.get());
        follower.start(tree, NodeService.get());
    }

    /** Brings the tree up to date (display thread): the nodes now, and the storage of those that changed. */
    private void refresh(List<NodeConnection> nodes, Set<NodeConnection> changed) {
        snapshot.update(nodes, changed);
        Tree tree = viewer.getTree();
        tree.setRedraw(false);
        try {
            viewer.refresh();
            openNew();
        } finally {
            tree.setRedraw(true);
        }
        emptyHint.show(nodes.isEmpty());
        properties.refresh();
        EnablementUpdates.request();
    }

    /**
     * Opens the nodes and repositories that appeared since the last refresh; a detached repository (the Agent's view
     * of the disks named by path) stays closed, as it is not storage the user manages.
     */
    private void openNew() {
        for (NodeConnection c : snapshot.nodes()) {
            if (opened.add(c)) {
                viewer.setExpandedState(c, true);
            }
            for (Object r : snapshot.children(c)) {
                NodeStorage.Repository repository = snapshot.repository((RepositoryItem) r);
                if (repository != null && repository.registered() && opened.add(r)) {
                    viewer.setExpandedState(r, true);
                }
            }
        }
    }

    /** @return the tree */
    public TreeViewer getViewer() {
        return viewer;
    }

    /**
     * What a cell shows now, as the user sees it: the row is made visible and read from the tree.
     *
     * @param element a node, {@link RepositoryItem} or {@link VolumeItem} that is listed
     * @param column the column
     * @return its text, or null if the element is not listed
     */
    public String cellText(Object element, StorageColumn column) {
        viewer.reveal(element);
        return viewer.testFindItem(element) instanceof TreeItem item ? item.getText(column.ordinal()) : null;
    }

    /** @return the volumes listed now, of every node */
    public List<VolumeItem> listedVolumes() {
        return snapshot.nodes().stream().flatMap(c -> Arrays.stream(snapshot.children(c)))
                .flatMap(r -> Arrays.stream(snapshot.children(r))).map(VolumeItem.class::cast).toList();
    }

    /** @return the repositories listed now, of every node */
    public List<RepositoryItem> listedRepositories() {
        return snapshot.nodes().stream().flatMap(c -> Arrays.stream(snapshot.children(c)))
                .map(RepositoryItem.class::cast).toList();
    }

    /**
     * Selects rows as if the user clicked them, and tells the selection service.
     *
     * @param elements listed rows
     */
    public void select(List<?> elements) {
        viewer.setSelection(new StructuredSelection(elements), true);
    }

    /** @return the selected rows */
    public List<?> selection() {
        IStructuredSelection s = viewer.getStructuredSelection();
        return s.toList();
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
        images.dispose();
        super.dispose();
    }
}
