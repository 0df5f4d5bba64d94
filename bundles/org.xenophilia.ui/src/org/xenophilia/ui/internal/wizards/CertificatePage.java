package org.xenophilia.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.NodeProbe;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.preferences.WorkbenchPreferences;

/**
 * The wizard's second page: the certificate the node presents. Shown, the page looks at the node in the wizard's
 * progress area on a worker thread (the UI stays responsive and the look can be cancelled), then shows the
 * SHA-256 fingerprint, subject and validity. Finishing needs the user to confirm the fingerprint.
 */
final class CertificatePage extends WizardPage {

    private final NodeDetailsPage details;
    private Text fingerprint;
    private Text subject;
    private Text validity;
    private Button accept;
    /** The node and password the last look was for, so Back/Next without changes does not look again. */
    private String lookedAt;
    private NodeProbe.Result result;

    CertificatePage(NodeDetailsPage details) {
        super("certificate");
        this.details = details;
        setTitle(Messages.CertificatePage_title);
        setDescription(Messages.CertificatePage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        fingerprint = row(c, Messages.CertificatePage_fingerprint);
        fingerprint.setData(NewConnectionWizard.FIELD_KEY, "fingerprint");
        subject = row(c, Messages.CertificatePage_subject);
        validity = row(c, Messages.CertificatePage_valid);
        new Label(c, SWT.NONE);
        accept = new Button(c, SWT.CHECK);
        accept.setText(Messages.CertificatePage_accept);
        accept.setData(NewConnectionWizard.FIELD_KEY, "accept");
        accept.setEnabled(false);
        accept.addListener(SWT.Selection, e -> setPageComplete(result != null && result.ok() && accept.getSelection()));
        setControl(c);
    }

    private static Text row(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.READ_ONLY | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(t);
        return t;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            getShell().getDisplay().asyncExec(this::lookIfChanged);
        }
    }

    private void lookIfChanged() {
        if (getControl().isDisposed()) {
            return;
        }
        NodeDescriptor node = details.node();
        String password = details.password();
        String key = node.uri() + "\n" + node.user() + "\n" + password;
        if (key.equals(lookedAt) && result != null) {
            return;
        }
        lookedAt = key;
        result = null;
        accept.setSelection(false);
        accept.setEnabled(false);
        setPageComplete(false);
        setErrorMessage(null);
        fingerprint.setText("");
        subject.setText("");
        validity.setText("");
        Duration timeout = WorkbenchPreferences.connectionOptions().connectTimeout();
        AtomicReference<NodeProbe.Result> found = new AtomicReference<>();
        try {
            // fork: the look runs on a worker thread while the dialog keeps painting; cancellable
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(NLS.bind(Messages.CertificatePage_connecting, node.label()), 1);
                found.set(NodeProbe.probe(node, password, timeout));
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            setErrorMessage(NLS.bind(Messages.CertificatePage_cannotLook, node.label(), e.getCause()));
            lookedAt = null;
            return;
        } catch (InterruptedException e) {
            setErrorMessage(Messages.CertificatePage_cancelled);
            lookedAt = null;
            return;
        }
        show(found.get());
    }

    private void show(NodeProbe.Result r) {
        result = r;
        r.fingerprint().ifPresent(fingerprint::setText);
        r.certificate().ifPresent(this::describe);
        if (r.problem().isPresent()) {
            setErrorMessage(r.problem().get());
            lookedAt = null; // look again once the user went back and fixed something
        } else {
            accept.setEnabled(true);
            accept.setFocus();
        }
        ((Composite) getControl()).layout(true, true);
    }

    private void describe(X509Certificate cert) {
        String name = cert.getSubjectX500Principal().getName();
        subject.setText(cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())
                ? NLS.bind(Messages.CertificatePage_selfSigned, name)
                : NLS.bind(Messages.CertificatePage_issuedBy, name, cert.getIssuerX500Principal().getName()));
        validity.setText(NLS.bind(Messages.CertificatePage_validity, cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant()));
    }

    /** @return the fingerprint the user accepted */
    String acceptedFingerprint() {
        return result.fingerprint().orElseThrow();
    }

    /** @return the fingerprint shown, empty while none */
    String shownFingerprint() {
        return fingerprint.getText();
    }
}
