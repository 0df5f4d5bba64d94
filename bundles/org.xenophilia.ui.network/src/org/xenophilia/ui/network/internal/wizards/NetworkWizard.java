package org.xenophilia.ui.network.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.network.NetworkImpact;
import org.xenophilia.core.network.NetworkJob;
import org.xenophilia.core.network.NetworkJobs;
import org.xenophilia.core.network.NetworkKind;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.ui.internal.views.node.NodeLook;
import org.xenophilia.ui.network.internal.Messages;

/**
 * The Network Configuration wizard, for a new network or an edit of one: the kind and name first, then the kind's page
 * (a bridged network's uplink and VLAN; the addresses, DHCP and forwards of the others), then a summary of what will
 * change on the host. Every change of a field makes the definition again and checks it with
 * {@link NetworkDefinitionValidator} against the node's other networks, routes and interfaces, read once in the
 * background ({@code Xenophilia.network.get_context}); each problem is shown at its field, and Finish waits for that
 * read, for the summary, and for no error. Finish makes or changes the network in a job
 * ({@code create_from_xml}, {@code set_xml}); the node checks the definition again and applies it, and the wizard
 * stays open until it has: a refusal is shown in the node's words and the definition can be changed and sent again.
 */
public final class NetworkWizard extends Wizard {

    /** The window title of a new network. */
    public static final String NEW_TITLE = Messages.NetworkWizard_newTitle;
    /** The window title of an edit. */
    public static final String EDIT_TITLE = Messages.NetworkWizard_editTitle;

    private final NodeConnection node;
    private final String uuid;
    private final Network original;
    private final NodeLook reading = new NodeLook();
    private NetworkContext context = NetworkContext.EMPTY;
    private boolean contextRead;
    private String contextProblem;
    private KindPage kindPage;
    private BridgedPage bridgedPage;
    private AddressPage addressPage;
    private SummaryPage summaryPage;
    private Network draft;
    private List<NetworkProblem> problems = List.of();
    private NetworkJob<?> job;
    private boolean applying;
    /** The node's refusal of the last Finish, shown until a field changes. */
    private String refusal;

    private NetworkWizard(NodeConnection node, String uuid, Network original) {
        this.node = node;
        this.uuid = uuid;
        this.original = original;
        setWindowTitle(original == null ? NEW_TITLE : EDIT_TITLE);
        setNeedsProgressMonitor(false);
    }

    /**
     * @param node the node the network is made on (connected)
     * @return the wizard of a new network
     */
    public static NetworkWizard create(NodeConnection node) {
        return new NetworkWizard(node, null, null);
    }

    /**
     * @param node the network's node
     * @param uuid the network
     * @param definition its definition as the node has it ({@code Xenophilia.network.get_xml})
     * @return the wizard that changes it
     */
    public static NetworkWizard edit(NodeConnection node, String uuid, Network definition) {
        return new NetworkWizard(node, uuid, definition);
    }

    @Override
    public void addPages() {
        kindPage = new KindPage(this);
        bridgedPage = new BridgedPage(this);
        addressPage = new AddressPage(this);
        summaryPage = new SummaryPage(this);
        addPage(kindPage);
        addPage(bridgedPage);
        addPage(addressPage);
        addPage(summaryPage);
    }

    @Override
    public void createPageControls(Composite pageContainer) {
        super.createPageControls(pageContainer);
        readContext(pageContainer);
        check();
    }

    /** Reads the node's networks, routes and interfaces in the background; the draft is checked again with them. */
    private void readContext(Control owner) {
        reading.start(NetworkJobs.readContext(node, editing() ? original.getName() : ""), owner, j -> {
            contextRead = true;
            if (j.getResult().getSeverity() == IStatus.OK) {
                context = j.answer().orElse(NetworkContext.EMPTY);
                contextProblem = null;
            } else {
                contextProblem = j.getResult().getMessage();
            }
            check();
        });
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == kindPage) {
            return kindPage.kind() == NetworkKind.BRIDGED ? bridgedPage : addressPage;
        }
        return page == summaryPage ? null : summaryPage;
    }

    /** The kind's page, whatever the page shown. */
    private DefinitionPage kindsPage() {
        if (kindPage.kind() == NetworkKind.BRIDGED) {
            return bridgedPage;
        }
        addressPage.show(kindPage.kind());
        return addressPage;
    }

    /** A field changed: what the node refused before no longer stands, and the definition is checked again. */
    void changed() {
        refusal = null;
        check();
    }

    /** The definition is made and checked again, and every page shows its problems. */
    void check() {
        if (kindPage == null || kindPage.getControl() == null) {
            return;
        }
        List<NetworkProblem> found = new ArrayList<>();
        Network n = original == null ? NetworkFactory.eINSTANCE.createNetwork() : EcoreUtil.copy(original);
        DefinitionPage kinds = kindsPage();
        kindPage.fill(n, found);
        kinds.fill(n, found);
        found.addAll(NetworkDefinitionValidator.validate(n, context));
        draft = n;
        problems = List.copyOf(found);
        String waiting = contextRead ? contextProblem == null ? null : NLS.bind(Messages.NetworkWizard_noContext,
                contextProblem) : NLS.bind(Messages.NetworkWizard_readingContext, node.node().name());
        kindPage.show(problems, waiting);
        kinds.show(problems, waiting);
        List<NetworkProblem> others = problems.stream().filter(p -> kindPage.marks.fieldOf(p.path()) == null
                && kinds.marks.fieldOf(p.path()) == null).toList();
        summaryPage.show(n, others, refusal);
        if (getContainer() != null && getContainer().getCurrentPage() != null) {
            getContainer().updateButtons();
        }
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == summaryPage && contextRead && !applying
                && draft != null && !NetworkDefinitionValidator.hasErrors(problems);
    }

    /**
     * Makes or changes the network in a job and stays open until the node answers: the wizard closes when the node has
     * applied it; a refusal shows on the summary page in the node's words, the node's networks are read again (what it
     * refused for then shows at its field, when the context was stale), and the user can change the definition and
     * press Finish again.
     */
    @Override
    public boolean performFinish() {
        String xml = NetworkDefinitions.toXml(draft);
        NetworkJob<?> j = editing() ? NetworkJobs.edit(node, uuid, draft.getName(), xml)
                : NetworkJobs.create(node, draft.getName(), xml);
        // the summary page shows the refusal; no error dialog over the wizard
        j.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job = j;
        applying = true;
        refusal = null;
        summaryPage.applying(NLS.bind(editing() ? Messages.NetworkWizard_changing : Messages.NetworkWizard_making,
                draft.getName(), node.node().name()));
        Display display = getShell().getDisplay();
        j.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> applied(j));
                }
            }
        });
        j.schedule();
        getContainer().updateButtons();
        return false;
    }

    private void applied(NetworkJob<?> j) {
        if (j != job || getShell() == null || getShell().isDisposed()) {
            return;
        }
        applying = false;
        IStatus result = j.getResult();
        if (result.isOK() && getContainer() instanceof Window w) {
            w.close();
            return;
        }
        if (result.getSeverity() != IStatus.CANCEL) {
            refusal = result.getMessage();
            readContext(getShell());
        }
        check();
    }

    @Override
    public boolean performCancel() {
        reading.cancel();
        if (applying) {
            // the call is aborted; a failure after the wizard is gone is reported as any job's
            job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, null);
            job.cancel();
        }
        return true;
    }

    @Override
    public void dispose() {
        reading.cancel();
        super.dispose();
    }

    /** @return the node */
    public NodeConnection node() {
        return node;
    }

    /** @return whether it changes an existing network */
    public boolean editing() {
        return original != null;
    }

    /** @return the definition edited, or null for a new network */
    Network original() {
        return original;
    }

    /** @return who loses connectivity while an edited network is applied again; empty for a new one */
    Optional<NetworkImpact> impact() {
        return editing() ? NodeNetworks.of(node.model()).network(uuid).map(NetworkImpact::of) : Optional.empty();
    }

    /** @return the problems of the definition as now typed, for tests */
    public List<NetworkProblem> problems() {
        return problems;
    }

    /** @return whether the node's networks, routes and interfaces have been read (or could not be) */
    public boolean contextRead() {
        return contextRead;
    }

    /**
     * @param path a field's path
     * @return the problem shown at it on the first page or the kind's page, as the user reads it; null when none
     */
    public String problemAt(String path) {
        String here = kindPage.problemAt(path);
        return here != null ? here : kindsPage().problemAt(path);
    }

    /** @return what the summary page says will change */
    public String summary() {
        return summaryPage.changesText();
    }

    /** @return the job Finish started, for tests; null before */
    public NetworkJob<?> job() {
        return job;
    }
}
