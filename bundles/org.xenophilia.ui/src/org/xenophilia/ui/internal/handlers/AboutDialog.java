package org.xenophilia.ui.internal.handlers;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;

/**
 * Says which Workbench this is: its version (what a bug report needs first), the Java runtime and the Eclipse
 * platform it runs on.
 */
public final class AboutDialog extends Dialog {

    /** The dialog's title, which tests and users look for. */
    public static final String TITLE = Messages.AboutDialog_title;

    private Label versionLabel;

    /**
     * @param parent the shell the dialog is modal to
     */
    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.AboutDialog_heading);
        title.setFont(JFaceResources.getHeaderFont());

        versionLabel = new Label(area, SWT.NONE);
        versionLabel.setText(versionText());

        Label text = new Label(area, SWT.WRAP);
        text.setText(Messages.AboutDialog_text);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);

        Label runtime = new Label(area, SWT.NONE);
        runtime.setText(runtimeText());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** @return the version line as shown, e.g. {@code Version 0.1.0.202611251530} */
    public String getVersionText() {
        return versionLabel == null || versionLabel.isDisposed() ? null : versionLabel.getText();
    }

    static String versionText() {
        return NLS.bind(Messages.AboutDialog_version, XenophiliaUi.version());
    }

    private static String runtimeText() {
        Bundle platform = Platform.getBundle("org.eclipse.ui.workbench");
        String platformVersion = platform == null ? "?" : platform.getVersion().toString();
        return NLS.bind(Messages.AboutDialog_runtime, new Object[] {System.getProperty("java.version"),
                System.getProperty("java.vendor"), platformVersion, Platform.getOS(), Platform.getWS(),
                Platform.getOSArch()});
    }
}
