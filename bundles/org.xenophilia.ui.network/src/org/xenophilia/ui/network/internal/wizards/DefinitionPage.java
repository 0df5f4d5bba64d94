package org.xenophilia.ui.network.internal.wizards;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;

/**
 * A page of the Network Configuration wizard that edits part of the definition: it writes its fields into the draft
 * ({@link #fill}), and shows the definition's problems at its fields ({@link FieldMarks}), the first error as the
 * page's message; while it shows an error it is not complete, so neither Next nor Finish can be pressed.
 */
abstract class DefinitionPage extends WizardPage {

    /** The wizard, told of every change. */
    final NetworkWizard wizard;
    /** The page's fields by path. */
    final FieldMarks marks = new FieldMarks();

    DefinitionPage(String name, NetworkWizard wizard) {
        super(name);
        this.wizard = wizard;
    }

    /**
     * Writes this page's fields into the draft.
     *
     * @param draft the definition being made
     * @param problems where a field's text that is not a value (a number that is not one) is told
     */
    abstract void fill(Network draft, List<NetworkProblem> problems);

    /**
     * Shows the problems of this page's fields.
     *
     * @param problems every problem of the draft
     * @param info the page's message when it shows none (what the wizard is waiting for), or null
     */
    void show(List<NetworkProblem> problems, String info) {
        List<NetworkProblem> here = marks.show(problems);
        NetworkProblem first = here.isEmpty() ? null : here.get(0);
        setErrorMessage(first != null && first.isError() ? first.message() : null);
        if (first != null && !first.isError()) {
            setMessage(first.message(), IMessageProvider.WARNING);
        } else {
            setMessage(info, IMessageProvider.INFORMATION);
        }
        setPageComplete(first == null || !first.isError());
    }

    /**
     * @param path a field's path
     * @return the problem shown at it, as the user reads it; null when none
     */
    public String problemAt(String path) {
        return marks.shownAt(path);
    }

    /** Tells the wizard that a field changed. */
    void changed() {
        wizard.changed();
    }

    Text text(Composite body, String label, String path, String value) {
        new Label(body, SWT.NONE).setText(label);
        Text t = new Text(body, SWT.BORDER);
        t.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(260, SWT.DEFAULT).applyTo(t);
        marks.field(path, t);
        t.addModifyListener(e -> changed());
        return t;
    }
}
