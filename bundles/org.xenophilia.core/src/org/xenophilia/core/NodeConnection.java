package org.xenophilia.core;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Workbench's live link to one node. After {@link #connect()} a daemon thread logs in, loads everything with
 * {@code event.from(classes, "")} and then follows {@code event.from} with the returned tokens, keeping
 * {@link #model()} current and telling {@link NodeModelListener}s on that thread.
 * <p>
 * Trust on first use: with no fingerprint pinned in the node's {@link NodeDescriptor}, the {@link TrustDecider} sees
 * the presented one; an accepted fingerprint is pinned and saved in the {@link NodeRegistry}. A certificate other
 * than the pinned one is refused ({@link ConnectionState#CERTIFICATE_CHANGED}, both fingerprints in the message) and
 * never re-trusted silently.
 * <p>
 * A lost connection turns the state to {@link ConnectionState#DISCONNECTED} (the model is then stale: it keeps the
 * last known objects), and the thread reconnects with exponential backoff up to {@link Options#maxBackoff()}. Each
 * (re)connection resynchronises fully: objects that disappeared meanwhile are removed. A refused password
 * ({@link ConnectionState#AUTHENTICATION_FAILED}) or certificate is not retried until {@link #reconnect()}.
 * <p>
 * Operations run on clients of their own ({@link #openClient()}), so cancelling one never disturbs the event loop.
 * <p>
 * This class is the connection's face for the Workbench (the node, its model, its state, the user's requests, the
 * clients for operations); the work is done by the {@link EventLoop} (the thread, reconnection and backoff),
 * {@link FirstUseTrust} (pinning), {@link ModelSync} (records into the model) and {@link NodeListeners}.
 */
public final class NodeConnection implements AutoCloseable {

    /** How many times an operation's login is tried when its connection breaks on the way. */
    private static final int LOGIN_ATTEMPTS = 3;

    /** The classes followed with {@code event.from}: the domains and their devices, the storage and the networks. */
    public static final List<String> EVENT_CLASSES = List.of("host", "vm", "vif", "vbd", "sr", "pbd", "vdi",
            "network", "pif");

    /**
     * Timing of a connection.
     *
     * @param eventTimeout how long one {@code event.from} may wait on the node; also bounds how late a silently dead
     *            connection is noticed
     * @param initialBackoff the first wait before reconnecting
     * @param maxBackoff the cap of the doubling wait
     * @param connectTimeout the TCP connect timeout
     */
    public record Options(Duration eventTimeout, Duration initialBackoff, Duration maxBackoff,
            Duration connectTimeout) {

        /** 30 s event timeout, backoff from 1 s doubling up to 60 s, 10 s connect timeout. */
        public static final Options DEFAULTS = new Options(Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    private final NodeRegistry registry;
    private final String nodeId;
    private final CredentialStore credentials;
    private final Options options;
    private final NodeModel model = new NodeModel();
    private final NodeListeners listeners = new NodeListeners();
    private final EventLoop loop;
    private volatile NodeDescriptor lastKnown;

    /**
     * @param registry where the node is described and its pinned fingerprint saved
     * @param nodeId the node, in {@code registry}
     * @param credentials where its password is
     * @param trust asked about the certificate while no fingerprint is pinned
     * @param options timing
     */
    public NodeConnection(NodeRegistry registry, String nodeId, CredentialStore credentials, TrustDecider trust,
            Options options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.options = Objects.requireNonNull(options, "options");
        lastKnown = registry.node(nodeId).orElseThrow(() -> new IllegalStateException("node " + nodeId
                + " is not in the registry"));
        loop = new EventLoop(this, options, credentials, new FirstUseTrust(registry, nodeId,
                Objects.requireNonNull(trust, "trust")), new ModelSync(model), listeners);
    }

    /**
     * With {@link Options#DEFAULTS}.
     *
     * @param registry where the node is described
     * @param nodeId the node
     * @param credentials where its password is
     * @param trust asked about the certificate while no fingerprint is pinned
     */
    public NodeConnection(NodeRegistry registry, String nodeId, CredentialStore credentials, TrustDecider trust) {
        this(registry, nodeId, credentials, trust, Options.DEFAULTS);
    }

    /**
     * @return the node as currently described in the registry, or as it was last described once removed (so that
     *         views and logs can still name a node that is going away)
     */
    public NodeDescriptor node() {
        return registeredNode().orElse(lastKnown);
    }

    /** @return the node as currently described in the registry, remembered for {@link #node()}; empty once removed */
    Optional<NodeDescriptor> registeredNode() {
        Optional<NodeDescriptor> n = registry.node(nodeId);
        n.ifPresent(d -> lastKnown = d);
        return n;
    }

    /** @return whether the node is still in the registry */
    public boolean isRegistered() {
        return registry.node(nodeId).isPresent();
    }

    /** @return the node's id */
    public String nodeId() {
        return nodeId;
    }

    /** @return the node's model (stale unless {@link #state()} is {@link ConnectionState#CONNECTED}) */
    public NodeModel model() {
        return model;
    }

    /** @return the connection state */
    public ConnectionState state() {
        return loop.state();
    }

    /** @return what the last state change was about, in words (empty if nothing to say) */
    public String stateMessage() {
        return loop.stateMessage();
    }

    /** @return whether the model may be out of date: true unless connected and in sync */
    public boolean isStale() {
        return loop.state() != ConnectionState.CONNECTED;
    }

    /** @param listener told about changes, on the event thread */
    public void addListener(NodeModelListener listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeListener(NodeModelListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts the event thread, if not started yet, or resumes after {@link #disconnect()}. Returns at once; watch
     * {@link #state()} or the listeners.
     */
    public void connect() {
        loop.resume();
    }

    /**
     * Connects again now: after a refused password or certificate (e.g. once the password was corrected), or to
     * skip the rest of a backoff wait.
     */
    public void reconnect() {
        loop.reconnect();
    }

    /**
     * Replaces the pinned fingerprint after the administrator confirmed that the node's certificate was replaced
     * on purpose (e.g. the host was reinstalled), and reconnects. Only the fingerprint named is pinned, so a
     * certificate changed again in between is still refused.
     *
     * @param presentedFingerprint the new fingerprint, as reported in the {@link ConnectionState#CERTIFICATE_CHANGED}
     *            message
     * @throws IOException if the registry cannot be saved
     */
    public void trustNewCertificate(String presentedFingerprint) throws IOException {
        NodeDescriptor current = registry.node(nodeId).orElseThrow(() -> new IllegalStateException("node "
                + node().name() + " was removed"));
        registry.put(current.withFingerprint(Objects.requireNonNull(presentedFingerprint)));
        reconnect();
    }

    /**
     * A new client for the node with its pinned certificate, not logged in yet: for an operation or job that wants to
     * be able to {@link XenApiClient#abort()} even its login. Log in with {@link #login(XenApiClient)}.
     *
     * @return the client
     * @throws IllegalStateException if no certificate has been trusted for the node yet
     */
    public XenApiClient newClient() {
        NodeDescriptor n = node();
        String fp = n.pinnedFingerprint().orElseThrow(() -> new IllegalStateException("No certificate is trusted"
                + " for node " + n.name() + " yet; connect to it first."));
        return XenApiClient.builder(n.uri()).pinnedFingerprint(fp).connectTimeout(options.connectTimeout()).build();
    }

    /**
     * Logs a client in as the node's user, with the stored password.
     *
     * @param client a client from {@link #newClient()}
     * @throws IOException if the node is unreachable or its certificate differs from the pinned one
     * @throws XenApiException if the login is refused
     * @throws CredentialStoreException if no password can be read
     */
    public void login(XenApiClient client) throws IOException, XenApiException, CredentialStoreException {
        NodeDescriptor n = node();
        String password = credentials.password(n.id()).orElseThrow(() -> new CredentialStoreException(
                "No password is stored for node " + n.name() + ".", null));
        client.login(n.user(), password);
    }

    /**
     * A new client logged in to the node with its pinned certificate, for one operation; the caller closes it (which
     * logs out). Operations never share the event loop's client.
     *
     * @return the client
     * @throws IOException if the node is unreachable or its certificate differs from the pinned one
     * @throws XenApiException if the login is refused
     * @throws CredentialStoreException if no password can be read
     * @throws IllegalStateException if no certificate has been trusted for the node yet
     */
    public XenApiClient openClient() throws IOException, XenApiException, CredentialStoreException {
        for (int attempt = 1;; attempt++) {
            XenApiClient c = newClient();
            try {
                login(c);
                return c;
            } catch (IOException e) {
                c.close();
                // a login is safe to repeat: one whose connection broke on the way (a lossy link resets it, or closes
                // it before the answer) is tried again on a new connection; an unreachable node or a certificate
                // that differs from the pinned one is not
                if (attempt == LOGIN_ATTEMPTS || !brokenOnTheWay(e)) {
                    throw e;
                }
            } catch (XenApiException | CredentialStoreException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
    }

    /**
     * Whether a call failed because its connection broke after it was made, not because none could be made (a
     * certificate that differs from the pinned one fails the handshake with no broken connection in its causes).
     */
    static boolean brokenOnTheWay(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return false;
            }
            if (t instanceof SocketException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stops following the node at the user's request, until {@link #connect()}: aborts the call in progress, logs
     * out and stays {@link ConnectionState#OFFLINE}. The model stays as it was, stale. Returns at once.
     */
    public void disconnect() {
        loop.disconnect();
    }

    /** Stops the event thread (aborting its call in progress) and logs out; the model stays as it was, stale. */
    @Override
    public void close() {
        loop.close();
    }

    @Override
    public String toString() {
        return "NodeConnection[" + registry.node(nodeId).map(NodeDescriptor::label).orElse(nodeId) + ", "
                + loop.state() + "]";
    }
}
