package org.xenophilia.ui.deploy.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.core.image.PushEntry;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.Messages;

/**
 * The Push Image wizard's page: the file, and its entry: the one the {@code catalog.xml} beside the file has for it
 * (the fields then stay disabled), else the fields as the catalog schema has them, checked as typed. The file's size
 * and SHA-256 are measured by the job, not here.
 */
final class PushPage extends WizardPage {

    private static final long MIB = 1L << 20;

    private final List<Control> fields = new ArrayList<>();
    private Optional<PushEntry> beside = Optional.empty();
    private Text file;
    private Label source;
    private Text name;
    private Text version;
    private Text description;
    private Combo architecture;
    private Combo guestType;
    private Combo content;
    private Combo compression;
    private Text contentSize;
    private Text minimumMemory;
    private Text minimumDisk;
    private Combo boot;
    private Text kernel;
    private Text cmdline;

    PushPage(NodeConnection node) {
        super("push", Messages.PushWizard_title, null);
        setDescription(NLS.bind(Messages.PushPage_description, node.node().name()));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText(Messages.PushPage_file);
        file = new Text(body, SWT.BORDER);
        file.setData(DeployUi.FIELD_KEY, "file");
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.PushPage_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        source = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(source);
        name = text(body, Messages.PushPage_name, "name");
        version = text(body, Messages.PushPage_version, "version");
        description = text(body, Messages.PushPage_about, "description");
        architecture = combo(body, Messages.PushPage_architecture, "architecture", "x86_64", "aarch64");
        guestType = combo(body, Messages.PushPage_guestType, "guestType", "pv", "pvh", "hvm");
        content = combo(body, Messages.PushPage_content, "content", "disk", "rootfs");
        compression = combo(body, Messages.PushPage_compression, "compression", "none", "gz", "xz", "zstd");
        contentSize = text(body, Messages.PushPage_contentSize, "contentSize");
        minimumMemory = text(body, Messages.PushPage_minimumMemory, "minimumMemory");
        minimumDisk = text(body, Messages.PushPage_minimumDisk, "minimumDisk");
        boot = combo(body, Messages.PushPage_boot, "boot", "pygrub", "kernel", "firmware");
        kernel = text(body, Messages.PushPage_kernel, "kernel");
        cmdline = text(body, Messages.PushPage_cmdline, "cmdline");
        minimumMemory.setText("128 MiB");
        file.addModifyListener(e -> fileChanged());
        setControl(body);
        fileChanged();
    }

    private Text text(Composite body, String label, String key) {
        new Label(body, SWT.NONE).setText(label);
        Text t = new Text(body, SWT.BORDER);
        t.setData(DeployUi.FIELD_KEY, key);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(t);
        t.addModifyListener(e -> validate());
        fields.add(t);
        return t;
    }

    private Combo combo(Composite body, String label, String key, String... values) {
        new Label(body, SWT.NONE).setText(label);
        Combo c = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setData(DeployUi.FIELD_KEY, key);
        c.setItems(values);
        c.select(0);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(c);
        c.addModifyListener(e -> validate());
        fields.add(c);
        return c;
    }

    /** Reads the entry beside the chosen file, if there is one; the fields are for a file without. */
    private void fileChanged() {
        beside = Optional.empty();
        String error = null;
        Path f = file();
        if (f != null && Files.isRegularFile(f)) {
            try {
                beside = PushEntry.besideFile(f);
            } catch (IOException e) {
                error = e.getMessage();
            }
        }
        source.setText(beside.map(b -> NLS.bind(Messages.PushPage_fromCatalog, b.id())).orElse(error != null ? error
                : Messages.PushPage_fromFields));
        beside.ifPresent(b -> show(b.fields()));
        fields.forEach(c -> c.setEnabled(beside.isEmpty()));
        source.getParent().layout(true);
        validate();
    }

    /** Shows the entry of the catalog beside the file in the (disabled) fields. */
    private void show(PushEntry.Fields f) {
        name.setText(f.name());
        version.setText(f.version());
        description.setText(f.description());
        architecture.setText(f.architecture());
        guestType.setText(f.guestType());
        content.setText(f.content());
        compression.setText(f.compression());
        contentSize.setText(ByteSizes.format(f.contentSize()));
        minimumMemory.setText(f.minimumMemoryMib() + " MiB");
        minimumDisk.setText(ByteSizes.format(f.minimumDisk()));
        boot.setText(f.boot());
        kernel.setText(f.kernel());
        cmdline.setText(f.cmdline());
    }

    /** @return the chosen file, or null */
    Path file() {
        String f = file.getText().strip();
        return f.isEmpty() ? null : Path.of(f);
    }

    /** @return the image's entry: the one beside the file, or the fields' */
    PushEntry entry() {
        return beside.orElseGet(() -> PushEntry.of(file(), new PushEntry.Fields(name.getText().strip(), version.getText()
                .strip(), description.getText().strip(), architecture.getText(), guestType.getText(), content
                        .getText(), compression.getText(), bytes(contentSize), bytes(minimumMemory) / MIB, bytes(
                                minimumDisk), boot.getText(), kernel.getText().strip(), cmdline.getText().strip())));
    }

    private static long bytes(Text t) {
        return ByteSizes.parse(t.getText(), "MiB").orElse(0);
    }

    private void validate() {
        setErrorMessage(problem());
        setPageComplete(getErrorMessage() == null);
    }

    private String problem() {
        Path f = file();
        if (f == null) {
            return Messages.PushPage_chooseFile;
        }
        if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
            return NLS.bind(Messages.PushPage_noFile, f);
        }
        if (beside.isEmpty() && (name.getText().strip().isEmpty() || version.getText().strip().isEmpty())) {
            return Messages.PushPage_enterNameVersion;
        }
        for (Text size : beside.isEmpty() ? List.of(contentSize, minimumMemory, minimumDisk) : List.<Text>of()) {
            OptionalLong b = ByteSizes.parse(size.getText(), "MiB");
            if (b.isEmpty() || b.getAsLong() <= 0) {
                return NLS.bind(Messages.PushPage_badSize, size.getData(DeployUi.FIELD_KEY));
            }
        }
        try {
            return entry().problems(Files.size(f)).stream().findFirst().orElse(null);
        } catch (IOException e) {
            return NLS.bind(Messages.PushPage_noFile, f);
        }
    }
}
