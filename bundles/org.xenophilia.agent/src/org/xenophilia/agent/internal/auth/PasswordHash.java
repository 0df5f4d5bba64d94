package org.xenophilia.agent.internal.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow password hashes: PBKDF2 with HMAC-SHA-256 from the JDK, 16 random salt bytes, a 32-byte
 * result, stored as {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}. The iteration count is stored
 * with each hash, so it can be raised later without invalidating existing users.
 */
public final class PasswordHash {

    /** Iterations for new hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The fewest iterations accepted when creating a hash. */
    public static final int MIN_ITERATIONS = 10_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /**
     * @param password the password
     * @param iterations PBKDF2 iterations, at least {@link #MIN_ITERATIONS}
     * @return the encoded hash
     */
    public static String hash(char[] password, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Checks a password in time independent of where it differs.
     *
     * @param password the candidate
     * @param encoded a value made by {@link #hash(char[], int)}
     * @return whether it matches; {@code false} for a malformed {@code encoded}
     */
    public static boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > 100_000_000) {
                return false;
            }
            byte[] actual = pbkdf2(password, salt, iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @param encoded a hash
     * @return whether the string has the shape of a hash this class makes
     */
    public static boolean isWellFormed(String encoded) {
        return encoded.matches(SCHEME + "\\$[0-9]{1,9}\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Spends the time of one verification, so an unknown user name cannot be told apart by timing. */
    static void burn(char[] password) {
        pbkdf2(password, new byte[SALT_BYTES], DEFAULT_ITERATIONS);
    }
}
