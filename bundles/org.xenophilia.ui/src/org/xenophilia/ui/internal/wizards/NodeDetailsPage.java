package org.xenophilia.ui.internal.wizards;

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
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.nodes.NodeService;

/** The wizard's first page: where the node is and who logs in. Checked as the user types. */
final class NodeDetailsPage extends WizardPage {

    private Text host;
    private Text port;
    private Text name;
    private Text user;
    private Text password;
    private Button savePassword;
    /** The node id, kept across Back/Next so that the probe and the registration describe the same node. */
    private final String id = NodeDescriptor.create("-", "-", 1, "-").id();

    NodeDetailsPage() {
        super("node");
        setTitle(Messages.NodeDetailsPage_title);
        setDescription(Messages.NodeDetailsPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        host = field(c, "host", Messages.NodeDetailsPage_host, "", Messages.NodeDetailsPage_hostHint);
        port = field(c, "port", Messages.NodeDetailsPage_port, Integer.toString(NodeDescriptor.DEFAULT_PORT),
                Messages.NodeDetailsPage_portHint);
        name = field(c, "name", Messages.NodeDetailsPage_name, "", Messages.NodeDetailsPage_nameHint);
        user = field(c, "user", Messages.NodeDetailsPage_user, "admin", Messages.NodeDetailsPage_userHint);
        password = field(c, "password", Messages.NodeDetailsPage_password, "", null);
        password.setEchoChar('\u2022');
        new Label(c, SWT.NONE);
        savePassword = new Button(c, SWT.CHECK);
        savePassword.setText(Messages.NodeDetailsPage_savePassword);
        savePassword.setSelection(true);
        savePassword.setData(NewConnectionWizard.FIELD_KEY, "savePassword");
        for (Text t : new Text[] {host, port, name, user, password}) {
            t.addModifyListener(e -> validate());
        }
        setControl(c);
        validate();
    }

    private static Text field(Composite parent, String key, String label, String value, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
        t.setData(NewConnectionWizard.FIELD_KEY, key);
        t.setText(value);
        if (hint != null) {
            t.setMessage(hint);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        String h = host.getText().strip();
        if (h.isEmpty()) {
            return null; // incomplete (isPageComplete), but nothing to complain about before anything is typed
        }
        if (h.chars().anyMatch(Character::isWhitespace) || h.contains("/")) {
            return Messages.NodeDetailsPage_badHost;
        }
        int p;
        try {
            p = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            return Messages.NodeDetailsPage_badPort;
        }
        if (p < 1 || p > 65535) {
            return Messages.NodeDetailsPage_badPort;
        }
        if (user.getText().isBlank()) {
            return Messages.NodeDetailsPage_noUser;
        }
        if (password.getText().isEmpty()) {
            return Messages.NodeDetailsPage_noPassword;
        }
        String n = displayName();
        boolean taken = NodeService.get().registry().nodes().stream().anyMatch(d -> d.name().equals(n));
        return taken ? NLS.bind(Messages.NodeDetailsPage_nameTaken, n) : null;
    }

    @Override
    public boolean isPageComplete() {
        return super.isPageComplete() && !host.getText().isBlank();
    }

    private String displayName() {
        String n = name.getText().strip();
        return n.isEmpty() ? host.getText().strip() : n;
    }

    /** @return the node as described, no fingerprint pinned */
    NodeDescriptor node() {
        return new NodeDescriptor(id, displayName(), host.getText().strip(), Integer.parseInt(port.getText().strip()),
                user.getText().strip(), null);
    }

    /** @return the password typed */
    String password() {
        return password.getText();
    }

    /** @return whether the password goes to secure storage */
    boolean savePassword() {
        return savePassword.getSelection();
    }
}
