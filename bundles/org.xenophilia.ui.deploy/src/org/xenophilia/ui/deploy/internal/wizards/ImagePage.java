package org.xenophilia.ui.deploy.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.image.ImageInfo;
import org.xenophilia.core.image.ImageJobs;
import org.xenophilia.core.image.NodeImages;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.views.node.NodeLook;

/**
 * The Deploy Image wizard's first page: a connected node and an image of its catalog, read in the background when the
 * node is chosen ({@link NodeLook}); the image of the selection is chosen first.
 */
final class ImagePage extends WizardPage {

    private final Optional<ImageItem> preselected;
    private final List<NodeConnection> nodes = new ArrayList<>();
    private final NodeLook look = new NodeLook();
    private List<ImageInfo> images = List.of();
    private Combo nodeCombo;
    private TableViewer table;
    private Label status;

    ImagePage(Optional<ImageItem> preselected) {
        super("image", Messages.DeployWizard_title, null);
        this.preselected = preselected;
        setDescription(Messages.ImagePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.ImagePage_node);
        nodeCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        nodeCombo.setData(DeployUi.FIELD_KEY, "node");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nodeCombo);
        for (NodeConnection c : NodeService.get().connections()) {
            if (c.state() == ConnectionState.CONNECTED) {
                nodes.add(c);
                nodeCombo.add(c.node().label());
            }
        }
        table = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setData(DeployUi.FIELD_KEY, "image");
        table.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 220).applyTo(table.getTable());
        column(Messages.ImagesView_image, 160, ImageInfo::name);
        column(Messages.ImagesView_version, 90, ImageInfo::version);
        column(Messages.ImagesView_minimumDisk, 100, i -> ByteSizes.format(i.minimumDisk()));
        column(Messages.ImagesView_downloaded, 90, i -> i.local() ? Messages.ImagesView_yes : Messages.ImagesView_no);
        column(Messages.ImagePage_about, 200, ImageInfo::description);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(images);
        status = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(status);
        nodeCombo.addModifyListener(e -> read());
        table.addSelectionChangedListener(e -> validate());
        table.addDoubleClickListener(e -> {
            if (isPageComplete()) {
                getContainer().showPage(getNextPage());
            }
        });
        setControl(body);
        int index = preselected.map(p -> nodes.indexOf(p.node())).filter(i -> i >= 0).orElse(0);
        if (!nodes.isEmpty()) {
            nodeCombo.select(index);
            read();
        }
        validate();
    }

    private void column(String title, int width, Function<ImageInfo, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ImageInfo) element);
            }
        });
    }

    /** Reads the chosen node's catalog in the background. */
    private void read() {
        NodeConnection node = node();
        images = List.of();
        table.setInput(images);
        if (node == null) {
            return;
        }
        status.setText(NLS.bind(Messages.ImagePage_reading, node.node().name()));
        look.start(ImageJobs.read(node), nodeCombo, job -> {
            if (job.getResult().getSeverity() == IStatus.OK) {
                images = job.answer().orElse(NodeImages.empty()).images();
                status.setText(images.isEmpty() ? NLS.bind(Messages.ImagePage_none, node.node().name()) : "");
            } else {
                status.setText(job.getResult().getMessage());
            }
            table.setInput(images);
            preselected.filter(p -> p.node() == node).flatMap(p -> images.stream().filter(i -> i.id().equals(p
                    .image().id())).findFirst()).or(() -> images.stream().findFirst()).ifPresent(i -> table
                            .setSelection(new StructuredSelection(i), true));
            validate();
        });
        validate();
    }

    private NodeConnection node() {
        int i = nodeCombo.getSelectionIndex();
        return i < 0 ? null : nodes.get(i);
    }

    /** @return the chosen image with its node */
    Optional<ImageItem> selected() {
        NodeConnection node = node();
        Object image = table == null ? null : table.getStructuredSelection().getFirstElement();
        return node == null || image == null ? Optional.empty() : Optional.of(new ImageItem(node, (ImageInfo) image));
    }

    private void validate() {
        String error = null;
        if (nodes.isEmpty()) {
            error = Messages.DeployWizard_noNode;
        } else if (!look.running() && selected().isEmpty() && !images.isEmpty()) {
            error = Messages.ImagePage_choose;
        }
        setErrorMessage(error);
        setPageComplete(error == null && selected().isPresent());
    }

    /** Cancels the catalog's read under way, if any. */
    void cancelLook() {
        look.cancel();
    }

    @Override
    public void dispose() {
        look.cancel();
        super.dispose();
    }
}
