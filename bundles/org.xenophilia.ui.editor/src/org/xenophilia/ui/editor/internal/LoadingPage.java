package org.xenophilia.ui.editor.internal;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Shown while the definition is fetched from the node; says why when it cannot be. */
final class LoadingPage extends FormPage {

    private String failure;

    LoadingPage(DomainEditor editor) {
        super(editor, "loading", "Loading");
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(getEditor().getEditorInput().getName());
        form.getBody().setLayout(new GridLayout());
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        show();
    }

    void failed(String message) {
        failure = message;
        show();
    }

    private void show() {
        if (getManagedForm() == null) {
            return;
        }
        if (failure == null) {
            getManagedForm().getForm().setMessage("Fetching the definition from the node...",
                    IMessageProvider.INFORMATION);
        } else {
            getManagedForm().getForm().setMessage(failure, IMessageProvider.ERROR);
        }
    }
}
