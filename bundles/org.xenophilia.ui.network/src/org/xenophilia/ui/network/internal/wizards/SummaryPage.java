package org.xenophilia.ui.network.internal.wizards;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.NetworkUi;

/**
 * The last page, before Finish: what will change on the node's host ({@link HostChanges}: for an edit, what goes and
 * what comes), the running domains that briefly lose connectivity while an edited network is applied again, the
 * problems no earlier page shows, and the definition that will be sent; after Finish, that the node is applying it, or
 * its refusal.
 */
final class SummaryPage extends WizardPage {

    private final NetworkWizard wizard;
    private Text changes;
    private Text definition;

    SummaryPage(NetworkWizard wizard) {
        super("summary");
        this.wizard = wizard;
        setTitle(Messages.SummaryPage_title);
        setDescription(NLS.bind(Messages.SummaryPage_description, wizard.node().node().label()));
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        new Label(body, SWT.NONE).setText(Messages.SummaryPage_changes);
        changes = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        changes.setData(NetworkUi.FIELD_KEY, "summary");
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 160).applyTo(changes);
        new Label(body, SWT.NONE).setText(Messages.SummaryPage_definition);
        definition = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        definition.setData(NetworkUi.FIELD_KEY, "definition");
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 120).applyTo(definition);
        setControl(body);
    }

    /**
     * Shows the draft.
     *
     * @param draft the definition as typed
     * @param others the problems of the draft that no earlier page shows
     * @param refusal the node's refusal of the last Finish, or null
     */
    void show(Network draft, List<NetworkProblem> others, String refusal) {
        if (changes == null) {
            return;
        }
        StringBuilder b = new StringBuilder();
        HostChanges.Difference d = HostChanges.between(draft, wizard.original());
        if (wizard.editing() && d.added().isEmpty() && d.removed().isEmpty()) {
            b.append(Messages.SummaryPage_nothing).append('\n');
        }
        d.removed().forEach(s -> b.append(NLS.bind(Messages.SummaryPage_removed, s)).append('\n'));
        d.added().forEach(s -> b.append(wizard.editing() ? NLS.bind(Messages.SummaryPage_added, s) : "\u2022 " + s)
                .append('\n'));
        if (wizard.editing() && d.kept() > 0) {
            b.append(NLS.bind(Messages.SummaryPage_kept, d.kept())).append('\n');
        }
        wizard.impact().filter(i -> !i.none()).ifPresent(i -> b.append('\n').append(NLS.bind(
                Messages.SummaryPage_impact, String.join(", ", i.names()))).append('\n'));
        others.forEach(p -> b.append('\n').append(p.isError() ? Messages.SummaryPage_error
                : Messages.SummaryPage_warning).append(' ').append(p.message()));
        changes.setText(b.toString().strip());
        String xml;
        try {
            xml = NetworkDefinitions.toXml(draft);
        } catch (RuntimeException e) {
            xml = "";
        }
        definition.setText(xml);
        setErrorMessage(refusal != null ? refusal : others.stream().filter(NetworkProblem::isError).map(
                NetworkProblem::message).findFirst().orElse(null));
        setMessage(null);
    }

    /** @param message what the node is doing since Finish was pressed */
    void applying(String message) {
        setErrorMessage(null);
        setMessage(message, IMessageProvider.INFORMATION);
    }

    /** @return what the page says will change, as the user reads it */
    public String changesText() {
        return changes.getText();
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            wizard.check();
        }
        super.setVisible(visible);
    }

    /** Never needed for Next; Finish goes by the wizard's check. */
    @Override
    public boolean isPageComplete() {
        return getErrorMessage() == null;
    }
}
