package org.xenophilia.ui.deploy.internal.view;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.image.NodeImages;
import org.xenophilia.ui.internal.handlers.EnablementUpdates;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.views.node.EmptyHint;
import org.xenophilia.ui.internal.views.node.NodeModelFollower;
import org.xenophilia.ui.internal.views.node.ViewImages;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;

/**
 * The Images view: every connected node's catalog (image, version, node, sizes, content, whether the node has it
 * already, the catalog that lists it), read when a node connects ({@link CatalogReader}) and dropped when it
 * disconnects; the filter box above keeps the images whose row contains its text, and the lines below the filter say
 * what went wrong with a node's sources. Its context menu deploys, refreshes and forgets a download; a double-click
 * deploys.
 * <p>
 * Images are not objects of a node's event stream, so only connections matter here: {@link NodeModelFollower} is told
 * no model change but a resync (a node connected) matters, and it reports every change of a connection's state.
 */
public final class ImagesView extends ViewPart {

    /** The view's identifier, as registered in plugin.xml. */
    public static final String ID = DeployUi.VIEW_ID;

    private TableViewer viewer;
    private Text filter;
    private Label problems;
    private EmptyHint emptyHint;
    private CatalogReader reader;
    private final ImagesSnapshot snapshot = new ImagesSnapshot();
    private final ViewImages images = new ViewImages(DeployUi.PLUGIN_ID);
    private final NodeModelFollower follower = new NodeModelFollower(change -> false, this::refresh);

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.ImagesView_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        emptyHint = new EmptyHint(parent, Messages.ImagesView_empty);
        problems = new Label(parent, SWT.WRAP);
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).hint(200, SWT.DEFAULT).exclude(true).applyTo(
                problems);
        problems.setVisible(false);

        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (ImageColumn column : ImageColumn.values()) {
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(column.title());
            vc.getColumn().setWidth(column.width());
            vc.getColumn().setMoveable(column != ImageColumn.IMAGE);
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text((ImageItem) element);
                }

                @Override
                public Image getImage(Object element) {
                    return column == ImageColumn.IMAGE ? images.own("image16.png") : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((ImageItem) element).image().description();
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(e -> {
            if (!e.getSelection().isEmpty()) {
                runCommand(DeployUi.DEPLOY_COMMAND);
            }
        });
        filter.addModifyListener(e -> {
            snapshot.filter(filter.getText());
            redraw();
        });

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, viewer);

        reader = new CatalogReader(table, new CatalogReader.Answers() {
            @Override
            public void read(NodeConnection node, NodeImages read) {
                snapshot.put(node, read);
                redraw();
            }

            @Override
            public void failed(NodeConnection node, String words) {
                snapshot.failed(node, words);
                redraw();
            }
        });
        viewer.setInput(List.of());
        follower.start(table, NodeService.get());
    }

    /** Brings the list up to date (display thread): the connected nodes now, read again when they (re)connected. */
    private void refresh(List<NodeConnection> nodes, Set<NodeConnection> changed) {
        List<NodeConnection> connected = nodes.stream().filter(ImagesView::connected).toList();
        for (NodeConnection c : nodes) {
            if (!connected.contains(c)) {
                reader.forget(c);
                snapshot.remove(c);
            }
        }
        snapshot.retain(connected);
        for (NodeConnection c : changed) {
            if (connected.contains(c)) {
                reader.read(c, false);
            }
        }
        redraw();
        emptyHint.show(connected.isEmpty());
    }

    private static boolean connected(NodeConnection c) {
        return c.state() == ConnectionState.CONNECTED && !c.isStale();
    }

    /**
     * Has nodes read their sources again, in user jobs, and lists what they answer.
     *
     * @param nodes connected nodes
     */
    public void refreshCatalogs(List<NodeConnection> nodes) {
        nodes.stream().filter(ImagesView::connected).forEach(c -> reader.read(c, true));
    }

    /** @param node a node whose catalog changed (a download forgotten, an image pushed): read again */
    public void reread(NodeConnection node) {
        if (connected(node)) {
            reader.read(node, false);
        }
    }

    private void redraw() {
        ImageItem selected = (ImageItem) viewer.getStructuredSelection().getFirstElement();
        List<ImageItem> rows = snapshot.rows();
        viewer.setInput(rows);
        if (selected != null) {
            rows.stream().filter(r -> r.node() == selected.node() && r.image().id().equals(selected.image().id()))
                    .findFirst().ifPresent(r -> viewer.setSelection(new StructuredSelection(r)));
        }
        List<String> lines = snapshot.problems();
        problems.setText(String.join("\n", lines));
        problems.setToolTipText(String.join("\n", lines));
        boolean any = !lines.isEmpty();
        if (problems.getVisible() != any) {
            problems.setVisible(any);
            ((GridData) problems.getLayoutData()).exclude = !any;
            problems.getParent().layout(true);
        }
        EnablementUpdates.request();
    }

    private void runCommand(String id) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(id, null);
        } catch (CommandException e) {
            // not enabled now (the node disconnected meanwhile): nothing to do
        }
    }

    /** @return the table */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the filter box */
    public Text getFilter() {
        return filter;
    }

    /** @return the images listed now (those the filter keeps), of every connected node */
    public List<ImageItem> listedImages() {
        return snapshot.rows();
    }

    /** @return the sources' problems shown now, each "alpha: words" */
    public List<String> shownProblems() {
        return problems.getVisible() ? List.of(problems.getText().split("\n")) : List.of();
    }

    /**
     * What a cell shows now, as the user sees it.
     *
     * @param item a listed image
     * @param column the column
     * @return its text, or null if it is not listed
     */
    public String cellText(ImageItem item, ImageColumn column) {
        int index = snapshot.rows().indexOf(item);
        return index < 0 || index >= viewer.getTable().getItemCount() ? null : viewer.getTable().getItem(index)
                .getText(column.ordinal());
    }

    /**
     * Selects rows as if the user clicked them, and tells the selection service.
     *
     * @param items listed images
     */
    public void select(List<ImageItem> items) {
        viewer.setSelection(new StructuredSelection(items), true);
    }

    /** @return the selected image, if any */
    public ImageItem selected() {
        return (ImageItem) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    /** @return the text shown while no node is connected, or {@code null} once one is */
    public String getEmptyMessage() {
        return emptyHint.message();
    }

    /** @return the Images view of the active page, if it is open */
    public static Optional<ImagesView> find() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((ImagesView) window.getActivePage().findView(ID));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (reader != null) {
            reader.dispose();
        }
        images.dispose();
        super.dispose();
    }
}
