package org.xenophilia.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.application.StartupTiming;
import org.xenophilia.ui.internal.handlers.EnablementUpdates;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.DomainText;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.properties.LivePropertySheet;
import org.xenophilia.ui.internal.views.node.EmptyHint;
import org.xenophilia.xenapi.VmPowerState;

/**
 * The Nodes view: every Xen host the Workbench knows, with its domains below it, kept live by the nodes' event
 * loops (no refresh button). Updates arrive on the connections' threads and are coalesced into one refresh on the
 * display thread. Domains of a node that is not connected are greyed: they are the last known state, not current.
 */
public final class NodesView extends ViewPart {

    /** The view's identifier, as registered in plugin.xml. */
    public static final String ID = XenophiliaUi.NODES_VIEW_ID;

    static final String EMPTY_MESSAGE = Messages.NodesView_empty;

    private TreeViewer viewer;
    private Text filter;
    private EmptyHint emptyHint;
    private NodeService service;
    private final LivePropertySheet properties = new LivePropertySheet();

    private final LiveNodes live = new LiveNodes(this::refresh);

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.NodesView_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> refresh(LiveNodes.Changes.everything()));
        emptyHint = new EmptyHint(parent, EMPTY_MESSAGE);

        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new NodesContentProvider());
        viewer.setLabelProvider(new NodesLabelProvider());
        viewer.setUseHashlookup(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        getSite().setSelectionProvider(viewer);
        OpenOnDoubleClick.install(viewer, getViewSite());

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);

        StartupTiming.watch(viewer.getControl());
        service = NodeService.get();
        live.start(viewer.getControl(), service);
        viewer.setInput(service);
        refresh(LiveNodes.Changes.everything());
    }

    /**
     * Brings the tree up to date with the service's connections and their models (display thread): only what
     * changed (a domain's label, a node's subtree), unless nodes came or went or a filter is typed.
     */
    private void refresh(LiveNodes.Changes changes) {
        if (!live.isLive()) {
            return;
        }
        List<NodeConnection> now = live.connections();
        if (changes.everything || !filter.getText().isBlank()) {
            viewer.refresh();
            for (NodeConnection c : now) {
                viewer.setExpandedState(c, true);
            }
        } else {
            for (NodeConnection c : changes.restructured) {
                if (now.contains(c)) {
                    viewer.refresh(c, true);
                    viewer.setExpandedState(c, true);
                }
            }
            changes.modified.forEach((c, uuids) -> {
                if (!changes.restructured.contains(c)) {
                    for (String uuid : uuids) {
                        viewer.update(new DomainItem(c, uuid), null);
                    }
                }
            });
        }
        emptyHint.show(now.isEmpty());
        properties.refresh();
        EnablementUpdates.request();
    }

    /** @return the filter box */
    public Text getFilter() {
        return filter;
    }

    /** @return the tree of nodes and domains */
    public TreeViewer getViewer() {
        return viewer;
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
        live.dispose();
        super.dispose();
    }

    /** The label a domain shows, e.g. {@code demo-web — Running · 512 MiB · 1 vCPU · web, prod}. */
    static String domainLabel(VmInfo vm) {
        return vm.name() + " \u2014 " + DomainText.state(vm.powerState()) + " \u00b7 "
                + DomainText.memory(vm.memoryTarget()) + " \u00b7 " + DomainText.vcpus(vm.vcpus())
                + (vm.tags().isEmpty() ? "" : " \u00b7 " + DomainText.tags(vm));
    }

    /** The label a node shows: its name, address and connection state. */
    static String nodeLabel(NodeConnection c) {
        return c.node().label() + " [" + DomainText.connection(c.state()) + "]";
    }

    /**
     * Roots: the service's connections (while a filter is typed, those whose name matches it or that have matching
     * domains); children: each node's guest domains (no dom0, no templates) that match the filter, by name.
     */
    private final class NodesContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof NodeService s)) {
                return new Object[0];
            }
            String text = filter.getText().strip().toLowerCase(Locale.ROOT);
            return s.connections().stream().filter(c -> text.isEmpty()
                    || c.node().name().toLowerCase(Locale.ROOT).contains(text)
                    || getChildren(c).length > 0).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof NodeConnection c) {
                String text = filter.getText();
                return c.model().vms().stream().filter(v -> !v.controlDomain() && !v.template())
                        .filter(v -> DomainText.matches(text, c, v)).sorted(Comparator.comparing(VmInfo::name))
                        .map(v -> new DomainItem(c, v.uuid())).toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof DomainItem d ? d.node() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof NodeConnection;
        }
    }

    private final class NodesLabelProvider extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof NodeConnection c) {
                return nodeLabel(c);
            }
            if (element instanceof DomainItem d) {
                return d.vm().map(NodesView::domainLabel).orElse(Messages.NodesView_gone);
            }
            return String.valueOf(element);
        }

        @Override
        public Image getImage(Object element) {
            if (element instanceof NodeConnection) {
                return live.image("node16.png");
            }
            if (element instanceof DomainItem d) {
                VmPowerState s = d.vm().map(VmInfo::powerState).orElse(null);
                return live.image(s == null ? "vm-unknown16.png" : "vm-" + s.wireName().toLowerCase() + "16.png");
            }
            return null;
        }

        @Override
        public Color getForeground(Object element) {
            if (element instanceof DomainItem d && d.node().isStale()) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
            }
            return null;
        }
    }
}
