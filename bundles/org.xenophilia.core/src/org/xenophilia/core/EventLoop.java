package org.xenophilia.core;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.xenophilia.core.internal.CoreLog;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.UntrustedCertificateException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The daemon thread of one {@link NodeConnection}: logs in, has {@link ModelSync} load everything and follow
 * {@code event.from}, and keeps the connection's {@link ConnectionState}. A lost connection is retried after a wait
 * that doubles from {@link NodeConnection.Options#initialBackoff()} up to {@link NodeConnection.Options#maxBackoff()}
 * (reset by a successful connection); a refused password or certificate, missing credentials and the user's
 * {@link #disconnect()} park the thread until {@link #reconnect()}, {@link #resume()} or {@link #close()}.
 * <p>
 * Every wait ends early when woken: the {@link #wakeups} counter changes under {@link #lock} with each request, so a
 * request made while the thread was busy is not lost.
 */
final class EventLoop {

    private final NodeConnection connection;
    private final NodeConnection.Options options;
    private final CredentialStore credentials;
    private final FirstUseTrust firstUse;
    private final ModelSync sync;
    private final NodeListeners listeners;
    private final Object lock = new Object();

    private volatile ConnectionState state = ConnectionState.CLOSED;
    private volatile String stateMessage = "";
    private volatile XenApiClient eventClient;
    private Thread thread;
    private boolean closed;
    /** The user disconnected: the thread parks in {@link ConnectionState#OFFLINE} until {@link #resume()}. */
    private boolean offline;
    private int wakeups;

    EventLoop(NodeConnection connection, NodeConnection.Options options, CredentialStore credentials,
            FirstUseTrust firstUse, ModelSync sync, NodeListeners listeners) {
        this.connection = connection;
        this.options = options;
        this.credentials = credentials;
        this.firstUse = firstUse;
        this.sync = sync;
        this.listeners = listeners;
    }

    ConnectionState state() {
        return state;
    }

    String stateMessage() {
        return stateMessage;
    }

    /** Starts the thread, if not started yet, or wakes it out of {@link ConnectionState#OFFLINE}. */
    void resume() {
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
                thread = new Thread(this::run, "Xenophilia events of node " + connection.node().name());
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** Ends a parked state or a backoff wait now, and aborts a login that has not connected yet. */
    void reconnect() {
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
        resume();
    }

    /** Aborts the call in progress and parks in {@link ConnectionState#OFFLINE}, logged out. */
    void disconnect() {
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

    /** Stops the thread (aborting its call in progress) and waits a little for it to end. */
    void close() {
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
            Optional<NodeDescriptor> current = connection.registeredNode();
            if (current.isEmpty()) {
                setState(ConnectionState.CLOSED, "Node " + connection.node().name() + " was removed.");
                return;
            }
            NodeDescriptor n = current.get();
            XenApiClient c = null;
            try {
                Optional<String> password = credentials.password(n.id());
                if (password.isEmpty()) {
                    park(ConnectionState.CREDENTIALS_MISSING, "No password is stored for node " + n.name() + ".",
                            seen);
                    continue;
                }
                setState(ConnectionState.CONNECTING, "Connecting to " + n.label() + ".");
                c = client(n);
                eventClient = c;
                if (isStopping()) {
                    continue;
                }
                c.login(n.user(), password.get());
                firstUse.pinIfFirstUse(n, c);
                EventBatch batch = c.eventFrom(NodeConnection.EVENT_CLASSES, "", options.eventTimeout());
                // listeners hear of the resync first: once a node reads CONNECTED, they have been told
                listeners.modelChanged(connection, sync.resync(c, batch), true);
                setState(ConnectionState.CONNECTED, "Connected to " + n.label() + ".");
                backoff = options.initialBackoff().toMillis();
                follow(c, batch.token());
            } catch (UntrustedCertificateException e) {
                refusedCertificate(n, e, seen);
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

    /** The event loop's client: the pinned fingerprint, or trust on first use; reads outlast an event wait. */
    private XenApiClient client(NodeDescriptor n) {
        XenApiClient.Builder b = XenApiClient.builder(n.uri()).connectTimeout(options.connectTimeout())
                .readTimeout(options.eventTimeout().plusSeconds(15));
        if (n.fingerprint() != null) {
            b.pinnedFingerprint(n.fingerprint());
        } else {
            b.trustOnFirstUse((fp, cert) -> firstUse.accept(n, fp, cert));
        }
        return b.build();
    }

    /** Follows {@code event.from} from a token until the loop stops or a call fails. */
    private void follow(XenApiClient c, String token) throws XenApiException, IOException {
        while (!isStopping()) {
            EventBatch batch = c.eventFrom(NodeConnection.EVENT_CLASSES, token, options.eventTimeout());
            token = batch.token();
            List<ModelChange> changes = sync.apply(c, batch);
            if (!changes.isEmpty()) {
                listeners.modelChanged(connection, changes, false);
            }
        }
    }

    private void refusedCertificate(NodeDescriptor n, UntrustedCertificateException e, int seen) {
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
            listeners.stateChanged(connection, s, message);
        }
    }
}
