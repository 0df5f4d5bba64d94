package org.xenophilia.ui.storage.internal.wizards;

import java.util.OptionalLong;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageText;

/**
 * Resize Volume: the new size of one volume, then {@code VDI.resize} in a job. Volumes only grow (a guest's file
 * system would lose its end), so a size that is not larger than the current one is refused here, before any call.
 */
public final class ResizeVolumeWizard extends Wizard {

    /** The wizard's window title. */
    public static final String TITLE = Messages.ResizeVolumeWizard_title;

    private final NodeConnection node;
    private final VdiInfo vdi;
    private SizeField size;
    private StorageJob<Void> job;

    /**
     * @param node the volume's node
     * @param vdi the volume, as last known
     */
    public ResizeVolumeWizard(NodeConnection node, VdiInfo vdi) {
        this.node = node;
        this.vdi = vdi;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(new WizardPage("size", TITLE, null) {
            @Override
            public void createControl(Composite parent) {
                setDescription(NLS.bind(Messages.ResizeVolumeWizard_description, vdi.name(), node.node().name()));
                Composite body = new Composite(parent, SWT.NONE);
                body.setLayout(new GridLayout(2, false));
                new Label(body, SWT.NONE).setText(Messages.ResizeVolumeWizard_current);
                Label current = new Label(body, SWT.NONE);
                current.setText(StorageText.size(vdi.virtualSize()));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(current);
                new Label(body, SWT.NONE).setText(Messages.ResizeVolumeWizard_newSize);
                size = new SizeField(body, "size", () -> validate(this));
                size.show(vdi.virtualSize());
                setControl(body);
                // the current size, shown to start from, is not yet a mistake
                setErrorMessage(null);
                setPageComplete(false);
            }
        });
    }

    private void validate(WizardPage page) {
        OptionalLong bytes = size.bytes();
        String error = null;
        if (bytes.isEmpty()) {
            error = Messages.NewVolumeWizard_badSize;
        } else if (bytes.getAsLong() <= vdi.virtualSize()) {
            error = NLS.bind(Messages.ResizeVolumeWizard_onlyGrows, StorageText.size(vdi.virtualSize()));
        }
        page.setErrorMessage(error);
        page.setPageComplete(error == null);
    }

    @Override
    public boolean performFinish() {
        job = StorageJobs.resizeVolume(node, vdi.uuid(), vdi.name(), size.bytes().orElseThrow());
        job.schedule();
        return true;
    }

    /** @return the job Finish started, for tests; null before */
    public StorageJob<Void> job() {
        return job;
    }
}
