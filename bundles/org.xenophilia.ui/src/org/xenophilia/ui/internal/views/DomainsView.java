package org.xenophilia.ui.internal.views;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.handlers.EnablementUpdates;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.DomainText;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.properties.LivePropertySheet;

/**
 * The Domains view: one table of the domains of every node (name, node, state, memory, vCPUs, tags), sortable by
 * any column and filtered by the box above it, kept live by the nodes' event loops.
 * <p>
 * Uptimes are shown as of the last repaint; the visible rows are repainted every {@value #UPTIME_REPAINT_MS} ms.
 * <p>
 * The table is {@link SWT#VIRTUAL} with a lazy content provider: a refresh sorts and filters snapshots of the
 * domains into an array and tells the table only its length; SWT asks for the rows it paints. That keeps 10,000
 * domains as smooth as ten. Updates from the connections' threads are coalesced into one refresh on the display
 * thread, and the selection (by node and UUID) survives it.
 */
public final class DomainsView extends ViewPart {

    /** The view's identifier, as registered in plugin.xml. */
    public static final String ID = XenophiliaUi.DOMAINS_VIEW_ID;

    /** The columns, in order, with how each sorts. */
    public enum Column {
        /** The domain's name. */
        NAME(Messages.DomainsView_name, 180, (r, now) -> r.vm().name()),
        /** Its node's name. */
        NODE(Messages.DomainsView_node, 120, (r, now) -> r.item().node().node().name()),
        /** Its power state. */
        STATE(Messages.DomainsView_state, 80, (r, now) -> DomainText.state(r.vm().powerState())),
        /** The memory it has now. */
        MEMORY(Messages.DomainsView_memory, 90, (r, now) -> r.vm().memoryTarget()),
        /** Its vCPUs. */
        VCPUS(Messages.DomainsView_vcpus, 60, (r, now) -> r.vm().vcpus()),
        /** How long its current domain has run; empty when halted or unknown. */
        UPTIME(Messages.DomainsView_uptime, 100, (r, now) -> r.vm().uptime(now).map(Duration::toSeconds).orElse(-1L)),
        /** Its tags. */
        TAGS(Messages.DomainsView_tags, 160, (r, now) -> DomainText.tags(r.vm()));

        private final String title;
        private final int width;
        /** The sort key of a row, as of one instant (the same for every row of a sort, so uptimes compare). */
        private final BiFunction<Row, Instant, Comparable<?>> key;

        Column(String title, int width, BiFunction<Row, Instant, Comparable<?>> key) {
            this.title = title;
            this.width = width;
            this.key = key;
        }

        /** @return the column's header */
        public String title() {
            return title;
        }

        /**
         * @param now the time of the sort, taken once: a comparator that read the clock would see an uptime grow
         *            between two comparisons and could break the sort's contract
         * @return the order of this column, ties broken by name, node and UUID
         */
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Comparator<Row> comparator(Instant now) {
            Comparator<Row> byKey = (a, b) -> ((Comparable) key.apply(a, now)).compareTo(key.apply(b, now));
            return byKey.thenComparing(r -> r.vm().name()).thenComparing(r -> r.item().node().node().name())
                    .thenComparing(r -> r.vm().uuid());
        }

        String text(Row r) {
            VmInfo vm = r.vm();
            return switch (this) {
                case NAME -> vm.name();
                case NODE -> r.item().node().node().name();
                case STATE -> DomainText.state(vm.powerState());
                case MEMORY -> DomainText.memory(vm.memoryTarget());
                case VCPUS -> Long.toString(vm.vcpus());
                case UPTIME -> DomainText.uptime(vm, Instant.now());
                case TAGS -> DomainText.tags(vm);
            };
        }
    }

    /** How often the visible rows are repainted so that uptimes move on. */
    static final int UPTIME_REPAINT_MS = 5000;

    /** A domain as listed, with the record it was sorted by (what the row shows until the next refresh). */
    record Row(DomainItem item, VmInfo vm) {
    }

    private TableViewer viewer;
    private Text filter;
    private NodeService service;
    private Column sortColumn = Column.NAME;
    private boolean ascending = true;
    /** What the table shows, sorted and filtered; replaced (never changed) on the display thread. */
    private Row[] rows = new Row[0];
    /** Each listed domain's index in {@link #rows}. */
    private Map<DomainItem, Integer> positions = Map.of();
    private final LivePropertySheet properties = new LivePropertySheet();

    private final LiveNodes live = new LiveNodes(this::refresh);

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.DomainsView_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> refresh());

        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (Column column : Column.values()) {
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(column.title());
            vc.getColumn().setWidth(column.width);
            vc.getColumn().setMoveable(true);
            vc.getColumn().addListener(SWT.Selection, e -> sortBy(column));
            vc.setLabelProvider(new CellLabels(column));
        }
        viewer.setUseHashlookup(true);
        // the cells' tooltips (why a row is greyed) show only with a viewer's tooltip support
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new LazyRows());
        getSite().setSelectionProvider(viewer);
        OpenOnDoubleClick.install(viewer, getViewSite());

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, viewer);

        service = NodeService.get();
        live.start(viewer.getControl(), service);
        viewer.setInput(service);
        table.setSortColumn(table.getColumn(sortColumn.ordinal()));
        table.setSortDirection(SWT.UP);
        refresh();
        repaintUptimes();
    }

    /** Repaints the visible rows (virtual: only those are asked for again), then again after a while. */
    private void repaintUptimes() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().timerExec(UPTIME_REPAINT_MS, () -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                repaintUptimes();
            }
        });
    }

    /**
     * Sorts by a column; a second click on the same column reverses the order.
     *
     * @param column the column
     */
    public void sortBy(Column column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column.ordinal()));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refresh();
    }

    /** Rebuilds the rows from the connections' models, keeping the selection (display thread). */
    private void refresh() {
        if (!live.isLive()) {
            return;
        }
        List<NodeConnection> now = live.connections();

        String text = filter.getText();
        List<Row> list = new ArrayList<>();
        for (NodeConnection c : now) {
            for (VmInfo vm : c.model().vms()) {
                if (DomainText.matches(text, c, vm)) {
                    list.add(new Row(new DomainItem(c, vm.uuid()), vm));
                }
            }
        }
        Comparator<Row> order = sortColumn.comparator(Instant.now());
        list.sort(ascending ? order : order.reversed());

        List<?> selected = viewer.getStructuredSelection().toList();
        Row[] next = list.toArray(Row[]::new);
        Map<DomainItem, Integer> index = new HashMap<>(next.length * 2);
        for (int i = 0; i < next.length; i++) {
            index.put(next[i].item(), i);
        }
        rows = next;
        positions = index;
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            viewer.setItemCount(next.length);
            viewer.refresh();
            List<Integer> keep = new ArrayList<>();
            for (Object o : selected) {
                if (o instanceof DomainItem d && index.containsKey(d)) {
                    keep.add(index.get(d));
                }
            }
            if (!keep.isEmpty() || !selected.isEmpty()) {
                table.setSelection(keep.stream().mapToInt(Integer::intValue).toArray());
                if (keep.size() != selected.size()) {
                    // a selected domain is gone or filtered out: tell the selection service
                    viewer.setSelection(viewer.getSelection());
                }
            }
        } finally {
            table.setRedraw(true);
        }
        properties.refresh();
        EnablementUpdates.request();
    }

    /** @return the table */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the filter box */
    public Text getFilter() {
        return filter;
    }

    /** @return the domains listed, in the table's order */
    public List<DomainItem> listedDomains() {
        List<DomainItem> out = new ArrayList<>(rows.length);
        for (Row r : rows) {
            out.add(r.item());
        }
        return out;
    }

    /**
     * Selects domains as if the user clicked them, and tells the selection service.
     *
     * @param domains domains that are listed
     */
    public void select(List<DomainItem> domains) {
        viewer.setSelection(new StructuredSelection(domains), true);
    }

    /** @return the selected domains */
    public List<DomainItem> selectedDomains() {
        IStructuredSelection s = viewer.getStructuredSelection();
        List<DomainItem> out = new ArrayList<>();
        for (Object o : s.toList()) {
            if (o instanceof DomainItem d) {
                out.add(d);
            }
        }
        return out;
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
        live.dispose();
        super.dispose();
    }

    /** Gives the table the rows it asks for, by index, from the last refresh's array. */
    private final class LazyRows implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            Row[] now = rows;
            if (index < now.length) {
                viewer.replace(now[index].item(), index);
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        }
    }

    private final class CellLabels extends ColumnLabelProvider {
        private final Column column;

        CellLabels(Column column) {
            this.column = column;
        }

        private Row row(Object element) {
            Integer i = element instanceof DomainItem d ? positions.get(d) : null;
            return i == null ? null : rows[i];
        }

        @Override
        public String getText(Object element) {
            Row r = row(element);
            return r == null ? "" : column.text(r);
        }

        @Override
        public Image getImage(Object element) {
            Row r = row(element);
            if (r == null || column != Column.NAME) {
                return null;
            }
            return live.image(r.vm().powerState() == null ? "vm-unknown16.png"
                    : "vm-" + r.vm().powerState().wireName().toLowerCase() + "16.png");
        }

        @Override
        public Color getForeground(Object element) {
            Row r = row(element);
            if (r != null && r.item().node().isStale()) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object element) {
            Row r = row(element);
            return r != null && r.item().node().isStale() ? NLS.bind(Messages.DomainsView_lastKnown,
                    r.item().node().node().name(), DomainText.connection(r.item().node().state()).toLowerCase())
                    : null;
        }
    }
}
