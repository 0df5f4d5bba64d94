package org.xenophilia.ui.internal.views.node;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The words a node view shows above its (empty) rows while no node is known; out of the layout once nodes are listed.
 * Its parent has a {@code GridLayout}.
 */
public final class EmptyHint {

    private final Label label;

    /**
     * @param parent the view's composite, laid out by a grid
     * @param text what to say
     */
    public EmptyHint(Composite parent, String text) {
        label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 6).hint(200, SWT.DEFAULT).applyTo(label);
    }

    /** @param empty whether no node is known: shows the hint, else takes it out of the layout */
    public void show(boolean empty) {
        if (label.getVisible() != empty) {
            label.setVisible(empty);
            ((GridData) label.getLayoutData()).exclude = !empty;
            label.getParent().layout(true);
        }
    }

    /** @return the text shown while no node is known, or {@code null} once nodes are listed */
    public String message() {
        return label.isDisposed() || !label.isVisible() ? null : label.getText();
    }
}
