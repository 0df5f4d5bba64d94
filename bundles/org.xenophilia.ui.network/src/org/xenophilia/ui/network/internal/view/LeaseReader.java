package org.xenophilia.ui.network.internal.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;
import org.xenophilia.core.network.Lease;
import org.xenophilia.core.network.NetworkJob;
import org.xenophilia.core.network.NetworkJobs;
import org.xenophilia.ui.network.internal.NetworkItem;

/**
 * Reads the leases of the networks the Networks view shows, in the background: a network's leases are not in its
 * record, so each time the view sees its node change (a domain started, a vif plugged) the view asks for them again
 * ({@code Xenophilia.network.get_leases}, a system job). One read per network at a time: a request while one runs is
 * remembered and made once it ends, so a burst of events costs two reads, not one per event. Answers reach the view on
 * the display thread, only while it lives.
 */
final class LeaseReader {

    private final Control owner;
    private final BiConsumer<NetworkItem, List<Lease>> answered;
    /** Display thread only. */
    private final Map<NetworkItem, NetworkJob<List<Lease>>> running = new HashMap<>();
    private final Set<NetworkItem> again = new HashSet<>();

    /**
     * @param owner the view's control: answers stop once it is disposed
     * @param answered told each network's leases, on the display thread
     */
    LeaseReader(Control owner, BiConsumer<NetworkItem, List<Lease>> answered) {
        this.owner = owner;
        this.answered = answered;
    }

    /**
     * Reads a network's leases (display thread).
     *
     * @param item the network, which serves DHCP
     * @param name its name
     */
    void read(NetworkItem item, String name) {
        if (running.containsKey(item)) {
            again.add(item);
            return;
        }
        NetworkJob<List<Lease>> job = NetworkJobs.readLeases(item.node(), item.uuid(), name);
        job.setUser(false);
        job.setSystem(true);
        running.put(item, job);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (owner.isDisposed()) {
                    return;
                }
                owner.getDisplay().asyncExec(() -> finished(item, name, job));
            }
        });
        job.schedule();
    }

    private void finished(NetworkItem item, String name, NetworkJob<List<Lease>> job) {
        running.remove(item);
        if (owner.isDisposed()) {
            return;
        }
        if (job.getResult().getSeverity() == IStatus.OK) {
            answered.accept(item, job.answer().orElse(List.of()));
        }
        if (again.remove(item)) {
            read(item, name);
        }
    }

    /** Stops reading: the reads under way are cancelled (their calls aborted). */
    void dispose() {
        running.values().forEach(NetworkJob::cancel);
        running.clear();
        again.clear();
    }
}
