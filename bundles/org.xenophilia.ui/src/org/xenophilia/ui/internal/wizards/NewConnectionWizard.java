package org.xenophilia.ui.internal.wizards;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.CredentialStoreException;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * New Connection: the node's address and the user's credentials, then the certificate the node presents, which the
 * user compares with {@code xenophiliad fingerprint} on the host and accepts. Finishing registers the node with
 * that fingerprint pinned (a different certificate later is refused) and connects; the password goes to secure
 * storage unless the user chose to keep it for this session only.
 */
public final class NewConnectionWizard extends Wizard {

    /** The dialog's title. */
    public static final String TITLE = Messages.NewConnectionWizard_title;
    /**
     * Widget data key naming the wizard's fields: {@code host}, {@code port}, {@code name}, {@code user},
     * {@code password}, {@code savePassword}, {@code fingerprint}, {@code accept}. For tests and accessibility tools.
     */
    public static final String FIELD_KEY = "org.xenophilia.ui.field";

    private final NodeDetailsPage details = new NodeDetailsPage();
    private final CertificatePage certificate = new CertificatePage(details);

    /** A wizard with the details and the certificate page. */
    public NewConnectionWizard() {
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(details);
        addPage(certificate);
    }

    @Override
    public boolean canFinish() {
        return certificate.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        NodeDescriptor node = details.node().withFingerprint(certificate.acceptedFingerprint());
        try {
            NodeService.get().addNode(node, details.password(), details.savePassword());
            return true;
        } catch (IOException | CredentialStoreException e) {
            MessageDialog.openError(getShell(), TITLE, NLS.bind(Messages.NewConnectionWizard_cannotAdd, node.name(),
                    e.getMessage()));
            return false;
        }
    }
}
