package org.xenophilia.ui.internal.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.CredentialStore;
import org.xenophilia.core.CredentialStoreException;
import org.xenophilia.core.InMemoryCredentialStore;
import org.xenophilia.core.ModelChange;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.NodeModelListener;
import org.xenophilia.core.NodeRegistry;
import org.xenophilia.core.SecureStorageCredentialStore;
import org.xenophilia.core.TrustDecider;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.preferences.WorkbenchPreferences;

/**
 * The Workbench's node connections: one {@link NodeConnection} per node of the registry, opened when the node
 * appears and closed when it is removed or the Workbench shuts down. Owned by the UI plug-in ({@link #get()}).
 * <p>
 * Certificates are trusted on first use by asking the user on the display thread; the call comes from the
 * connection's own thread, so the UI thread never waits on the network. The local demo node that
 * {@code workbench.sh} starts is trusted without asking only when its certificate has the fingerprint the launcher
 * passed in.
 */
public final class NodeService {

    /** The registry id of the local demo node started by {@code workbench.sh}. */
    public static final String DEMO_NODE_ID = "local-demo";
    /** System property naming the launcher's file with the demo node's connection details. */
    public static final String DEMO_PROPERTY = "xenophilia.demo";

    /** Told (on any thread) when the set of connections changes. */
    public interface Listener {
        /** @param service the service whose connections changed */
        void connectionsChanged(NodeService service);
    }

    private static NodeService instance;

    /** Logs every node's connection state changes (shown on the console with -consoleLog, and in the error log). */
    private static final NodeModelListener STATE_LOG = new NodeModelListener() {
        @Override
        public void modelChanged(NodeConnection node, List<ModelChange> changes, boolean resync) {
        }

        @Override
        public void connectionStateChanged(NodeConnection node, ConnectionState state, String message) {
            int severity = state == ConnectionState.CONNECTED || state.isActive() ? IStatus.INFO : IStatus.WARNING;
            ILog.of(NodeService.class).log(new Status(severity, XenophiliaUi.PLUGIN_ID, "node " + node.node().name()
                    + ": " + state + (message == null || message.isBlank() ? "" : " (" + message + ")")
                    + (state == ConnectionState.CONNECTED ? ", " + node.model().vms().size() + " VMs" : "")));
        }
    };

    private final NodeRegistry registry;
    private final CredentialStore stored;
    /** Passwords that live only as long as this Workbench session, e.g. the demo node's generated one. */
    private final InMemoryCredentialStore sessionPasswords = new InMemoryCredentialStore();
    private final CredentialStore credentials = new SessionFirstCredentials();
    private final Map<String, NodeConnection> connections = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> expectedFingerprints = new LinkedHashMap<>();
    private boolean closed;

    NodeService(NodeRegistry registry, CredentialStore stored) {
        this.registry = registry;
        this.stored = stored;
        registry.addListener(r -> sync());
    }

    /**
     * @return the Workbench's node service, created and started on first use
     * @throws IllegalStateException if the node registry cannot be read
     */
    public static synchronized NodeService get() {
        if (instance == null) {
            try {
                instance = new NodeService(NodeRegistry.inStateLocation(), new SecureStorageCredentialStore());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the node registry: " + e.getMessage(), e);
            }
            instance.registerDemoNodeFromLauncher();
            instance.sync();
        }
        return instance;
    }

    /** Closes every connection of the running service, if any (Workbench shutdown). */
    public static synchronized void shutdown() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    /** @return the registry the connections come from */
    public NodeRegistry registry() {
        return registry;
    }

    /** @return the open connections, in registry order */
    public synchronized List<NodeConnection> connections() {
        return new ArrayList<>(connections.values());
    }

    /**
     * @param nodeId a registry id
     * @return its connection, if the node is known
     */
    public synchronized Optional<NodeConnection> connection(String nodeId) {
        return Optional.ofNullable(connections.get(nodeId));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Adds or updates a node whose password lives only for this session (not in secure storage), and connects.
     *
     * @param node the node; a pinned fingerprint in it is trusted without asking
     * @param password its password
     * @throws IOException if the registry cannot be saved
     */
    public void putSessionNode(NodeDescriptor node, String password) throws IOException {
        sessionPasswords.setPassword(node.id(), password);
        synchronized (this) {
            NodeConnection old = connections.remove(node.id());
            if (old != null) {
                closeInBackground(old); // its details may have changed (a new port); the new one is opened by sync()
            }
        }
        registry.put(node);
        sync();
    }

    /**
     * Adds a node the user described (New Connection wizard) and connects to it.
     *
     * @param node the node, with the fingerprint the user accepted pinned
     * @param password its password
     * @param savePassword whether to keep the password in secure storage; otherwise it lives only for this session
     * @throws IOException if the registry cannot be saved
     * @throws CredentialStoreException if secure storage refuses the password
     */
    public void addNode(NodeDescriptor node, String password, boolean savePassword)
            throws IOException, CredentialStoreException {
        if (savePassword) {
            stored.setPassword(node.id(), password);
            sessionPasswords.remove(node.id());
            registry.put(node);
            sync();
        } else {
            putSessionNode(node, password);
        }
    }

    /**
     * Removes a node from the registry, closes its connection and forgets its password.
     *
     * @param nodeId its id
     * @throws IOException if the registry cannot be saved
     */
    public void removeNode(String nodeId) throws IOException {
        registry.remove(nodeId);
        sync();
        sessionPasswords.remove(nodeId);
        try {
            stored.remove(nodeId);
        } catch (CredentialStoreException e) {
            ILog.of(NodeService.class).log(Status.warning("the password of removed node " + nodeId
                    + " could not be removed from secure storage: " + e.getMessage(), e));
        }
    }

    /** Opens connections for new registry nodes and closes those of removed ones. */
    private void sync() {
        List<NodeConnection> opened = new ArrayList<>();
        List<NodeConnection> removed = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (NodeDescriptor node : registry.nodes()) {
                ids.add(node.id());
                if (!connections.containsKey(node.id())) {
                    NodeConnection c = new NodeConnection(registry, node.id(), credentials, new AskingTrust(),
                            WorkbenchPreferences.connectionOptions());
                    connections.put(node.id(), c);
                    opened.add(c);
                }
            }
            connections.entrySet().removeIf(e -> {
                if (!ids.contains(e.getKey())) {
                    removed.add(e.getValue());
                    return true;
                }
                return false;
            });
        }
        removed.forEach(NodeService::closeInBackground);
        for (NodeConnection c : opened) {
            c.addListener(STATE_LOG);
            c.connect();
        }
        if (!opened.isEmpty() || !removed.isEmpty()) {
            listeners.forEach(l -> l.connectionsChanged(this));
        }
    }

    /**
     * Closes a connection on a worker thread: closing logs out and waits for the event thread, which is talking to
     * the node, and the caller may be the UI thread (Remove, New Connection).
     */
    private static void closeInBackground(NodeConnection c) {
        Job job = Job.create("Closing the connection of node " + c.nodeId(), monitor -> {
            c.close();
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Closes every connection; the service opens none afterwards. */
    public void close() {
        List<NodeConnection> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(connections.values());
            connections.clear();
        }
        all.forEach(NodeConnection::close);
    }

    /**
     * Reads the launcher's demo-node file ({@value #DEMO_PROPERTY}): {@code host}, {@code port}, {@code user},
     * {@code passwordFile}, {@code fingerprint}. The node is registered with no pinned fingerprint, so that the
     * trust decision compares the presented certificate with the launcher's fingerprint on every start.
     */
    private void registerDemoNodeFromLauncher() {
        String file = System.getProperty(DEMO_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Properties p = new Properties();
            try (var in = Files.newInputStream(Path.of(file))) {
                p.load(in);
            }
            String password = Files.readString(Path.of(p.getProperty("passwordFile")), StandardCharsets.UTF_8).strip();
            putLocalDemoNode(p.getProperty("host", "127.0.0.1"), Integer.parseInt(p.getProperty("port")),
                    p.getProperty("user", "admin"), password, p.getProperty("fingerprint"));
        } catch (IOException | RuntimeException e) {
            ILog.of(NodeService.class).log(Status.error("cannot register the local demo node from " + file + ": " + e,
                    e));
        }
    }

    /**
     * Registers (or updates) the local demo node ({@value #DEMO_NODE_ID}) with a session-only password and
     * connects. Its certificate is trusted without asking when, and only when, it has the fingerprint given here;
     * any other certificate is put to the user like any unknown node's. No fingerprint is pinned in the registry, so
     * the comparison is made again on every launch (the demo Agent may have a new certificate).
     *
     * @param host the demo Agent's address, normally 127.0.0.1
     * @param port its port
     * @param user its user
     * @param password that user's password
     * @param fingerprint the SHA-256 fingerprint the launcher read from the demo Agent
     * @throws IOException if the registry cannot be saved
     */
    public void putLocalDemoNode(String host, int port, String user, String password, String fingerprint)
            throws IOException {
        synchronized (this) {
            if (fingerprint != null && !fingerprint.isBlank()) {
                expectedFingerprints.put(DEMO_NODE_ID, fingerprint.strip());
            } else {
                expectedFingerprints.remove(DEMO_NODE_ID);
            }
        }
        putSessionNode(new NodeDescriptor(DEMO_NODE_ID, "local demo", host, port, user, null), password);
    }

    private synchronized String expectedFingerprint(String nodeId) {
        return expectedFingerprints.get(nodeId);
    }

    /** Asks the user, on the display thread, from the connection's thread. */
    private final class AskingTrust implements TrustDecider {
        @Override
        public boolean trust(NodeDescriptor node, String presentedFingerprint, X509Certificate certificate) {
            String expected = expectedFingerprint(node.id());
            if (expected != null) {
                if (expected.equalsIgnoreCase(presentedFingerprint)) {
                    return true;
                }
                ILog.of(NodeService.class).log(new Status(IStatus.WARNING, XenophiliaUi.PLUGIN_ID, "the local demo "
                        + "node presented " + presentedFingerprint + ", the launcher expected " + expected));
            }
            if (!PlatformUI.isWorkbenchRunning()) {
                return false;
            }
            Display display = PlatformUI.getWorkbench().getDisplay();
            boolean[] answer = {false};
            display.syncExec(() -> {
                Shell parent = display.getActiveShell();
                answer[0] = MessageDialog.openQuestion(parent, NLS.bind(Messages.NodeService_trustTitle,
                        node.name()), NLS.bind(Messages.NodeService_trustQuestion, new Object[] {node.label(),
                                presentedFingerprint, certificate.getSubjectX500Principal().getName()}));
            });
            return answer[0];
        }
    }

    /** The session's passwords first, then secure storage (so a demo password never lands on disk). */
    private final class SessionFirstCredentials implements CredentialStore {
        @Override
        public Optional<String> password(String nodeId) throws CredentialStoreException {
            Optional<String> p = sessionPasswords.password(nodeId);
            return p.isPresent() ? p : stored.password(nodeId);
        }

        @Override
        public void setPassword(String nodeId, String password) throws CredentialStoreException {
            stored.setPassword(nodeId, password);
        }

        @Override
        public void remove(String nodeId) throws CredentialStoreException {
            sessionPasswords.remove(nodeId);
            stored.remove(nodeId);
        }
    }
}
