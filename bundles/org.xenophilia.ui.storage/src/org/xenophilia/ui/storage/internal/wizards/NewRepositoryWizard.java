package org.xenophilia.ui.storage.internal.wizards;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.wizard.Wizard;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.StorageJob;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.ui.storage.internal.Messages;

/**
 * New Storage Repository: the node and type ({@link TypeChoicePage}), the type's configuration
 * ({@link ConfigurationPage}), what the node finds there before anything is written ({@link ProbePage}), then
 * {@code SR.create} in a job. Finish is offered only on the last page, once the node has looked.
 */
public final class NewRepositoryWizard extends Wizard {

    /** The wizard's window title. */
    public static final String TITLE = Messages.NewRepositoryWizard_title;
    /** The configuration key that makes a repository where other data is. */
    static final String FORCE = "force";

    private final NodeConnection preselected;
    private TypeChoicePage choice;
    private ConfigurationPage configuration;
    private ProbePage probe;
    private StorageJob<String> job;

    /** @param preselected the node to offer first, or null */
    public NewRepositoryWizard(NodeConnection preselected) {
        this.preselected = preselected;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        choice = new TypeChoicePage(preselected);
        configuration = new ConfigurationPage(choice);
        probe = new ProbePage(choice, configuration);
        addPage(choice);
        addPage(configuration);
        addPage(probe);
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == probe && probe.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Map<String, String> config = new LinkedHashMap<>(configuration.deviceConfig());
        if (probe.force()) {
            config.put(FORCE, "true");
        }
        job = StorageJobs.createRepository(choice.node(), choice.type().orElseThrow().type(), choice.repositoryName(),
                choice.repositoryDescription(), config);
        job.schedule();
        return true;
    }

    @Override
    public boolean performCancel() {
        choice.cancel();
        probe.cancel();
        return true;
    }

    /** @return the job Finish started, for tests; null before */
    public StorageJob<String> job() {
        return job;
    }

    /** @return the configuration page's contributed or generic page, for tests */
    public Object typePage() {
        return configuration.page();
    }

    /** @return whether the configuration page shows the generic page, for tests */
    public boolean genericPage() {
        return configuration.generic();
    }
}
