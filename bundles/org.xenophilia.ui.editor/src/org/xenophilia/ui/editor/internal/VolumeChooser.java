package org.xenophilia.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.VolumeReference;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * Picks a volume for a disk: the volumes of a connected node's plugged repositories, with their size, format and the
 * domains that use them, read from the node's model (no call to the node, so the editor needs nothing more than the
 * core and shows what the Storage view shows). A volume another domain uses can be chosen, with a warning: two domains
 * that run at once must not write one disk.
 */
final class VolumeChooser extends TitleAreaDialog {

    /** The dialog's window title. */
    static final String TITLE = Messages.VolumeChooser_title;

    private final NodeConnection preselected;
    private final List<NodeConnection> nodes = new ArrayList<>();
    private Combo nodeCombo;
    private TableViewer table;
    private NodeStorage.Volume chosen;

    /**
     * @param parent the shell
     * @param node the domain's node, offered first; null for a definition of no node (a local file)
     */
    VolumeChooser(Shell parent, NodeConnection node) {
        super(parent);
        this.preselected = node;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TITLE);
        setMessage(Messages.VolumeChooser_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.VolumeChooser_node);
        nodeCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        nodeCombo.setData(FieldsPage.FIELD_KEY, "node");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nodeCombo);
        for (NodeConnection c : NodeService.get().connections()) {
            if (c.state() == ConnectionState.CONNECTED || c == preselected) {
                nodes.add(c);
                nodeCombo.add(c.node().label());
            }
        }
        table = new TableViewer(body, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setData(FieldsPage.FIELD_KEY, "volumes");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 220).applyTo(table.getTable());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.VolumeChooser_repository, 120, v -> v.srName());
        column(Messages.VolumeChooser_volume, 140, v -> v.vdi().name());
        column(Messages.VolumeChooser_size, 80, v -> ByteSizes.format(v.vdi().virtualSize()));
        column(Messages.VolumeChooser_format, 60, v -> v.vdi().format());
        column(Messages.VolumeChooser_usedBy, 160, v -> String.join(", ", v.uses().stream().map(u -> NLS.bind(
                Messages.VolumeChooser_use, u.vmName(), u.device())).toList()));
        table.addSelectionChangedListener(e -> chosenChanged());
        table.addDoubleClickListener(e -> {
            if (chosen != null) {
                okPressed();
            }
        });
        nodeCombo.addModifyListener(e -> showVolumes());
        int index = nodes.indexOf(preselected);
        if (!nodes.isEmpty()) {
            nodeCombo.select(Math.max(0, index));
            showVolumes();
        }
        return area;
    }

    private void column(String title, int width, Function<NodeStorage.Volume, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((NodeStorage.Volume) o)));
    }

    private void showVolumes() {
        int i = nodeCombo.getSelectionIndex();
        List<NodeStorage.Volume> volumes = i < 0 ? List.of() : NodeStorage.of(nodes.get(i).model()).usableVolumes();
        table.setInput(volumes);
        if (volumes.isEmpty() && i >= 0) {
            setErrorMessage(NLS.bind(Messages.VolumeChooser_none, nodes.get(i).node().name()));
        } else {
            setErrorMessage(null);
        }
        chosenChanged();
    }

    private void chosenChanged() {
        chosen = (NodeStorage.Volume) table.getStructuredSelection().getFirstElement();
        if (chosen != null && chosen.inUse()) {
            setMessage(NLS.bind(Messages.VolumeChooser_inUse, chosen.vdi().name(), String.join(", ", chosen.uses()
                    .stream().map(NodeStorage.Use::vmName).toList())), IMessageProvider.WARNING);
        } else if (getErrorMessage() == null) {
            setMessage(Messages.VolumeChooser_message);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(chosen != null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
    }

    /** @return how a disk names the volume chosen; null before OK */
    VolumeReference chosen() {
        return chosen == null ? null : chosen.reference();
    }

    /** @return the node of the volume chosen */
    NodeConnection node() {
        int i = nodeCombo.getSelectionIndex();
        return i < 0 ? null : nodes.get(i);
    }

    /** @return the volumes offered, for tests */
    TableViewer table() {
        return table;
    }
}
