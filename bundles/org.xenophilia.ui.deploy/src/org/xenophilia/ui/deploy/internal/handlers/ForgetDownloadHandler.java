package org.xenophilia.ui.deploy.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.core.image.ImageJobs;
import org.xenophilia.ui.deploy.internal.ImageItem;
import org.xenophilia.ui.deploy.internal.Messages;
import org.xenophilia.ui.deploy.internal.view.ImagesView;

/**
 * Removes the selected image's downloaded file from its node after asking ({@code Xenophilia.image.forget_download},
 * a user job), so that its next deployment downloads it again; enabled on a downloaded image of a remote source (an
 * image of the node's own directory is not a download).
 */
public final class ForgetDownloadHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(ImageSelection.of(evaluationContext).image().filter(ForgetDownloadHandler::forgettable)
                .isPresent());
    }

    private static boolean forgettable(ImageItem item) {
        return item.image().local() && item.image().source().matches("(?i)https?://.*");
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ImageSelection.ofSelection(HandlerUtil.getCurrentSelection(event)).image().filter(
                ForgetDownloadHandler::forgettable).ifPresent(item -> {
                    if (MessageDialog.openConfirm(shell, Messages.ForgetDownload_title, NLS.bind(
                            Messages.ForgetDownload_question, item.image().id(), item.node().node().name()))) {
                        forget(item, shell.getDisplay());
                    }
                });
        return null;
    }

    private static void forget(ImageItem item, Display display) {
        ImageJob<Boolean> job = ImageJobs.forgetDownload(item.node(), item.image().id());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() != IStatus.CANCEL && !display.isDisposed()) {
                    display.asyncExec(() -> ImagesView.find().ifPresent(v -> v.reread(item.node())));
                }
            }
        });
        job.schedule();
    }
}
