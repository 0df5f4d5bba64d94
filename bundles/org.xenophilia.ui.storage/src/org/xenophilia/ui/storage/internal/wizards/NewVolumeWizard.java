package org.xenophilia.ui.storage.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.core.storage.VolumeReference;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.views.node.NodeLook;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageText;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * New Volume: a node (a connected one), one of its attached repositories, the volume's name, size and format (the
 * formats its repository's type makes, read in the background; the repository's default when the node does not say),
 * then {@code VDI.create} in a job. What the disk of a domain would name ({@link #result()}) is known at Finish, so the
 * domain editor can use the volume while it is being made.
 */
public final class NewVolumeWizard extends Wizard {

    /** The wizard's window title. */
    public static final String TITLE = Messages.NewVolumeWizard_title;
    /** The Agent's volume names: 1-64 of these, starting with a letter or digit. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}");

    private final NodeConnection preselectedNode;
    private final String preselectedSr;
    private VolumePage page;
    private StorageJob<String> job;
    private VolumeReference result;

    /**
     * @param node the node to offer first, or null
     * @param srUuid the repository to offer first, or null
     */
    public NewVolumeWizard(NodeConnection node, String srUuid) {
        this.preselectedNode = node;
        this.preselectedSr = srUuid;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new VolumePage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        NodeStorage.Repository r = page.repository();
        String name = page.name.getText().strip();
        job = StorageJobs.createVolume(page.node(), r.sr().uuid(), name, page.size.bytes().orElseThrow(),
                page.format());
        job.schedule();
        result = new VolumeReference(r.sr().uuid(), r.sr().type(), name);
        return true;
    }

    @Override
    public boolean performCancel() {
        page.formats.cancel();
        return true;
    }

    /** @return how a disk names the volume Finish makes; empty before Finish (or after Cancel) */
    public Optional<VolumeReference> result() {
        return Optional.ofNullable(result);
    }

    /** @return the node the volume is made on, once finished */
    public NodeConnection node() {
        return page.node();
    }

    /** @return the job Finish started, for tests; null before */
    public StorageJob<String> job() {
        return job;
    }

    /** The one page. */
    private final class VolumePage extends WizardPage {
        private final List<NodeConnection> nodes = new ArrayList<>();
        private final NodeLook formats = new NodeLook();
        private List<NodeStorage.Repository> repositories = List.of();
        private List<StorageType> types = List.of();
        private Combo nodeCombo;
        private Combo repositoryCombo;
        private Text name;
        private SizeField size;
        private Combo formatCombo;

        VolumePage() {
            super("volume", TITLE, null);
            setDescription(Messages.NewVolumeWizard_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(2, false));
            nodeCombo = combo(body, Messages.NewVolumeWizard_node, "node");
            for (NodeConnection c : NodeService.get().connections()) {
                if (c.state() == ConnectionState.CONNECTED) {
                    nodes.add(c);
                    nodeCombo.add(c.node().label());
                }
            }
            repositoryCombo = combo(body, Messages.NewVolumeWizard_repository, "repository");
            new Label(body, SWT.NONE).setText(Messages.NewVolumeWizard_name);
            name = new Text(body, SWT.BORDER);
            name.setData(StorageUi.FIELD_KEY, "name");
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
            new Label(body, SWT.NONE).setText(Messages.NewVolumeWizard_size);
            size = new SizeField(body, "size", this::validate);
            formatCombo = combo(body, Messages.NewVolumeWizard_format, "format");
            nodeCombo.addModifyListener(e -> nodeChanged());
            repositoryCombo.addModifyListener(e -> showFormats());
            name.addModifyListener(e -> validate());
            formatCombo.addModifyListener(e -> validate());
            setControl(body);
            int index = preselectedNode == null ? 0 : Math.max(0, nodes.indexOf(preselectedNode));
            if (!nodes.isEmpty()) {
                nodeCombo.select(index);
                nodeChanged();
            }
            validate();
        }

        private Combo combo(Composite body, String label, String key) {
            new Label(body, SWT.NONE).setText(label);
            Combo c = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            c.setData(StorageUi.FIELD_KEY, key);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
            return c;
        }

        NodeConnection node() {
            int i = nodeCombo.getSelectionIndex();
            return i < 0 ? null : nodes.get(i);
        }

        NodeStorage.Repository repository() {
            int i = repositoryCombo.getSelectionIndex();
            return i < 0 ? null : repositories.get(i);
        }

        /** @return the chosen format, empty for the repository's default */
        String format() {
            int i = formatCombo.getSelectionIndex();
            return i <= 0 ? "" : formatCombo.getItem(i);
        }

        private void nodeChanged() {
            NodeConnection node = node();
            repositories = node == null ? List.of() : NodeStorage.of(node.model()).repositories().stream()
                    .filter(r -> r.registered() && r.attached() && r.sr().allows("vdi_create")).toList();
            repositoryCombo.removeAll();
            int select = 0;
            for (int i = 0; i < repositories.size(); i++) {
                NodeStorage.Repository r = repositories.get(i);
                repositoryCombo.add(NLS.bind(Messages.NewVolumeWizard_repositoryItem, new Object[] {r.sr().name(),
                    r.sr().type(), StorageText.size(r.sr().free())}));
                if (r.sr().uuid().equals(preselectedSr)) {
                    select = i;
                }
            }
            if (!repositories.isEmpty()) {
                repositoryCombo.select(select);
            }
            types = List.of();
            if (node != null) {
                formats.start(StorageJobs.readTypes(node), nodeCombo, job -> {
                    types = job.getResult().getSeverity() == IStatus.OK ? job.answer().orElse(List.of()) : List.of();
                    showFormats();
                });
            }
            showFormats();
        }

        /** The formats of the chosen repository's type, when the node says; else the usual ones. */
        private void showFormats() {
            NodeStorage.Repository r = repository();
            List<String> offered = r == null ? List.of() : types.stream().filter(t -> t.type().equals(r.sr().type()))
                    .findFirst().map(StorageType::formats).orElse(List.of());
            String before = format();
            formatCombo.removeAll();
            formatCombo.add(Messages.NewVolumeWizard_defaultFormat);
            (offered.isEmpty() ? List.of("raw", "qcow2") : offered).forEach(formatCombo::add);
            int keep = formatCombo.indexOf(before);
            formatCombo.select(keep < 0 ? 0 : keep);
            validate();
        }

        private void validate() {
            if (formatCombo == null) {
                return;
            }
            String error = null;
            String message = null;
            NodeStorage.Repository r = repository();
            String n = name.getText().strip();
            OptionalLong bytes = size.bytes();
            if (nodes.isEmpty()) {
                error = Messages.NewVolumeWizard_noNode;
            } else if (r == null) {
                error = NLS.bind(Messages.NewVolumeWizard_noRepository, node().node().name());
            } else if (n.isEmpty()) {
                error = Messages.NewVolumeWizard_enterName;
            } else if (!NAME.matcher(n).matches()) {
                error = Messages.NewVolumeWizard_badName;
            } else if (r.volumes().stream().anyMatch(v -> v.vdi().volumeName().equals(n))) {
                error = NLS.bind(Messages.NewVolumeWizard_nameTaken, n, r.sr().name());
            } else if (size.isEmpty()) {
                error = Messages.NewVolumeWizard_enterSize;
            } else if (bytes.isEmpty() || bytes.getAsLong() <= 0) {
                error = Messages.NewVolumeWizard_badSize;
            } else if (r.sr().physicalSize() > 0 && bytes.getAsLong() > r.sr().free()) {
                message = NLS.bind(Messages.NewVolumeWizard_largerThanFree, StorageText.size(r.sr().free()));
            }
            setErrorMessage(error);
            setMessage(message, IMessageProvider.WARNING);
            setPageComplete(error == null);
        }

        @Override
        public void dispose() {
            formats.cancel();
            super.dispose();
        }
    }
}
