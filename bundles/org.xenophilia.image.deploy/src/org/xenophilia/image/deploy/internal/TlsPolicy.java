package org.xenophilia.image.deploy.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * How a source's server is trusted: by the JDK's trust store and the host name, as any client does, or, for a source
 * pinned with {@code #pin=sha256:HEX}, by that one certificate alone (a node's self-signed server: the pin names it,
 * so neither a certificate authority nor the host name has a say).
 */
final class TlsPolicy {

    /** The JDK's trust store and host name verification. */
    static final TlsPolicy TRUST_STORE = new TlsPolicy(null);

    private final String pin;
    private final SSLSocketFactory sockets;

    private TlsPolicy(String pin) {
        this.pin = pin;
        this.sockets = pin == null ? null : pinnedSockets(pin);
    }

    /** @param pin the SHA-256 of the certificate's DER, 64 lower-case hex digits */
    static TlsPolicy pinned(String pin) {
        return new TlsPolicy(pin);
    }

    /** Applies the policy to a connection before it connects. */
    void apply(HttpsURLConnection https) {
        if (pin != null) {
            https.setSSLSocketFactory(sockets);
            https.setHostnameVerifier(samePin());
        }
    }

    /** {@return the pin, or {@code null}} */
    String pin() {
        return pin;
    }

    /** {@return the SHA-256 of a certificate's DER, lower-case hex} */
    static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The trust manager already checked the certificate; the host name is the pin's business, not the DNS's. */
    private HostnameVerifier samePin() {
        return (host, session) -> {
            try {
                return session.getPeerCertificates()[0] instanceof X509Certificate c && pin.equals(fingerprint(c));
            } catch (SSLPeerUnverifiedException | CertificateEncodingException e) {
                return false;
            }
        };
    }

    private static SSLSocketFactory pinnedSockets(String pin) {
        X509TrustManager trust = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                String presented = fingerprint(chain[0]);
                if (!pin.equals(presented)) {
                    throw new CertificateException("the server's certificate (sha256 " + presented
                            + ") is not the pinned one (sha256 " + pin + ")");
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("a client is never trusted here");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] { trust }, null);
            return tls.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a TLS context", e);
        }
    }
}
