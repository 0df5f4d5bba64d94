package org.xenophilia.ui.deploy.internal.wizards;

import java.util.Optional;

import org.eclipse.jface.wizard.Wizard;
import org.xenophilia.core.image.DeployRequest;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.core.image.ImageJobs;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;

/**
 * Deploy Image: an image of a connected node's catalog ({@link ImagePage}), the repository its volume is made in with
 * the new domain's name, size, memory, vCPUs, network and whether it starts ({@link DomainPage}, checked as typed),
 * then what will be made in words ({@link SummaryPage}). Finish starts the deployment as a user job
 * ({@link ImageJobs#deploy}) whose phase and bytes the Progress view shows; once it succeeds, {@link DeployedDomain}
 * selects the new domain in the Domains view and offers to open it.
 */
public final class DeployImageWizard extends Wizard {

    private final Optional<ImageItem> preselected;
    private ImagePage imagePage;
    private DomainPage domainPage;
    private ImageJob<String> job;

    /** @param preselected the image to offer first, if any */
    public DeployImageWizard(Optional<ImageItem> preselected) {
        this.preselected = preselected;
        setWindowTitle(Messages.DeployWizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        imagePage = new ImagePage(preselected);
        domainPage = new DomainPage(imagePage);
        addPage(imagePage);
        addPage(domainPage);
        addPage(new SummaryPage(imagePage, domainPage));
    }

    @Override
    public boolean canFinish() {
        return imagePage.isPageComplete() && domainPage.isPageComplete() && getContainer().getCurrentPage()
                .getNextPage() == null;
    }

    @Override
    public boolean performFinish() {
        ImageItem item = imagePage.selected().orElseThrow();
        DeployRequest request = domainPage.request(item);
        job = ImageJobs.deploy(item.node(), request);
        DeployedDomain.follow(job, request.name());
        job.schedule();
        return true;
    }

    @Override
    public boolean performCancel() {
        imagePage.cancelLook();
        return true;
    }

    /** @return the job Finish started, for tests; null before */
    public ImageJob<String> job() {
        return job;
    }
}
