package org.xenophilia.ui.deploy.internal.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.core.image.ImageJobs;
import org.xenophilia.core.image.NodeImages;

/**
 * Reads the catalogs of the nodes the Images view shows, in the background: images are not in a node's model, so the
 * view asks for them when a node connects and when the user refreshes ({@code Xenophilia.image.get_all}, a system
 * job; {@code Xenophilia.image.refresh}, a user job in the Progress view). One read per node at a time: a request
 * while one runs is remembered and made once it ends (a refresh wins over a read). Answers reach the view on the
 * display thread, only while it lives.
 */
final class CatalogReader {

    /** What the view is told. */
    interface Answers {
        /**
         * @param node a node
         * @param images its catalog now
         */
        void read(NodeConnection node, NodeImages images);

        /**
         * @param node a node
         * @param words why its catalog could not be read
         */
        void failed(NodeConnection node, String words);
    }

    private final Control owner;
    private final Answers answers;
    /** Display thread only. */
    private final Map<NodeConnection, ImageJob<NodeImages>> running = new HashMap<>();
    /** The nodes to read again once their read ends; mapped to whether that is a refresh. */
    private final Map<NodeConnection, Boolean> again = new HashMap<>();
    private final Set<ImageJob<NodeImages>> dropped = new HashSet<>();

    /**
     * @param owner the view's control: answers stop once it is disposed
     * @param answers told each node's catalog, on the display thread
     */
    CatalogReader(Control owner, Answers answers) {
        this.owner = owner;
        this.answers = answers;
    }

    /**
     * Reads a node's catalog (display thread).
     *
     * @param node the node, connected
     * @param refresh whether the node reads its sources again first (a user job)
     */
    void read(NodeConnection node, boolean refresh) {
        if (running.containsKey(node)) {
            again.merge(node, refresh, Boolean::logicalOr);
            return;
        }
        ImageJob<NodeImages> job = refresh ? ImageJobs.refresh(node) : ImageJobs.read(node);
        if (!refresh) {
            job.setUser(false);
            job.setSystem(true);
        }
        running.put(node, job);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!owner.isDisposed()) {
                    owner.getDisplay().asyncExec(() -> finished(node, job));
                }
            }
        });
        job.schedule();
    }

    private void finished(NodeConnection node, ImageJob<NodeImages> job) {
        running.remove(node, job);
        if (owner.isDisposed() || dropped.remove(job)) {
            return;
        }
        IStatus result = job.getResult();
        if (result.getSeverity() == IStatus.OK) {
            answers.read(node, job.answer().orElse(NodeImages.empty()));
        } else if (result.getSeverity() != IStatus.CANCEL) {
            answers.failed(node, result.getMessage());
        }
        Boolean refresh = again.remove(node);
        if (refresh != null) {
            read(node, refresh);
        }
    }

    /** @param node a node gone or disconnected: its read under way, if any, is cancelled and its answer dropped */
    void forget(NodeConnection node) {
        ImageJob<NodeImages> job = running.remove(node);
        again.remove(node);
        if (job != null) {
            dropped.add(job);
            job.cancel();
        }
    }

    /** Stops reading: the reads under way are cancelled (their calls aborted). */
    void dispose() {
        running.values().forEach(ImageJob::cancel);
        running.clear();
        again.clear();
    }
}
