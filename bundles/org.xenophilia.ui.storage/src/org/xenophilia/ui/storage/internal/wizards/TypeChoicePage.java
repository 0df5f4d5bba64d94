package org.xenophilia.ui.storage.internal.wizards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.views.node.NodeLook;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageUi;
import org.xenophilia.ui.storage.internal.registry.BackendTypeDescriptor;
import org.xenophilia.ui.storage.internal.registry.BackendTypeRegistry;

/**
 * The New Storage Repository wizard's first page: the node (a connected one), the storage type (those the node offers,
 * read in the background from its {@code SM} records, labelled and drawn as their plug-in contributes them), and the
 * repository's name and description.
 */
final class TypeChoicePage extends WizardPage {

    private final NodeConnection preselected;
    private final List<NodeConnection> nodes = new ArrayList<>();
    private final NodeLook reading = new NodeLook();
    /** The types' icons, made once each and disposed with the page. */
    private final Map<String, Image> icons = new HashMap<>();
    private Combo nodeCombo;
    private TableViewer types;
    private Label status;
    private Text name;
    private Text description;
    private List<StorageType> offered = List.of();

    TypeChoicePage(NodeConnection preselected) {
        super("type", Messages.NewRepositoryWizard_title, null);
        this.preselected = preselected;
        setDescription(Messages.TypeChoicePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.TypeChoicePage_node);
        nodeCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        nodeCombo.setData(StorageUi.FIELD_KEY, "node");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nodeCombo);
        for (NodeConnection c : NodeService.get().connections()) {
            if (c.state() == ConnectionState.CONNECTED) {
                nodes.add(c);
                nodeCombo.add(c.node().label());
            }
        }
        Label typeLabel = new Label(body, SWT.NONE);
        typeLabel.setText(Messages.TypeChoicePage_type);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(typeLabel);
        types = new TableViewer(body, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        types.getTable().setData(StorageUi.FIELD_KEY, "type");
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(types.getTable());
        types.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn labelColumn = new TableViewerColumn(types, SWT.LEFT);
        labelColumn.getColumn().setWidth(160);
        labelColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label((StorageType) element);
            }

            @Override
            public Image getImage(Object element) {
                return icon((StorageType) element);
            }
        });
        TableViewerColumn aboutColumn = new TableViewerColumn(types, SWT.LEFT);
        aboutColumn.getColumn().setWidth(300);
        aboutColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> about((StorageType) element)));
        types.addSelectionChangedListener(e -> validate());
        new Label(body, SWT.NONE);
        status = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(status);
        name = text(body, Messages.TypeChoicePage_name, "name");
        description = text(body, Messages.TypeChoicePage_descriptionField, "description");
        nodeCombo.addModifyListener(e -> readTypes());
        setControl(body);
        int index = preselected == null ? 0 : Math.max(0, nodes.indexOf(preselected));
        if (!nodes.isEmpty()) {
            nodeCombo.select(index);
            readTypes();
        }
        validate();
    }

    private Text text(Composite body, String label, String key) {
        new Label(body, SWT.NONE).setText(label);
        Text t = new Text(body, SWT.BORDER);
        t.setData(StorageUi.FIELD_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        t.addModifyListener(e -> validate());
        return t;
    }

    /** Reads the chosen node's storage types in the background. */
    private void readTypes() {
        NodeConnection node = node();
        offered = List.of();
        types.setInput(offered);
        if (node == null) {
            return;
        }
        status.setText(NLS.bind(Messages.TypeChoicePage_reading, node.node().name()));
        reading.start(StorageJobs.readTypes(node), getControl() == null ? nodeCombo : getControl(), this::typesRead);
        validate();
    }

    private void typesRead(StorageJob<List<StorageType>> job) {
        if (job.getResult().getSeverity() != IStatus.OK) {
            status.setText(job.getResult().getMessage());
        } else {
            offered = job.answer().orElse(List.of());
            types.setInput(offered);
            status.setText(offered.isEmpty() ? NLS.bind(Messages.TypeChoicePage_none, node().node().name()) : "");
            if (offered.size() == 1) {
                types.setSelection(new StructuredSelection(offered.get(0)));
            }
        }
        status.getParent().layout(true);
        validate();
    }

    private static Optional<BackendTypeDescriptor> contribution(StorageType t) {
        return BackendTypeRegistry.get().descriptor(t.type());
    }

    /** @return what users see for a type: its contribution's label, else the node's */
    static String label(StorageType t) {
        return contribution(t).map(BackendTypeDescriptor::label).orElse(t.label());
    }

    private static String about(StorageType t) {
        String d = contribution(t).map(BackendTypeDescriptor::description).filter(s -> !s.isEmpty())
                .orElse(t.description());
        return d.isEmpty() ? t.type() : d;
    }

    private Image icon(StorageType t) {
        if (!icons.containsKey(t.type())) {
            icons.put(t.type(), contribution(t).filter(d -> !d.broken()).flatMap(BackendTypeDescriptor::icon)
                    .map(d -> d.createImage(false)).orElse(null));
        }
        return icons.get(t.type());
    }

    private void validate() {
        if (name == null) {
            return;
        }
        String error = null;
        if (nodes.isEmpty()) {
            error = Messages.TypeChoicePage_noNode;
        } else if (type().isEmpty()) {
            error = reading.running() ? null : Messages.TypeChoicePage_chooseType;
        } else if (name.getText().isBlank()) {
            error = Messages.TypeChoicePage_enterName;
        }
        setErrorMessage(error);
        setPageComplete(error == null && !reading.running() && type().isPresent());
    }

    /** @return the chosen node */
    NodeConnection node() {
        int i = nodeCombo.getSelectionIndex();
        return i < 0 ? null : nodes.get(i);
    }

    /** @return the chosen storage type */
    Optional<StorageType> type() {
        return Optional.ofNullable((StorageType) types.getStructuredSelection().getFirstElement());
    }

    String repositoryName() {
        return name.getText().strip();
    }

    String repositoryDescription() {
        return description.getText().strip();
    }

    /** Stops reading types (the wizard is cancelled). */
    void cancel() {
        reading.cancel();
    }

    @Override
    public void dispose() {
        reading.cancel();
        icons.values().stream().filter(i -> i != null).forEach(Image::dispose);
        super.dispose();
    }
}
