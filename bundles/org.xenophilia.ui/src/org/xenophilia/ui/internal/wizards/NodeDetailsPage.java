package org.xenophilia.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.NodeDescriptor;
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
        setTitle("Node");
        setDescription("The Xen host running xenophiliad, and the Agent user to log in as.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        host = field(c, "host", "&Host:", "", "Host name or address of the node");
        port = field(c, "port", "&Port:", Integer.toString(NodeDescriptor.DEFAULT_PORT), "The Agent's TLS port");
        name = field(c, "name", "&Name:", "", "Shown in the Workbench; the host name if left empty");
        user = field(c, "user", "&User:", "admin", "An Agent user (xenophiliad user add)");
        password = field(c, "password", "Pass&word:", "", null);
        password.setEchoChar('\u2022');
        new Label(c, SWT.NONE);
        savePassword = new Button(c, SWT.CHECK);
        savePassword.setText("&Save the password in secure storage");
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
            return "The host is a host name or an address, without spaces or slashes.";
        }
        int p;
        try {
            p = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            return "The port is a number between 1 and 65535.";
        }
        if (p < 1 || p > 65535) {
            return "The port is a number between 1 and 65535.";
        }
        if (user.getText().isBlank()) {
            return "Enter the user to log in as.";
        }
        if (password.getText().isEmpty()) {
            return "Enter the user's password.";
        }
        String n = displayName();
        boolean taken = NodeService.get().registry().nodes().stream().anyMatch(d -> d.name().equals(n));
        return taken ? "A node named '" + n + "' exists already; choose another name." : null;
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
