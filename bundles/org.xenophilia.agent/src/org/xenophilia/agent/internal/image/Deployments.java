package org.xenophilia.agent.internal.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import org.xenophilia.agent.internal.api.TaskManager.TrackedTask;
import org.xenophilia.files.StorageFullException;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageDeployer;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The deployments of images on this node. A request is checked against the image and the node before anything is
 * made ({@link #check}); then, as its task's work ({@link #deploy}): the image's file is fetched, the journal written,
 * the volume made in the chosen SR and the image written into it, the domain defined from the image's template and
 * started when asked, and the journal removed. Until the domain is defined a cancel stops it at once; a failure or a
 * cancel destroys the volume, so that nothing of the deployment stays (a partial download is the deployer's, kept to
 * be resumed).
 */
public final class Deployments {

    private static final System.Logger LOG = System.getLogger(Deployments.class.getName());
    private static final long MIB = 1L << 20;
    private static final int MAX_VCPUS = 512;

    private final NodeImages images;
    private final DeploymentVolumes volumes;
    private final DeploymentDomains domains;
    private final DeploymentJournal journal;

    private Deployments(NodeImages images, DeploymentVolumes volumes, DeploymentDomains domains,
            DeploymentJournal journal) {
        this.images = images;
        this.volumes = volumes;
        this.domains = domains;
        this.journal = journal;
    }

    /**
     * Opens the journal and puts right what the deployments a stop interrupted left ({@link JournalRecovery}).
     *
     * @param images the node's images
     * @param volumes the registered storage
     * @param domains the node's domains
     * @param stateDir the Agent's state directory
     * @return the deployments
     * @throws IOException if the journal's directory cannot be made or read
     */
    public static Deployments open(NodeImages images, DeploymentVolumes volumes, DeploymentDomains domains,
            Path stateDir) throws IOException {
        DeploymentJournal journal = DeploymentJournal.open(stateDir);
        JournalRecovery.resolve(journal, volumes, domains);
        return new Deployments(images, volumes, domains, journal);
    }

    /**
     * Checks a request: the image exists and is built for this host, the SR is plugged and large enough, the name is
     * free (as a domain's and as a volume's), the memory at least the image's minimum, the network exists.
     *
     * @param r the request
     * @return what the deployment will make
     * @throws XenApiException {@code XENOPHILIA_IMAGE_NOT_FOUND}, {@code XENOPHILIA_IMAGE_INVALID [field, words]},
     *         {@code HANDLE_INVALID}
     */
    public DeployPlan check(DeployRequest r) throws XenApiException {
        CatalogImage image = images.image(r.image());
        Image e = image.entry();
        String arch = e.getArchitecture().getLiteral();
        if (!arch.equals(domains.architecture())) {
            throw ImageErrors.invalid("image", image.id() + " is built for " + arch + ", this host is "
                    + domains.architecture());
        }
        DeploymentVolumes.Destination sr = volumes.repository(r.sr());
        if (domains.nameTaken(r.name())) {
            throw ImageErrors.invalid("name_label", "a domain is named " + r.name() + " already");
        }
        volumes.checkName(sr, r.name());
        long size = r.size() != null ? r.size() : e.getMinimumDisk();
        if (size < e.getMinimumDisk()) {
            throw ImageErrors.invalid("size", "the disk must have at least the image's " + e.getMinimumDisk()
                    + " bytes, not " + size);
        }
        if (size > sr.free()) {
            throw ImageErrors.invalid("size", "the SR has " + sr.free() + " bytes free, the disk needs " + size);
        }
        long minimum = e.getMinimumMemory() * MIB;
        long memory = r.memory() != null ? r.memory()
                : e.getTemplate().isSetMemory() ? e.getTemplate().getMemory() * MIB : minimum;
        if (memory < minimum) {
            throw ImageErrors.invalid("memory", "the image needs at least " + minimum + " bytes of memory, not "
                    + memory);
        }
        if (memory % MIB != 0 || memory / MIB > Integer.MAX_VALUE) {
            throw ImageErrors.invalid("memory", "memory is given in whole MiB (a multiple of 1048576 bytes): "
                    + memory);
        }
        long vcpus = r.vcpus() != null ? r.vcpus() : e.getTemplate().isSetVcpus() ? e.getTemplate().getVcpus() : 1;
        if (vcpus < 1 || vcpus > MAX_VCPUS) {
            throw ImageErrors.invalid("VCPUs", "from 1 to " + MAX_VCPUS + ", not " + vcpus);
        }
        String network = r.network() == null ? null : domains.network(r.network());
        return new DeployPlan(image, sr, r.name(), size, (int) (memory / MIB), (int) vcpus, network, r.start(),
                UUID.randomUUID().toString());
    }

    /**
     * Deploys without a task (the synchronous call): as {@link #deploy(DeployPlan, TrackedTask)}, never cancelled.
     *
     * @param plan the checked deployment
     * @return the new VM's reference
     */
    public Ref deploy(DeployPlan plan) throws XenApiException {
        return deploy(plan, new UntrackedTask());
    }

    /**
     * Deploys: the task's work.
     *
     * @param plan the checked deployment
     * @param task the task it runs as
     * @return the new VM's reference
     * @throws XenApiException the failure (the image's {@code XENOPHILIA_IMAGE_<KIND>}, the storage's, the
     *         backend's), with nothing of the deployment left
     * @throws CancellationException when the task was cancelled, with nothing left
     */
    public Ref deploy(DeployPlan plan, TrackedTask task) throws XenApiException {
        TaskDeployProgress progress = new TaskDeployProgress(task, plan.image().id());
        progress.phase(DeployPhase.CHECKING, -1);
        ImageDeployer deployer = images.deployer();
        Path file;
        try {
            file = deployer.fetch(plan.image(), progress);
        } catch (ImageException e) {
            throw failure(e);
        }
        stopIfCancelled(task);
        DeploymentJournal.Entry entry = new DeploymentJournal.Entry(task.uuid(), plan.sr().uuid(), plan.name(),
                plan.name(), plan.domainUuid(), plan.image().id(), DeploymentJournal.Stage.VOLUME);
        write(entry);
        boolean made = false;
        Ref vm;
        try {
            progress.phase(DeployPhase.CREATING_VOLUME, -1);
            Path volume = volumes.create(plan.sr(), plan.name(), plan.size());
            made = true;
            stopIfCancelled(task);
            try {
                // a new volume reads as zeros with the built-in backends (a sparse file; an LV zeroed at creation or
                // thin); the storage SPI does not say so for a third party's, which is a known gap (docs/images.md)
                deployer.write(plan.image(), file, new DeployTarget(volume, plan.size(), true), progress);
            } catch (ImageException e) {
                throw failure(e);
            }
            stopIfCancelled(task);
            // from here the domain is made: a cancel would leave it half made, so it is no longer offered
            task.cancellable(false);
            stopIfCancelled(task);
            write(entry.at(DeploymentJournal.Stage.DEFINING));
            progress.phase(DeployPhase.DEFINING, -1);
            vm = domains.define(TemplateDomain.of(plan, volumes.reference(plan.sr(), plan.name())));
            if (plan.start()) {
                progress.phase(DeployPhase.STARTING, -1);
                start(plan);
            }
        } catch (XenApiException | RuntimeException e) {
            undo(plan, made, task.uuid());
            throw e;
        }
        try {
            ended(task.uuid());
        } catch (XenApiException e) {
            // the domain is whole: the journal left says so to the next start, which keeps it
            LOG.log(System.Logger.Level.WARNING, "the journal of the deployment of " + plan.name() + " cannot be"
                    + " removed now, the Agent's next start does: " + e.getMessage());
        }
        return vm;
    }

    /** Starts the new domain; one that cannot start is removed, as everything else of a failed deployment. */
    private void start(DeployPlan plan) throws XenApiException {
        try {
            domains.start(plan.domainUuid());
        } catch (XenApiException e) {
            try {
                domains.undefine(plan.domainUuid());
            } catch (XenApiException | RuntimeException gone) {
                LOG.log(System.Logger.Level.WARNING, "domain " + plan.name() + " of a failed deployment cannot be"
                        + " removed: " + gone.getMessage());
            }
            throw e;
        }
    }

    /** Removes what a failed or cancelled deployment made; what cannot be removed is left to the next start. */
    private void undo(DeployPlan plan, boolean made, String task) {
        try {
            if (made) {
                volumes.destroy(plan.sr().uuid(), plan.name());
            }
            ended(task);
        } catch (XenApiException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "volume " + plan.name() + " of a failed deployment cannot be"
                    + " removed now, the Agent's next start tries again: " + e.getMessage());
        }
    }

    private void ended(String task) throws XenApiException {
        try {
            journal.remove(task);
        } catch (IOException e) {
            throw written(e);
        }
    }

    private void write(DeploymentJournal.Entry e) throws XenApiException {
        try {
            journal.write(e);
        } catch (IOException ex) {
            throw written(ex);
        }
    }

    /** @return the journal's failure: the Agent's disk-full error, or an internal error */
    private static XenApiException written(IOException e) {
        if (e instanceof StorageFullException full) {
            return new XenApiException("XENOPHILIA_DISK_FULL", List.of(full.directory().toString(),
                    String.valueOf(e.getMessage())));
        }
        return ErrorCode.INTERNAL_ERROR.exception("the deployment's journal cannot be written: " + e.getMessage());
    }

    private static void stopIfCancelled(TrackedTask task) {
        if (task.cancelled()) {
            throw new CancellationException();
        }
    }

    /** @return a deployer's failure as the task ends with it: a cancel as a cancel, anything else as its error */
    private static XenApiException failure(ImageException e) {
        if (e.kind() == ImageException.Kind.CANCELLED) {
            throw new CancellationException(e.getMessage());
        }
        return ImageErrors.of(e);
    }

    /** The task of a synchronous deployment: nobody watches it, nobody can cancel it. */
    private static final class UntrackedTask implements TrackedTask {
        private final String uuid = UUID.randomUUID().toString();

        @Override
        public String uuid() {
            return uuid;
        }

        @Override
        public void describe(Map<String, String> otherConfig, double fraction, boolean milestone) {
            // nobody watches
        }

        @Override
        public void report(double fraction) {
            // nobody watches
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
