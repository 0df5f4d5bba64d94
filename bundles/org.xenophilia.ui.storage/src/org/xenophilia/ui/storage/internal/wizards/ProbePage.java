package org.xenophilia.ui.storage.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.ProbeResult;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.ui.internal.views.node.NodeLook;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageText;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * The New Storage Repository wizard's last page: before anything is written, the node looks at the configured
 * location ({@code SR.probe_ext}, in the background; leaving the page cancels it) and the page shows what is there:
 * nothing, a repository made before, or other data (a file system, a partition table ...) with the device's size and
 * free space. Only when other data is there does a checkbox offer to use the location anyway ({@code force}), and
 * Finish waits for it. A node that cannot look says so, and Finish asks it to create, which it refuses where data is.
 */
final class ProbePage extends WizardPage {

    private final TypeChoicePage choice;
    private final ConfigurationPage configuration;
    private final NodeLook probing = new NodeLook();
    private Text findings;
    private Button force;
    /** What was looked at last: node, type and configuration. */
    private String probedFor;
    private boolean otherData;
    private boolean looked;

    ProbePage(TypeChoicePage choice, ConfigurationPage configuration) {
        super("probe", Messages.NewRepositoryWizard_title, null);
        this.choice = choice;
        this.configuration = configuration;
        setDescription(Messages.ProbePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        findings = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        findings.setData(StorageUi.FIELD_KEY, "findings");
        GridDataFactory.fillDefaults().grab(true, true).hint(440, 140).applyTo(findings);
        force = new Button(body, SWT.CHECK);
        force.setText(Messages.ProbePage_force);
        force.setData(StorageUi.FIELD_KEY, "force");
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(force);
        force.setVisible(false);
        force.addListener(SWT.Selection, e -> validate());
        setControl(body);
        setPageComplete(false);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            lookIfChanged();
        } else {
            cancel(); // Back: what is looked at may change
        }
    }

    private void lookIfChanged() {
        NodeConnection node = choice.node();
        String type = choice.type().map(t -> t.type()).orElse(null);
        Map<String, String> config = configuration.deviceConfig();
        String key = node == null || type == null ? null : node.nodeId() + "/" + type + "/" + config;
        if (key == null || key.equals(probedFor) && looked) {
            validate();
            return;
        }
        probedFor = key;
        looked = false;
        otherData = false;
        showForce(false);
        setMessage(null);
        setErrorMessage(null);
        findings.setText(NLS.bind(Messages.ProbePage_looking, node.node().name()));
        probing.start(StorageJobs.probe(node, type, config, choice.repositoryName()), getControl(), this::looked);
        validate();
    }

    private void looked(StorageJob<Optional<List<ProbeResult>>> job) {
        String node = job.node().node().name();
        if (job.getResult().getSeverity() != IStatus.OK) {
            findings.setText(job.getResult().getMessage());
            setErrorMessage(Messages.ProbePage_failed);
            probedFor = null; // look again when the page shows next
            validate();
            return;
        }
        looked = true;
        Optional<List<ProbeResult>> results = job.answer().orElse(Optional.empty());
        if (results.isEmpty()) {
            findings.setText(NLS.bind(Messages.ProbePage_cannotLook, node));
            setMessage(Messages.ProbePage_cannotLookShort, IMessageProvider.WARNING);
        } else {
            findings.setText(describe(results.get(), node));
            otherData = results.get().stream().anyMatch(ProbeResult::holdsOtherData);
            boolean existing = results.get().stream().anyMatch(r -> r.existing().isPresent());
            showForce(otherData);
            if (otherData) {
                setMessage(Messages.ProbePage_otherDataShort, IMessageProvider.WARNING);
            } else if (existing) {
                setMessage(Messages.ProbePage_existingShort, IMessageProvider.WARNING);
            } else {
                setMessage(Messages.ProbePage_emptyShort, IMessageProvider.INFORMATION);
            }
        }
        validate();
    }

    /** What the node found, in words. */
    static String describe(List<ProbeResult> results, String node) {
        List<String> parts = new ArrayList<>();
        for (ProbeResult r : results) {
            List<String> lines = new ArrayList<>();
            r.existing().ifPresent(e -> lines.add(NLS.bind(Messages.ProbePage_existing, new Object[] {e.name(),
                e.uuid(), StorageText.size(e.totalSpace()), StorageText.size(e.freeSpace())})));
            if (r.holdsOtherData()) {
                lines.add(Messages.ProbePage_otherData);
                r.otherData().forEach(d -> lines.add("  \u2022 " + d));
            }
            if (r.existing().isEmpty() && !r.holdsOtherData()) {
                lines.add(Messages.ProbePage_nothing);
            }
            if (r.physicalSize().isPresent()) {
                lines.add(NLS.bind(Messages.ProbePage_size, StorageText.size(r.physicalSize().getAsLong()),
                        r.free().isPresent() ? StorageText.size(r.free().getAsLong()) : "?"));
            }
            if (!r.complete()) {
                lines.add(Messages.ProbePage_incomplete);
            }
            parts.add(String.join("\n", lines));
        }
        return parts.isEmpty() ? NLS.bind(Messages.ProbePage_noResult, node) : String.join("\n\n", parts);
    }

    private void showForce(boolean show) {
        force.setSelection(false);
        force.setVisible(show);
        ((GridData) force.getLayoutData()).exclude = !show;
        force.getParent().layout(true);
    }

    private void validate() {
        setPageComplete(looked && (!otherData || force.getSelection()));
    }

    /** @return whether the user chose to make the repository where other data is */
    boolean force() {
        return otherData && force.getSelection();
    }

    /** Stops looking (Back, Cancel). */
    void cancel() {
        if (probing.running()) {
            probing.cancel();
            probedFor = null;
        }
    }

    @Override
    public void dispose() {
        probing.cancel();
        super.dispose();
    }
}
