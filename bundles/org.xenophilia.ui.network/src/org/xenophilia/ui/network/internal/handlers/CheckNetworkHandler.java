package org.xenophilia.ui.network.internal.handlers;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.xenophilia.core.network.NetworkJob;
import org.xenophilia.core.network.NetworkJobs;
import org.xenophilia.ui.network.internal.Messages;

/**
 * Compares the selected network with its node's host ({@code Xenophilia.network.check}) in a job and says what
 * differs; when something does, offers to repair it ({@code repair}, another job), and says what was changed.
 */
public final class CheckNetworkHandler extends ChangeableNetworkHandler {

    /** The title of the answers. */
    public static final String TITLE = Messages.CheckNetwork_title;

    @Override
    void run(Shell shell, NetworkSelection.Selected s) {
        String uuid = s.network().info().uuid();
        String name = s.network().name();
        NetworkJob<List<String>> check = NetworkJobs.check(s.node(), uuid, name);
        whenDone(shell, check, differences -> {
            if (differences.isEmpty()) {
                MessageDialog.openInformation(shell, TITLE, NLS.bind(Messages.CheckNetwork_asDefined, name));
            } else if (MessageDialog.openQuestion(shell, TITLE, NLS.bind(Messages.CheckNetwork_differs, name, String
                    .join("\n", differences)))) {
                whenDone(shell, NetworkJobs.repair(s.node(), uuid, name), changed -> MessageDialog.openInformation(
                        shell, TITLE, NLS.bind(Messages.CheckNetwork_repaired, name, changed.isEmpty()
                                ? Messages.CheckNetwork_nothing : String.join("\n", changed))));
            }
        });
    }

    /** Schedules the job; its answer is handed on on the display thread (a failure is the job's own error). */
    private static void whenDone(Shell shell, NetworkJob<List<String>> job, Consumer<List<String>> then) {
        Display display = shell.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent e) {
                if (e.getResult().getSeverity() == IStatus.OK && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            then.accept(job.answer().orElse(List.of()));
                        }
                    });
                }
            }
        });
        job.schedule();
    }
}
