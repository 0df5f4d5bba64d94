package org.xenophilia.ui.deploy.internal.wizards;

import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.progress.IProgressConstants;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.core.image.ImageJob;
import org.xenophilia.ui.deploy.internal.DeployUi;
import org.xenophilia.ui.deploy.internal.Messages;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.views.DomainsView;

/**
 * What the Workbench does when a deployment succeeds: the new domain is selected in the Domains view as soon as the
 * view lists it (its VM comes by the node's event stream, maybe after the job's end), and the job, kept in the
 * Progress view, offers to open it in the editor.
 */
final class DeployedDomain {

    private final DomainItem domain;
    private final Display display;

    private DeployedDomain(DomainItem domain, Display display) {
        this.domain = domain;
        this.display = display;
    }

    /**
     * @param job a deployment, not yet scheduled
     * @param name the new domain's name
     */
    static void follow(ImageJob<String> job, String name) {
        Display display = Display.getCurrent();
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() != IStatus.OK || job.answer().isEmpty() || display.isDisposed()) {
                    return;
                }
                DeployedDomain deployed = new DeployedDomain(new DomainItem(job.node(), job.answer().get()), display);
                job.setProperty(IProgressConstants.ACTION_PROPERTY, deployed.openAction(name));
                display.asyncExec(deployed::selectWhenListed);
            }
        });
    }

    /** Selects the domain in the Domains view, now if it lists it, else once the node's model has changed. */
    private void selectWhenListed() {
        DomainsView view = domainsView();
        if (view == null) {
            return;
        }
        if (view.listedDomains().contains(domain)) {
            view.select(List.of(domain));
            return;
        }
        NodeConnection node = domain.node();
        if (node.model().vm(domain.uuid()).isPresent()) {
            display.asyncExec(this::selectIfListed); // after the Domains view's refresh, already queued
            return;
        }
        node.addListener(new NodeModelListener() {
            @Override
            public void modelChanged(NodeConnection n, List<ModelChange> changes, boolean resync) {
                if (n.model().vm(domain.uuid()).isPresent()) {
                    n.removeListener(this);
                    // the Domains view's own refresh for this change was queued first
                    display.asyncExec(DeployedDomain.this::selectIfListed);
                }
            }

            @Override
            public void connectionStateChanged(NodeConnection n, ConnectionState state, String message) {
                if (state != ConnectionState.CONNECTED) {
                    n.removeListener(this);
                }
            }
        });
    }

    private void selectIfListed() {
        DomainsView view = domainsView();
        if (view != null && view.listedDomains().contains(domain)) {
            view.select(List.of(domain));
        }
    }

    private static DomainsView domainsView() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            return (DomainsView) window.getActivePage().showView(DomainsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            DeployUi.logError("Cannot show the Domains view", e);
            return null;
        }
    }

    private Action openAction(String name) {
        return new Action(NLS.bind(Messages.DeployedDomain_open, name)) {
            @Override
            public void run() {
                DomainsView view = domainsView();
                if (view == null || !view.listedDomains().contains(domain)) {
                    return;
                }
                view.select(List.of(domain));
                view.getSite().getPage().activate(view);
                try {
                    view.getSite().getService(IHandlerService.class).executeCommand(DeployUi.OPEN_DOMAIN_COMMAND,
                            null);
                } catch (CommandException e) {
                    DeployUi.logError("Cannot open domain " + name, e);
                }
            }
        };
    }
}
