package org.xenophilia.ui.editor.internal;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Shown while the definition is fetched from the node; says why when it cannot be, or was not. */
final class LoadingPage extends FormPage {

    private String failure;
    private int failureType = IMessageProvider.ERROR;

    LoadingPage(DomainEditor editor) {
        super(editor, "loading", Messages.LoadingPage_title);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(getEditor().getEditorInput().getName());
        form.getBody().setLayout(new GridLayout());
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        show();
    }

    /**
     * @param message why there is no definition
     * @param type {@link IMessageProvider#ERROR} for a failure, {@link IMessageProvider#INFORMATION} for a cancel
     */
    void failed(String message, int type) {
        failure = message;
        failureType = type;
        show();
    }

    private void show() {
        if (getManagedForm() == null) {
            return;
        }
        if (failure == null) {
            getManagedForm().getForm().setMessage(Messages.LoadingPage_fetching,
                    IMessageProvider.INFORMATION);
        } else {
            getManagedForm().getForm().setMessage(failure, failureType);
        }
    }
}
