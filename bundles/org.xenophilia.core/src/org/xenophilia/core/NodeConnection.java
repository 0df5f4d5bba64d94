package org.xenophilia.core;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xenophilia.core.internal.CoreLog;
import org.xenophilia.core.internal.Records;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.UntrustedCertificateException;
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
 */
public final class NodeConnection implements AutoCloseable {

    /** The classes followed with {@code event.from}. */
    public static final List<String> EVENT_CLASSES = List.of("host", "vm", "vif", "vbd");

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
    private final TrustDecider trust;
    private final Options options;
    private final NodeModel model = new NodeModel();
    private final List<NodeModelListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    private volatile ConnectionState state = ConnectionState.CLOSED;
    private volatile String stateMessage = "";
    private volatile XenApiClient eventClient;
    private volatile NodeDescriptor lastKnown;
    private boolean vifEvents;
    private boolean vbdEvents;
    /** The node answered that it has no VM_metrics calls (an older Agent): start times are not asked again. */
    private boolean noVmMetrics;
    private Thread thread;
    private boolean closed;
    /** The user disconnected: the thread parks in {@link ConnectionState#OFFLINE} until {@link #connect()}. */
    private boolean offline;
    private int wakeups;

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
        this.trust = Objects.requireNonNull(trust, "trust");
        this.options = Objects.requireNonNull(options, "options");
        lastKnown = registry.node(nodeId).orElseThrow(() -> new IllegalStateException("node " + nodeId
                + " is not in the registry"));
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
        Optional<NodeDescriptor> n = registry.node(nodeId);
        n.ifPresent(d -> lastKnown = d);
        return n.orElse(lastKnown);
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
        return state;
    }

    /** @return what the last state change was about, in words (empty if nothing to say) */
    public String stateMessage() {
        return stateMessage;
    }

    /** @return whether the model may be out of date: true unless connected and in sync */
    public boolean isStale() {
        return state != ConnectionState.CONNECTED;
    }

    /** @param listener told about changes, on the event thread */
    public void addListener(NodeModelListener listener) {
        listeners.add(Objects.requireNonNull(listener));
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
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            if (offline) {
                offline = false;
                wakeups++;
                lock.notifyAll();
            }
            if (thread == null) {
                thread = new Thread(this::run, "Xenophilia events of node " + node().name());
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /**
     * Connects again now: after a refused password or certificate (e.g. once the password was corrected), or to
     * skip the rest of a backoff wait.
     */
    public void reconnect() {
        XenApiClient inFlight;
        synchronized (lock) {
            // taken before the wakeup: once woken, the thread may already be logging in with a new client, and
            // aborting that one would turn this reconnect into a failure followed by a full backoff wait
            inFlight = eventClient;
            wakeups++;
            lock.notifyAll();
        }
        if (inFlight != null && state != ConnectionState.CONNECTED) {
            inFlight.abort();
        }
        connect();
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
        XenApiClient c = newClient();
        login(c);
        return c;
    }

    /**
     * Stops following the node at the user's request, until {@link #connect()}: aborts the call in progress, logs
     * out and stays {@link ConnectionState#OFFLINE}. The model stays as it was, stale. Returns at once.
     */
    public void disconnect() {
        XenApiClient inFlight;
        synchronized (lock) {
            if (closed) {
                return;
            }
            offline = true;
            inFlight = eventClient;
            wakeups++;
            lock.notifyAll();
        }
        if (inFlight != null) {
            inFlight.abort();
        }
    }

    /** Stops the event thread (aborting its call in progress) and logs out; the model stays as it was, stale. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            t = thread;
            lock.notifyAll();
        }
        XenApiClient c = eventClient;
        if (c != null) {
            c.abort();
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(options.connectTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        setState(ConnectionState.CLOSED, "");
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** @return whether the loop is to stop talking to the node: closed, or disconnected by the user */
    private boolean isStopping() {
        synchronized (lock) {
            return closed || offline;
        }
    }

    private void run() {
        long backoff = options.initialBackoff().toMillis();
        while (!isClosed()) {
            int seen;
            boolean userOffline;
            synchronized (lock) {
                seen = wakeups;
                userOffline = offline;
            }
            if (userOffline) {
                park(ConnectionState.OFFLINE, "Disconnected by the user.", seen);
                backoff = options.initialBackoff().toMillis();
                continue;
            }
            Optional<NodeDescriptor> current = registry.node(nodeId);
            if (current.isEmpty()) {
                setState(ConnectionState.CLOSED, "Node " + lastKnown.name() + " was removed.");
                return;
            }
            NodeDescriptor n = current.get();
            lastKnown = n;
            XenApiClient c = null;
            try {
                Optional<String> password = credentials.password(n.id());
                if (password.isEmpty()) {
                    park(ConnectionState.CREDENTIALS_MISSING, "No password is stored for node " + n.name() + ".",
                            seen);
                    continue;
                }
                setState(ConnectionState.CONNECTING, "Connecting to " + n.label() + ".");
                XenApiClient.Builder b = XenApiClient.builder(n.uri()).connectTimeout(options.connectTimeout())
                        .readTimeout(options.eventTimeout().plusSeconds(15));
                if (n.fingerprint() != null) {
                    b.pinnedFingerprint(n.fingerprint());
                } else {
                    b.trustOnFirstUse((fp, cert) -> acceptOnFirstUse(n, fp, cert));
                }
                c = b.build();
                eventClient = c;
                if (isStopping()) {
                    continue;
                }
                c.login(n.user(), password.get());
                pinIfFirstUse(n, c);
                EventBatch batch = c.eventFrom(EVENT_CLASSES, "", options.eventTimeout());
                // xapi sends VIF and VBD events; a node that does not (valid_ref_counts says which classes it
                // follows) gets its devices read with each VM that is added or changed
                vifEvents = batch.validRefCounts().containsKey("vif");
                vbdEvents = batch.validRefCounts().containsKey("vbd");
                List<XenObject> everything = new ArrayList<>();
                for (EventBatch.Event e : batch.events()) {
                    if (!"del".equals(e.operation()) && e.snapshot().isPresent()) {
                        Records.read(e.cls(), e.ref(), e.snapshot().get()).ifPresent(everything::add);
                    }
                }
                for (XenObject o : List.copyOf(everything)) {
                    if (o instanceof VmInfo vm) {
                        everything.addAll(fetchDevices(c, vm));
                    }
                }
                everything = withStartTimes(c, everything);
                List<ModelChange> changes = model.replaceAll(everything);
                // listeners hear of the resync first: once a node reads CONNECTED, they have been told
                fireModel(changes, true);
                setState(ConnectionState.CONNECTED, "Connected to " + n.label() + ".");
                backoff = options.initialBackoff().toMillis();
                String token = batch.token();
                while (!isStopping()) {
                    batch = c.eventFrom(EVENT_CLASSES, token, options.eventTimeout());
                    token = batch.token();
                    apply(c, batch);
                }
            } catch (UntrustedCertificateException e) {
                if (e.expectedFingerprint().isPresent()) {
                    park(ConnectionState.CERTIFICATE_CHANGED, "The certificate of node " + n.label()
                            + " has changed. Pinned SHA-256 fingerprint: " + e.expectedFingerprint().get()
                            + "; presented now: " + e.presentedFingerprint() + ". The connection was refused. If the"
                            + " node's certificate was replaced on purpose, compare the new fingerprint with"
                            + " 'xenophiliad fingerprint' on the host before trusting it.", seen);
                } else {
                    park(ConnectionState.CERTIFICATE_REJECTED, "The certificate of node " + n.label()
                            + " (SHA-256 " + e.presentedFingerprint() + ") was not trusted.", seen);
                }
            } catch (XenApiException e) {
                if (e.is(ErrorCode.SESSION_AUTHENTICATION_FAILED) || e.is(ErrorCode.SESSION_AUTHORIZATION_FAILED)) {
                    park(ConnectionState.AUTHENTICATION_FAILED, "Node " + n.label() + " refused the login of user '"
                            + n.user() + "': wrong user name or password.", seen);
                } else if (e.is(ErrorCode.SESSION_INVALID) || e.is(ErrorCode.EVENT_FROM_TOKEN_PARSE_FAILURE)) {
                    // session expired or the node restarted between two calls: log in again and resync now
                    setState(ConnectionState.DISCONNECTED, "Session on " + n.label() + " ended; reconnecting.");
                    await(options.initialBackoff().toMillis(), seen);
                } else {
                    backoff = lost(n, XenApiErrorMessages.describe(e), backoff, seen);
                }
            } catch (CredentialStoreException e) {
                park(ConnectionState.CREDENTIALS_MISSING, e.getMessage(), seen);
            } catch (IOException e) {
                if (!isStopping()) {
                    backoff = lost(n, e.getMessage(), backoff, seen);
                }
            } catch (RuntimeException e) {
                CoreLog.error("event loop of node " + n.label() + " failed", e);
                if (!isStopping()) {
                    backoff = lost(n, e.toString(), backoff, seen);
                }
            } finally {
                eventClient = null;
                if (c != null && isStopping()) {
                    c.close();
                }
            }
        }
    }

    /**
     * Asks the decider and pins an accepted fingerprint at once, so that an administrator who took long to answer
     * (the node may have dropped that handshake meanwhile) is not asked again on the next attempt.
     */
    private boolean acceptOnFirstUse(NodeDescriptor n, String fingerprint, X509Certificate certificate) {
        if (!trust.trust(n, fingerprint, certificate)) {
            return false;
        }
        try {
            Optional<NodeDescriptor> current = registry.node(nodeId); // not re-added if removed meanwhile
            if (current.isPresent()) {
                registry.put(current.get().withFingerprint(fingerprint));
            }
        } catch (IOException e) {
            CoreLog.error("cannot save the fingerprint accepted for node " + n.label(), e);
        }
        return true;
    }

    private void pinIfFirstUse(NodeDescriptor n, XenApiClient c) throws IOException {
        Optional<String> pinned = c.pinnedFingerprint();
        Optional<NodeDescriptor> current = registry.node(nodeId); // not re-added if removed meanwhile
        if (n.fingerprint() == null && pinned.isPresent() && current.isPresent()
                && !pinned.get().equals(current.get().fingerprint())) {
            registry.put(current.get().withFingerprint(pinned.get()));
        }
    }

    private List<XenObject> fetchDevices(XenApiClient c, VmInfo vm) throws XenApiException, IOException {
        List<XenObject> out = new ArrayList<>();
        if (!vifEvents) {
            for (Ref r : vm.vifs()) {
                fetch(c, "VIF", r).ifPresent(out::add);
            }
        }
        if (!vbdEvents) {
            for (Ref r : vm.vbds()) {
                fetch(c, "VBD", r).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<XenObject> fetch(XenApiClient c, String cls, Ref ref) throws XenApiException,
            IOException {
        try {
            return Records.read(cls, ref, WireValues.asMap(c.callWithSession(cls + ".get_record", ref)));
        } catch (XenApiException e) {
            if (e.is(ErrorCode.HANDLE_INVALID)) {
                return Optional.empty(); // gone meanwhile
            }
            throw e;
        }
    }

    private boolean followedByEvents(XenObject device) {
        return device instanceof VifInfo ? vifEvents : vbdEvents;
    }

    /** For a node without device events: the VM's devices follow the VM. */
    private void completeDevices(XenApiClient c, List<ModelChange> changes) throws XenApiException, IOException {
        if (vifEvents && vbdEvents) {
            return;
        }
        for (ModelChange vmChange : List.copyOf(changes)) {
            if (!(vmChange.object() instanceof VmInfo vm)) {
                continue;
            }
            List<XenObject> current = vmChange.kind() == ModelChange.Kind.REMOVED ? List.of() : fetchDevices(c, vm);
            Set<Ref> keep = new HashSet<>();
            for (XenObject d : current) {
                keep.add(d.ref());
                ModelChange ch = model.put(d);
                if (ch != null) {
                    changes.add(ch);
                }
            }
            for (XenObject old : model.devicesOf(vm.ref())) {
                if (!followedByEvents(old) && !keep.contains(old.ref())) {
                    ModelChange ch = model.remove(old.ref());
                    if (ch != null) {
                        changes.add(ch);
                    }
                }
            }
        }
    }

    private void apply(XenApiClient client, EventBatch batch) throws XenApiException, IOException {
        List<ModelChange> changes = new ArrayList<>();
        for (EventBatch.Event e : batch.events()) {
            ModelChange c;
            if ("del".equals(e.operation())) {
                c = model.remove(e.ref());
            } else if (e.snapshot().isPresent()) {
                Optional<XenObject> o = Records.read(e.cls(), e.ref(), e.snapshot().get());
                c = o.isEmpty() ? null : model.put(o.get() instanceof VmInfo vm ? withStartTime(client, vm) : o.get());
            } else {
                c = null;
            }
            if (c != null) {
                changes.add(c);
            }
        }
        completeDevices(client, changes);
        if (!changes.isEmpty()) {
            fireModel(changes, false);
        }
    }

    /**
     * At a full sync: the start time of every VM that has a domain, from one {@code VM_metrics.get_all_records}.
     * Uptime is a nicety: a node that cannot say leaves it unknown, and the sync goes on.
     */
    private List<XenObject> withStartTimes(XenApiClient c, List<XenObject> objects) throws IOException {
        if (noVmMetrics) {
            return objects;
        }
        Map<Ref, Instant> started = new HashMap<>();
        try {
            for (Map.Entry<String, Object> e : WireValues.asMap(c.callWithSession("VM_metrics.get_all_records"))
                    .entrySet()) {
                Object t = WireValues.asMap(e.getValue()).get("start_time");
                if (t != null) {
                    started.put(Ref.of(e.getKey()), WireValues.asInstant(t));
                }
            }
        } catch (XenApiException e) {
            noVmMetrics = e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN);
            return objects;
        } catch (IllegalArgumentException e) {
            return objects; // a record not as xapi's: no uptimes
        }
        List<XenObject> out = new ArrayList<>(objects.size());
        for (XenObject o : objects) {
            out.add(o instanceof VmInfo vm && vm.domid() >= 0 ? vm.withStartTime(started.get(vm.metrics())) : o);
        }
        return out;
    }

    /**
     * For a VM from an event: the start time known for its current domain, or, for a new domain, the node's
     * {@code VM_metrics.get_start_time}.
     */
    private VmInfo withStartTime(XenApiClient c, VmInfo vm) throws IOException {
        if (vm.domid() < 0 || noVmMetrics || Ref.NULL.equals(vm.metrics())) {
            return vm;
        }
        Optional<VmInfo> before = model.vm(vm.uuid());
        if (before.isPresent() && before.get().domid() == vm.domid() && before.get().startTime() != null) {
            return vm.withStartTime(before.get().startTime());
        }
        try {
            return vm.withStartTime(WireValues.asInstant(c.callWithSession("VM_metrics.get_start_time",
                    vm.metrics())));
        } catch (XenApiException e) {
            noVmMetrics = e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN);
            return vm;
        } catch (IllegalArgumentException e) {
            return vm;
        }
    }

    /** Marks the node disconnected, waits the backoff (or until woken) and returns the next backoff. */
    private long lost(NodeDescriptor n, String why, long backoff, int seen) {
        setState(ConnectionState.DISCONNECTED, "Lost connection to " + n.label() + ": " + why + ". Retrying in "
                + Duration.ofMillis(backoff).toSeconds() + " s.");
        await(backoff, seen);
        return Math.min(backoff * 2, options.maxBackoff().toMillis());
    }

    /** Stays in a state that is not retried until {@link #reconnect()} or {@link #close()}. */
    private void park(ConnectionState s, String message, int seen) {
        setState(s, message);
        await(Long.MAX_VALUE, seen);
    }

    private void await(long millis, int seen) {
        long deadline = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        synchronized (lock) {
            while (!closed && wakeups == seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                    return;
                }
            }
        }
    }

    private void setState(ConnectionState s, String message) {
        boolean changed = s != state || !message.equals(stateMessage);
        stateMessage = message;
        state = s;
        if (changed) {
            for (NodeModelListener l : listeners) {
                try {
                    l.connectionStateChanged(this, s, message);
                } catch (RuntimeException e) {
                    CoreLog.error("a node listener failed", e);
                }
            }
        }
    }

    private void fireModel(List<ModelChange> changes, boolean resync) {
        List<ModelChange> copy = List.copyOf(changes);
        for (NodeModelListener l : listeners) {
            try {
                l.modelChanged(this, copy, resync);
            } catch (RuntimeException e) {
                CoreLog.error("a node listener failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "NodeConnection[" + registry.node(nodeId).map(NodeDescriptor::label).orElse(nodeId) + ", " + state
                + "]";
    }
}
