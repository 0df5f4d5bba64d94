package org.xenophilia.ui.deploy.internal.wizards;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.SrInfo;
import org.xenophilia.core.image.DeployRequest;
import org.xenophilia.core.image.DomainNames;
import org.xenophilia.core.image.ImageInfo;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;

/**
 * The Deploy Image wizard's second page: where and what, from the chosen image's node as its model has it now: an
 * attached repository of the node with its free space, the new domain's name, the volume's size (the image's minimum
 * disk first), memory and vCPUs (the template's first), one of the node's own networks (a bridge it does not manage
 * cannot be named) or none, and whether it starts. Checked as typed, in words that name the field and the numbers:
 * a name that is not a domain name or that a domain of the node has, a size below the image's minimum disk, a
 * repository with less room than the size, memory below the image's minimum.
 */
final class DomainPage extends WizardPage {

    private static final long MIB = 1L << 20;

    private final ImagePage imagePage;
    private ImageItem shownFor;
    private List<NodeStorage.Repository> repositories = List.of();
    private List<NodeNetworks.Network> networks = List.of();
    private Combo repositoryCombo;
    private Text name;
    private Text size;
    private Text memory;
    private Spinner vcpus;
    private Combo networkCombo;
    private Button start;

    DomainPage(ImagePage imagePage) {
        super("domain", Messages.DeployWizard_title, null);
        this.imagePage = imagePage;
        setDescription(Messages.DomainPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        repositoryCombo = combo(body, Messages.DomainPage_repository, "repository");
        name = text(body, Messages.DomainPage_name, "name");
        size = text(body, Messages.DomainPage_size, "size");
        memory = text(body, Messages.DomainPage_memory, "memory");
        new Label(body, SWT.NONE).setText(Messages.DomainPage_vcpus);
        vcpus = new Spinner(body, SWT.BORDER);
        vcpus.setData(DeployUi.FIELD_KEY, "vcpus");
        vcpus.setValues(1, 1, 128, 0, 1, 4);
        networkCombo = combo(body, Messages.DomainPage_network, "network");
        new Label(body, SWT.NONE);
        start = new Button(body, SWT.CHECK);
        start.setText(Messages.DomainPage_start);
        start.setData(DeployUi.FIELD_KEY, "start");
        start.setSelection(true);
        repositoryCombo.addModifyListener(e -> validate());
        name.addModifyListener(e -> validate());
        size.addModifyListener(e -> validate());
        memory.addModifyListener(e -> validate());
        setControl(body);
    }

    private static Combo combo(Composite body, String label, String key) {
        new Label(body, SWT.NONE).setText(label);
        Combo c = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setData(DeployUi.FIELD_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(c);
        return c;
    }

    private static Text text(Composite body, String label, String key) {
        new Label(body, SWT.NONE).setText(label);
        Text t = new Text(body, SWT.BORDER);
        t.setData(DeployUi.FIELD_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            imagePage.selected().filter(i -> !i.equals(shownFor)).ifPresent(this::show);
        }
        super.setVisible(visible);
    }

    /** Fills the fields for an image: its node's repositories and networks, its defaults. */
    private void show(ImageItem item) {
        shownFor = item;
        NodeConnection node = item.node();
        ImageInfo image = item.image();
        repositories = NodeStorage.of(node.model()).repositories().stream().filter(r -> r.registered() && r
                .attached() && r.sr().allows("vdi_create")).toList();
        repositoryCombo.removeAll();
        for (NodeStorage.Repository r : repositories) {
            repositoryCombo.add(NLS.bind(Messages.DomainPage_repositoryItem, new Object[] {r.sr().name(), r.sr()
                .type(), ByteSizes.format(r.sr().free())}));
        }
        if (!repositories.isEmpty()) {
            repositoryCombo.select(0);
        }
        networks = NodeNetworks.of(node.model()).defined();
        networkCombo.removeAll();
        networkCombo.add(Messages.DomainPage_noNetwork);
        networks.forEach(n -> networkCombo.add(n.name()));
        networkCombo.select(networks.isEmpty() ? 0 : 1);
        if (name.getText().isEmpty()) {
            name.setText(image.name());
        }
        size.setText(mib(image.minimumDisk()));
        memory.setText(mib(image.defaultMemory()));
        vcpus.setSelection(image.defaultVcpus());
        validate();
    }

    /** A size in whole MiB, rounded up: a default the image's minimum never exceeds. */
    private static String mib(long bytes) {
        return Math.max(1, (bytes + MIB - 1) / MIB) + " MiB";
    }

    private Optional<NodeStorage.Repository> repository() {
        int i = repositoryCombo.getSelectionIndex();
        return i < 0 ? Optional.empty() : Optional.of(repositories.get(i));
    }

    private void validate() {
        setErrorMessage(problem());
        setPageComplete(getErrorMessage() == null && shownFor != null);
    }

    /** @return what is wrong, in words naming the field; null when nothing is */
    private String problem() {
        if (shownFor == null) {
            return null;
        }
        NodeConnection node = shownFor.node();
        ImageInfo image = shownFor.image();
        String n = name.getText().strip();
        OptionalLong bytes = ByteSizes.parse(size.getText(), "MiB");
        OptionalLong mem = ByteSizes.parse(memory.getText(), "MiB");
        Optional<NodeStorage.Repository> r = repository();
        if (r.isEmpty()) {
            return NLS.bind(Messages.DomainPage_noRepository, node.node().name());
        }
        if (n.isEmpty()) {
            return Messages.DomainPage_enterName;
        }
        if (!DomainNames.valid(n)) {
            return NLS.bind(Messages.DomainPage_badName, n);
        }
        if (DomainNames.taken(n, node.model())) {
            return NLS.bind(Messages.DomainPage_nameTaken, n, node.node().name());
        }
        if (bytes.isEmpty() || bytes.getAsLong() <= 0) {
            return Messages.DomainPage_badSize;
        }
        if (bytes.getAsLong() < image.minimumDisk()) {
            return NLS.bind(Messages.DomainPage_belowMinimum, new Object[] {ByteSizes.format(bytes.getAsLong()), image
                .id(), ByteSizes.format(image.minimumDisk())});
        }
        SrInfo sr = r.get().sr();
        if (sr.physicalSize() > 0 && bytes.getAsLong() > sr.free()) {
            return NLS.bind(Messages.DomainPage_tooSmall, new Object[] {sr.name(), ByteSizes.format(sr.free()),
                ByteSizes.format(bytes.getAsLong())});
        }
        if (mem.isEmpty() || mem.getAsLong() < MIB) {
            return Messages.DomainPage_badMemory;
        }
        if (mem.getAsLong() < image.minimumMemory()) {
            return NLS.bind(Messages.DomainPage_memoryBelowMinimum, new Object[] {ByteSizes.format(mem.getAsLong()),
                image.id(), ByteSizes.format(image.minimumMemory())});
        }
        return null;
    }

    /**
     * @param item the chosen image
     * @return what the page says to make
     */
    DeployRequest request(ImageItem item) {
        int network = networkCombo.getSelectionIndex();
        return new DeployRequest(item.image().id(), repository().orElseThrow().sr().uuid(), name.getText().strip(),
                ByteSizes.parse(size.getText(), "MiB"), ByteSizes.parse(memory.getText(), "MiB"), OptionalInt.of(vcpus
                        .getSelection()), network <= 0 ? Optional.empty() : Optional.of(networks.get(network - 1)
                                .info().uuid()), start.getSelection());
    }

    /** @return the chosen repository's name, with its type */
    String repositoryText() {
        return repositoryCombo.getText();
    }

    /** @return the chosen network's name, empty for none */
    Optional<String> networkName() {
        int network = networkCombo.getSelectionIndex();
        return network <= 0 ? Optional.empty() : Optional.of(networks.get(network - 1).name());
    }
}
