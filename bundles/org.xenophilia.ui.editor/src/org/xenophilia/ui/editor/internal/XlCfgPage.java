package org.xenophilia.ui.editor.internal;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.xl.codec.XlEncodeException;

/** What the definition becomes as an xl.cfg file ({@link XlCfgExchange#exportXlCfg}); read-only. */
final class XlCfgPage extends FormPage {

    static final String ID = "xlcfg";

    private final DomainEditor editor;
    private Text text;

    XlCfgPage(DomainEditor editor) {
        super(editor, ID, Messages.XlCfgPage_title);
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(Messages.XlCfgPage_title);
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        form.getBody().setLayout(new GridLayout(1, false));
        text = new Text(form.getBody(), SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        refresh();
    }

    /** {@return the text shown, for tests} */
    String text() {
        return text == null ? null : text.getText();
    }

    /** Shows the current model as xl.cfg. */
    void refresh() {
        if (text == null || text.isDisposed() || editor.document() == null) {
            return;
        }
        ScrolledForm form = getManagedForm().getForm();
        if (!editor.document().isTextValid()) {
            form.setMessage(Messages.XlCfgPage_lastValid,
                    IMessageProvider.WARNING);
        }
        try {
            text.setText(XlCfgExchange.exportXlCfg(editor.document()));
            if (editor.document().isTextValid()) {
                form.setMessage(null, IMessageProvider.NONE);
            }
        } catch (XlEncodeException | RuntimeException e) {
            form.setMessage(NLS.bind(Messages.XlCfgPage_cannotWrite, e.getMessage()), IMessageProvider.ERROR);
        }
    }
}
