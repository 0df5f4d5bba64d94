package org.xenophilia.ui.deploy.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.core.image.ImageJobs;
import org.xenophilia.core.image.PushEntry;
import org.xenophilia.ui.deploy.internal.Messages;
import org.xenophilia.ui.deploy.internal.view.ImagesView;

/**
 * Push Image: a file of this machine and its catalog entry, read from the {@code catalog.xml} beside it or entered
 * ({@link PushPage}); Finish sends it to the node as a user job ({@link ImageJobs#push}: its size and SHA-256 measured,
 * then {@code PUT /import_image}, the bytes of each pass in the Progress view, cancellable), after which the Images
 * view reads the node's catalog again.
 */
public final class PushImageWizard extends Wizard {

    private final NodeConnection node;
    private PushPage page;
    private ImageJob<String> job;

    /** @param node the node the image goes to */
    public PushImageWizard(NodeConnection node) {
        this.node = node;
        setWindowTitle(Messages.PushWizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new PushPage(node);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        PushEntry entry = page.entry();
        job = ImageJobs.push(node, file, entry);
        Display display = Display.getCurrent();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.OK && !display.isDisposed()) {
                    display.asyncExec(() -> ImagesView.find().ifPresent(v -> v.reread(node)));
                }
            }
        });
        job.schedule();
        return true;
    }

    /** @return the job Finish started, for tests; null before */
    public ImageJob<String> job() {
        return job;
    }
}
