package org.xenophilia.xenapi.internal.client;

import java.net.URLConnection;
import java.security.GeneralSecurityException;
import java.util.Optional;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

import org.xenophilia.xenapi.client.CertificateTrust;
import org.xenophilia.xenapi.client.UntrustedCertificateException;

/**
 * One client's TLS, set on each of its connections (never the JVM-wide defaults), whichever wire they carry: with a
 * pin or a trust-on-first-use callback, a {@link PinningTrustManager} and no host name check (the pin is the
 * identity, and the Agent's certificates are self-signed); otherwise the JDK's default trust and host name check. The
 * socket factory is this client's own {@link AbortAwareSocketFactory} in both cases, so that an aborted call is never
 * sent again and the JDK's keep-alive cache, keyed by the factory, reuses this client's connections.
 */
public final class ClientTls {

    private final PinningTrustManager pinning;
    private final SSLSocketFactory socketFactory;
    private final HostnameVerifier hostnameVerifier;

    /**
     * @param pinnedFingerprint the canonical fingerprint to accept, or {@code null}
     * @param firstUse asked when nothing is pinned, or {@code null}
     * @param calls the client's calls, asked whether the current one was aborted before a socket is opened
     * @throws GeneralSecurityException if the JDK offers no TLS
     */
    public ClientTls(String pinnedFingerprint, CertificateTrust firstUse, InFlightCalls calls)
            throws GeneralSecurityException {
        SSLSocketFactory sockets;
        if (pinnedFingerprint != null || firstUse != null) {
            pinning = new PinningTrustManager(pinnedFingerprint, firstUse);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {pinning}, null);
            sockets = tls.getSocketFactory();
            // The pin identifies the server; the name in its (self-signed) certificate is irrelevant.
            hostnameVerifier = (host, session) -> true;
        } else {
            pinning = null;
            sockets = SSLContext.getDefault().getSocketFactory();
            hostnameVerifier = null;
        }
        socketFactory = new AbortAwareSocketFactory(sockets, calls::currentAborted);
    }

    /** @return the fingerprint pinned now, if any */
    public Optional<String> pinnedFingerprint() {
        return pinning == null ? Optional.empty() : Optional.ofNullable(pinning.pinnedFingerprint());
    }

    /**
     * Sets this client's TLS on a connection; a plain {@code http} one is left as it is.
     *
     * @param c a connection not yet connected
     */
    public void configure(URLConnection c) {
        if (c instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(socketFactory);
            if (hostnameVerifier != null) {
                https.setHostnameVerifier(hostnameVerifier);
            }
        }
    }

    /**
     * @param failure a failed call's exception
     * @return the refusal of the server's certificate among its causes, as the client reports it
     */
    public static Optional<UntrustedCertificateException> untrusted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PinningTrustManager.RejectedCertificateException r) {
                return Optional.of(new UntrustedCertificateException(r.expected(), r.presented(), failure));
            }
        }
        return Optional.empty();
    }
}
