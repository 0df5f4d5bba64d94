package org.xenophilia.xenapi.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 certificate fingerprints in the form administrators compare by eye and {@code openssl x509 -fingerprint
 * -sha256} prints: 32 upper-case hex bytes separated by colons ({@code AB:01:...}).
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * @param certificate a certificate
     * @return the SHA-256 fingerprint of its DER encoding, in canonical form
     */
    public static String sha256(X509Certificate certificate) {
        try {
            return sha256(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * @param der a DER-encoded certificate
     * @return the SHA-256 fingerprint in canonical form
     */
    public static String sha256(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Brings a fingerprint typed or pasted by a person into canonical form: case and the separators {@code :},
     * space and {@code -} do not matter, and a leading {@code SHA256:} or {@code sha256 Fingerprint=} is dropped.
     *
     * @param fingerprint the text
     * @return the canonical form
     * @throws IllegalArgumentException if it is not 32 hex bytes
     */
    public static String normalize(String fingerprint) {
        String s = fingerprint.trim();
        int eq = s.lastIndexOf('=');
        if (eq >= 0) {
            s = s.substring(eq + 1);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("sha256:")) {
            s = s.substring("sha256:".length());
        }
        String hex = s.replaceAll("[:\\s-]", "");
        if (!hex.matches("[0-9A-Fa-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (32 hex bytes): " + fingerprint);
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
