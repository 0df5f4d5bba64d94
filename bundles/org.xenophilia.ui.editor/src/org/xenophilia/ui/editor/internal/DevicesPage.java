package org.xenophilia.ui.editor.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.xenophilia.core.storage.VolumeReference;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.edit.DocumentProblem;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;

/**
 * The Disks and Network pages: a table of the domain's disks or VIFs, with Add, Edit and Remove through a
 * {@link DeviceDialog}. Problems of a device show in the page's header and beside the table.
 */
final class DevicesPage extends FormPage {

    static final String DISKS_ID = "disks";
    static final String NETWORK_ID = "network";
    private static final DomainPackage D = DomainPackage.eINSTANCE;

    private final DomainEditor editor;
    private final boolean disks;
    private final List<DeviceDialog.Field> fields;
    private TableViewer viewer;

    private DevicesPage(DomainEditor editor, boolean disks) {
        super(editor, disks ? DISKS_ID : NETWORK_ID, disks ? Messages.DevicesPage_disks : Messages.DevicesPage_network);
        this.editor = editor;
        this.disks = disks;
        this.fields = disks ? DeviceDialog.DISK_FIELDS : DeviceDialog.VIF_FIELDS;
    }

    static DevicesPage disks(DomainEditor editor) {
        return new DevicesPage(editor, true);
    }

    static DevicesPage network(DomainEditor editor) {
        return new DevicesPage(editor, false);
    }

    /** {@return the table, for tests} */
    TableViewer viewer() {
        return viewer;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText(getTitle());
        toolkit.decorateFormHeading(form.getForm());
        editor.showHeaderMessage(form);
        form.getBody().setLayout(new GridLayout(1, false));
        Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.EXPANDED
                | Section.DESCRIPTION);
        section.setText(disks ? Messages.DevicesPage_disks : Messages.DevicesPage_vifs);
        section.setDescription(disks ? Messages.DevicesPage_disksDescription : Messages.DevicesPage_vifsDescription);
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);

        Table table = toolkit.createTable(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        table.setLayoutData(tableData);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (DeviceDialog.Field field : fields) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(field.label().replace(":", ""));
            column.getColumn().setWidth(field.name().equals("target") ? 240 : 100);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return DeviceDialog.textOf((EObject) element, field.name());
                }
            });
        }
        viewer.addDoubleClickListener(e -> edit());
        toolkit.paintBordersFor(client);

        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(toolkit, buttons, Messages.DevicesPage_add, this::add);
        Button edit = button(toolkit, buttons, Messages.DevicesPage_edit, this::edit);
        Button remove = button(toolkit, buttons, Messages.DevicesPage_remove, this::remove);
        if (disks) {
            button(toolkit, buttons, Messages.DevicesPage_chooseVolume, this::chooseVolume)
                    .setToolTipText(Messages.DevicesPage_chooseVolumeHint);
            if (DiskVolumes.canCreate()) {
                button(toolkit, buttons, Messages.DevicesPage_newVolume, this::newVolume)
                        .setToolTipText(Messages.DevicesPage_newVolumeHint);
            }
        }
        edit.setEnabled(false);
        remove.setEnabled(false);
        viewer.addSelectionChangedListener(e -> {
            edit.setEnabled(!e.getSelection().isEmpty());
            remove.setEnabled(!e.getSelection().isEmpty());
        });
        refresh();
        showProblems(editor.document().problems());
    }

    private static Button button(FormToolkit toolkit, Composite parent, String label, Runnable action) {
        Button b = toolkit.createButton(parent, label, SWT.PUSH);
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private List<? extends EObject> devices() {
        return disks ? editor.document().model().getDisks() : editor.document().model().getVifs();
    }

    /** Shows the model's devices. */
    void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed() && editor.document() != null) {
            viewer.setInput(devices().toArray());
        }
    }

    private int selectedIndex() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected == null ? -1 : devices().indexOf(selected);
    }

    /** Opens the dialog for a new device and adds it. */
    void add() {
        DomainDocument document = editor.document();
        EObject device;
        if (disks) {
            Disk disk = (Disk) EcoreUtil.create(D.getDisk());
            disk.setVdev(nextVdev());
            device = disk;
        } else {
            device = DomainEdits.newVif(document, "xenbr0", new java.util.Random());
        }
        DeviceDialog dialog = new DeviceDialog(getSite().getShell(), disks ? Messages.DevicesPage_addDisk
                : Messages.DevicesPage_addVif,
                device, fields, document, DiskVolumes.nodeOf(editor.getEditorInput()).orElse(null));
        if (dialog.open() == Window.OK) {
            Command command = disks ? DomainEdits.addDisk(document, (Disk) dialog.device())
                    : DomainEdits.addVif(document, (Vif) dialog.device());
            editor.execute(command);
        }
    }

    /** Opens the dialog on the selected device and applies the changes. */
    void edit() {
        int index = selectedIndex();
        if (index < 0) {
            return;
        }
        DomainDocument document = editor.document();
        EObject copy = EcoreUtil.copy(devices().get(index));
        DeviceDialog dialog = new DeviceDialog(getSite().getShell(), disks ? Messages.DevicesPage_editDisk
                : Messages.DevicesPage_editVif,
                copy, fields, document, DiskVolumes.nodeOf(editor.getEditorInput()).orElse(null));
        if (dialog.open() == Window.OK) {
            editor.execute(disks ? DomainEdits.editDisk(document, index, (Disk) dialog.device())
                    : DomainEdits.editVif(document, index, (Vif) dialog.device()));
        }
    }

    /** Puts the selected disk (or a new one) on a volume the user chooses from the node's repositories. */
    void chooseVolume() {
        DiskVolumes.choose(getSite().getShell(), DiskVolumes.nodeOf(editor.getEditorInput()).orElse(null))
                .ifPresent(this::useVolume);
    }

    /** Puts the selected disk (or a new one) on a volume made now with the storage bundle's New Volume wizard. */
    void newVolume() {
        DiskVolumes.create(DiskVolumes.nodeOf(editor.getEditorInput()).orElse(null)).ifPresent(this::useVolume);
    }

    /**
     * Puts the selected disk, or a new one when none is selected, on a volume: one command.
     *
     * @param volume how the disk names it
     */
    void useVolume(VolumeReference volume) {
        DomainDocument document = editor.document();
        int index = selectedIndex();
        Disk disk = DiskVolumes.onVolume(index < 0 ? null : document.model().getDisks().get(index), nextVdev(), volume);
        editor.execute(index < 0 ? DomainEdits.addDisk(document, disk) : DomainEdits.editDisk(document, index, disk));
    }

    /** Removes the selected device. */
    void remove() {
        int index = selectedIndex();
        if (index >= 0) {
            editor.execute(disks ? DomainEdits.removeDisk(editor.document(), index)
                    : DomainEdits.removeVif(editor.document(), index));
        }
    }

    private String nextVdev() {
        boolean hvm = editor.document().model().getType() == org.xenophilia.domain.DomainType.HVM;
        List<String> used = editor.document().model().getDisks().stream().map(Disk::getVdev).toList();
        for (char c = 'a'; c <= 'z'; c++) {
            String vdev = (hvm ? "hd" : "xvd") + c;
            if (!used.contains(vdev)) {
                return vdev;
            }
        }
        return "";
    }

    /**
     * Shows the problems of this page's devices in its header and beside the table.
     *
     * @param problems the document's problems
     */
    void showProblems(List<DocumentProblem> problems) {
        if (getManagedForm() == null || viewer == null) {
            return;
        }
        IMessageManager messages = getManagedForm().getMessageManager();
        messages.setAutoUpdate(false);
        try {
            messages.removeMessages(viewer.getControl());
            String prefix = disks ? "disks" : "vifs";
            int i = 0;
            for (DocumentProblem p : problems) {
                if (!p.parseError() && p.path().startsWith(prefix)) {
                    messages.addMessage("problem:" + i++, p.message(), p,
                            p.isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING, viewer.getControl());
                }
            }
        } finally {
            messages.setAutoUpdate(true);
        }
    }

    /** @return the attribute of a device class by name (for the dialog) */
    static EAttribute attribute(EClass type, String name) {
        return (EAttribute) type.getEStructuralFeature(name);
    }
}
