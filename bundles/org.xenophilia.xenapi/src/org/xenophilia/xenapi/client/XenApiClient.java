package org.xenophilia.xenapi.client;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.EventBatch;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;
import org.xenophilia.xenapi.internal.client.ClientTls;
import org.xenophilia.xenapi.internal.client.ConnectionSettings;
import org.xenophilia.xenapi.internal.client.InFlightCalls;
import org.xenophilia.xenapi.internal.client.JsonRpcWire;
import org.xenophilia.xenapi.internal.client.WireUnsupportedException;
import org.xenophilia.xenapi.internal.client.XenApiWire;
import org.xenophilia.xenapi.internal.client.XmlRpcWire;

/**
 * A XenAPI client, for the Agent and for xapi (XenServer, XCP-ng) alike.
 * <pre>
 * try (XenApiClient c = XenApiClient.builder(URI.create("https://host:8443/"))
 *         .pinnedFingerprint(storedFingerprint)      // or .trustOnFirstUse((fp, cert) -&gt; askUser(fp))
 *         .build()) {
 *     c.login("admin", password);
 *     Object hosts = c.callWithSession("host.get_all");
 * }
 * </pre>
 * Trust: with a pinned fingerprint, exactly that certificate is accepted, whoever signed it and whatever host name
 * it names (the Agent's certificates are self-signed); with a {@link CertificateTrust} and no pin, the first
 * certificate the callback accepts is pinned; with neither, the JDK's default CA trust and host name verification
 * apply. TLS settings are this client's own; nothing JVM-wide is changed. Plain {@code http} works only because a
 * server may allow it on loopback.
 * <p>
 * The wire: JSON-RPC 2.0 on {@code /jsonrpc} beside the URI, as Xen Orchestra's client does; a server without it (a
 * {@code 404} there, or an answer that is not {@code application/json}: xapi before XenServer 7.3) is spoken to in
 * XML-RPC on the URI from then on, the call that found out sent again in XML-RPC (the server did not take it as a
 * call). {@link Builder#encoding(WireEncoding)} forces either. {@link #encoding()} says which is used now.
 * <p>
 * Calls are blocking and thread-safe; connect and read timeouts bound each one. Values are in wire form, which
 * differs between the wires (an {@code int} is a decimal string in XML-RPC and a {@link Long} in JSON-RPC, a set an
 * {@code Object[]} or a {@link List}, a {@code datetime} a {@link java.util.Date} or a string): read them with
 * {@link WireValues}, never by a cast.
 */
public final class XenApiClient implements AutoCloseable {

    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default read timeout; {@code event.from} callers pass a longer one. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static volatile Consumer<String> callGuard;

    private final URI uri;
    private final Duration readTimeout;
    private final ClientTls tls;
    private final ConnectionSettings settings;
    private final InFlightCalls calls = new InFlightCalls();
    private final JsonRpcWire json;
    private final XmlRpcWire xml;
    /** Whether a server without JSON-RPC moves this client to XML-RPC (not when an encoding is forced). */
    private final boolean fallBack;
    private volatile XenApiWire wire;
    private volatile Ref session;

    private XenApiClient(Builder b) throws GeneralSecurityException {
        this.uri = b.uri;
        this.readTimeout = b.readTimeout;
        tls = new ClientTls(b.pinnedFingerprint, b.firstUse, calls);
        settings = new ConnectionSettings(uri, b.connectTimeout, b.readTimeout, tls, calls);
        json = new JsonRpcWire(settings);
        xml = new XmlRpcWire(settings);
        fallBack = b.encoding == null;
        wire = b.encoding == WireEncoding.XML_RPC ? xml : json;
    }

    /**
     * Installs a check that runs on the calling thread before every call of every client, e.g. the Workbench's,
     * which reports a call made on the UI thread (a call blocks on the network). One guard per JVM.
     *
     * @param guard told the method name before each call; may throw to refuse the call. {@code null} removes it
     */
    public static void setCallGuard(Consumer<String> guard) {
        callGuard = guard;
    }

    /**
     * @param uri the server, e.g. {@code https://host:8443/}; {@code https} or {@code http}
     * @return a builder
     */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    /** @return the server address */
    public URI uri() {
        return uri;
    }

    /**
     * @return the fingerprint pinned now: the one configured, or the one accepted on first use; empty when the JDK
     *         default trust is used or nothing has been accepted yet
     */
    public Optional<String> pinnedFingerprint() {
        return tls.pinnedFingerprint();
    }

    /**
     * @return the encoding of this client's calls now: {@link WireEncoding#JSON_RPC} until a server without it was
     *         met (then {@link WireEncoding#XML_RPC} for good), or the one forced
     */
    public WireEncoding encoding() {
        return wire == xml ? WireEncoding.XML_RPC : WireEncoding.JSON_RPC;
    }

    /** @return the session of the last successful {@link #login}, if not logged out */
    public Optional<Ref> session() {
        return Optional.ofNullable(session);
    }

    /**
     * Logs in with {@code session.login_with_password} and keeps the session for {@link #callWithSession}.
     *
     * @param user the user name
     * @param password the password
     * @return the session reference
     * @throws XenApiException e.g. {@code SESSION_AUTHENTICATION_FAILED}
     * @throws IOException a transport failure, e.g. {@link UntrustedCertificateException}
     */
    public Ref login(String user, String password) throws XenApiException, IOException {
        Ref s = WireValues.asRef(call("session.login_with_password", user, password, "2.21", "Xenophilia"));
        session = s;
        return s;
    }

    /**
     * Logs out of the current session, if any. A session the server no longer knows counts as logged out.
     *
     * @throws XenApiException a failure other than {@code SESSION_INVALID}
     * @throws IOException a transport failure
     */
    public void logout() throws XenApiException, IOException {
        Ref s = session;
        if (s == null) {
            return;
        }
        session = null;
        try {
            call("session.logout", s);
        } catch (XenApiException e) {
            if (!e.is(ErrorCode.SESSION_INVALID)) {
                throw e;
            }
        }
    }

    /**
     * Calls a method with the current session as its first parameter.
     *
     * @param method e.g. {@code VM.get_record}
     * @param params the parameters after the session, as Java values (see {@link WireValues#toWire(Object)})
     * @return the {@code Value} of the result, in wire form
     * @throws XenApiException the API failure
     * @throws IOException a transport failure
     * @throws IllegalStateException if not logged in
     */
    public Object callWithSession(String method, Object... params) throws XenApiException, IOException {
        Ref s = session;
        if (s == null) {
            throw new IllegalStateException("not logged in");
        }
        Object[] all = new Object[params.length + 1];
        all[0] = s;
        System.arraycopy(params, 0, all, 1, params.length);
        return call(method, all);
    }

    /**
     * Calls a method with exactly the given parameters. The introspection methods {@code system.*} answer bare
     * values; the others the {@code Value} of their result (in XML-RPC, the result envelope is opened).
     *
     * @param method e.g. {@code session.login_with_password}
     * @param params the parameters, as Java values (see {@link WireValues#toWire(Object)})
     * @return the value of the result, in wire form
     * @throws XenApiException the API failure
     * @throws UntrustedCertificateException the server's certificate is not trusted
     * @throws XenApiProtocolException an XML-RPC fault, an HTTP error or an answer that is not XenAPI
     * @throws IOException another transport failure (refused, timed out, aborted ...)
     */
    public Object call(String method, Object... params) throws XenApiException, IOException {
        Objects.requireNonNull(method, "method");
        Consumer<String> guard = callGuard;
        if (guard != null) {
            guard.accept(method);
        }
        InFlightCalls.Call call = calls.begin();
        try {
            XenApiWire w = wire;
            try {
                return w.call(method, params);
            } catch (WireUnsupportedException e) {
                if (!fallBack || w != json) {
                    throw e;
                }
                wire = xml;
                return xml.call(method, params);
            }
        } finally {
            calls.end(call);
        }
    }

    /**
     * Waits for changes with {@code event.from} (see xapi's event model) on the current session.
     *
     * @param classes {@code *}, class names ({@code vm}) or objects ({@code vm/OpaqueRef:...})
     * @param token {@code ""} for everything now, or the token of the previous batch
     * @param timeout how long the server may wait for a change; must be shorter than this client's read timeout
     * @return the batch
     * @throws XenApiException e.g. {@code SESSION_INVALID}, {@code EVENT_FROM_TOKEN_PARSE_FAILURE}
     * @throws IOException a transport failure, or {@link #abort()}
     * @throws IllegalArgumentException if {@code timeout} does not leave the answer time to arrive
     */
    public EventBatch eventFrom(Collection<String> classes, String token, Duration timeout)
            throws XenApiException, IOException {
        if (timeout.plusSeconds(5).compareTo(readTimeout) > 0) {
            throw new IllegalArgumentException("event.from timeout " + timeout + " needs a read timeout above it"
                    + " by 5 s or more; this client's is " + readTimeout);
        }
        return EventBatch.fromWire(callWithSession("event.from", List.copyOf(classes), token,
                timeout.toMillis() / 1000.0));
    }

    /**
     * Aborts the calls in progress on this client, from any thread (e.g. a job being cancelled): each fails at once
     * with an {@link IOException}. The client stays usable.
     *
     * @return how many calls were aborted
     */
    public int abort() {
        return calls.abortAll();
    }

    /**
     * Opens a connection to a path of the server beside its API (the Agent's {@code PUT /import_image}), with this
     * client's TLS: its pinned certificate and no other (no host name check then), else the JDK's trust; its
     * timeouts; no caches, no redirects. The caller sends and reads; {@link #abort()} does not reach it: disconnect
     * it to stop it.
     *
     * @param pathAndQuery the path and query, {@code /import_image?session_id=...}, resolved against the server's
     *            address
     * @return the connection, not yet connected
     * @throws IOException if it cannot be opened
     */
    public HttpURLConnection openConnection(String pathAndQuery) throws IOException {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + pathAndQuery);
        }
        HttpURLConnection c = (HttpURLConnection) uri.resolve(pathAndQuery).toURL().openConnection();
        tls.configure(c);
        c.setConnectTimeout(settings.connectTimeoutMillis());
        c.setReadTimeout(settings.readTimeoutMillis());
        c.setUseCaches(false);
        c.setInstanceFollowRedirects(false);
        c.setRequestProperty("User-Agent", ConnectionSettings.USER_AGENT);
        return c;
    }

    /** Logs out (best effort); the client may still be used for calls that take no session. */
    @Override
    public void close() {
        try {
            logout();
        } catch (XenApiException | IOException e) {
            // The session expires on the server anyway.
        }
    }

    /** Configures a {@link XenApiClient}. */
    public static final class Builder {
        private final URI uri;
        private String pinnedFingerprint;
        private CertificateTrust firstUse;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private WireEncoding encoding;

        private Builder(URI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme();
            if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("XenAPI URI must be https or http: " + uri);
            }
        }

        /**
         * Accepts only the certificate with this fingerprint.
         *
         * @param fingerprint SHA-256, in any form {@link Fingerprints#normalize(String)} accepts
         * @return this
         */
        public Builder pinnedFingerprint(String fingerprint) {
            this.pinnedFingerprint = fingerprint == null ? null : Fingerprints.normalize(fingerprint);
            return this;
        }

        /**
         * Asks {@code trust} about the certificate when no fingerprint is pinned, and pins what it accepts.
         *
         * @param trust the decision
         * @return this
         */
        public Builder trustOnFirstUse(CertificateTrust trust) {
            this.firstUse = trust;
            return this;
        }

        /**
         * @param timeout how long to wait for the TCP connection
         * @return this
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * @param timeout how long to wait for each response; must exceed an {@code event.from} timeout
         * @return this
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * Speaks only this encoding, without falling back: for tests, and for a server an administrator knows to
         * need XML-RPC. By default a client speaks JSON-RPC and falls back to XML-RPC for a server without it.
         *
         * @param forced the encoding of every call
         * @return this
         */
        public Builder encoding(WireEncoding forced) {
            this.encoding = Objects.requireNonNull(forced);
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if the JDK offers no TLS
         */
        public XenApiClient build() {
            try {
                return new XenApiClient(this);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available: " + e.getMessage(), e);
            }
        }
    }
}
