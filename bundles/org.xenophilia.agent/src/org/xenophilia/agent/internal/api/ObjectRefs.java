package org.xenophilia.agent.internal.api;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.xenophilia.xenapi.Ref;

/**
 * The references of the objects of one class for this run of the server, derived from their uuids: a reference is the
 * object's uuid encrypted with a key made at random when the server starts (AES, one 128-bit block, written as a
 * uuid is: {@code OpaqueRef:3f0c...}), and decrypted to find the object again. So references cost no memory however
 * many objects there are or were; they are the same for an object for the life of the server; a client cannot make
 * one for an object it was not told about (that takes the key); and they all change at a restart, as xapi's do.
 * A reference that decrypts to the uuid of no object is answered as any unknown reference ({@code HANDLE_INVALID}).
 * <p>
 * An object found through its owner (a VM's VIF or VBD, whose uuid is derived from the VM's and cannot be turned back
 * into it) has a reference of two blocks, the owner's uuid and its own ({@link #ref(String, String)}), so that it is
 * found by reading its owner alone.
 */
public final class ObjectRefs {

    /** The owner of an object and the object, as a two-block reference names them. */
    public record Owned(String owner, String uuid) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int UUID_CHARS = 36;

    private final SecretKeySpec key;
    /** Ciphers are not thread-safe; one pair per thread, made on its first reference. */
    private final ThreadLocal<Cipher[]> ciphers = ThreadLocal.withInitial(this::newCiphers);

    /** References under a key of their own, made now. */
    public ObjectRefs() {
        byte[] k = new byte[16];
        RANDOM.nextBytes(k);
        key = new SecretKeySpec(k, "AES");
    }

    private Cipher[] newCiphers() {
        try {
            Cipher encrypt = Cipher.getInstance("AES/ECB/NoPadding");
            encrypt.init(Cipher.ENCRYPT_MODE, key);
            Cipher decrypt = Cipher.getInstance("AES/ECB/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, key);
            return new Cipher[] {encrypt, decrypt};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
    }

    /**
     * @param uuid an object's uuid (canonical: lower case)
     * @return its reference
     * @throws IllegalArgumentException if it is not a uuid
     */
    public Ref ref(String uuid) {
        StringBuilder sb = new StringBuilder(Ref.PREFIX.length() + UUID_CHARS).append(Ref.PREFIX);
        block(sb, uuid);
        return Ref.of(sb.toString());
    }

    /**
     * @param owner the uuid of the object it is found through (a VIF's VM)
     * @param uuid the object's uuid
     * @return its reference: two blocks
     */
    public Ref ref(String owner, String uuid) {
        StringBuilder sb = new StringBuilder(Ref.PREFIX.length() + 2 * UUID_CHARS + 1).append(Ref.PREFIX);
        block(sb, owner);
        sb.append('-');
        block(sb, uuid);
        return Ref.of(sb.toString());
    }

    /**
     * @param ref a reference as sent by a client
     * @return the uuid of the object it names, if it is a one-block reference made with this key (whether that
     *         object exists is for the caller to find out)
     */
    public Optional<String> uuid(Ref ref) {
        String s = ref.value();
        if (s.length() != Ref.PREFIX.length() + UUID_CHARS || !s.startsWith(Ref.PREFIX)) {
            return Optional.empty();
        }
        return decrypt(s, Ref.PREFIX.length());
    }

    /**
     * @param ref a reference as sent by a client
     * @return the owner and the object it names, if it is a two-block reference made with this key
     */
    public Optional<Owned> owned(Ref ref) {
        String s = ref.value();
        int second = Ref.PREFIX.length() + UUID_CHARS + 1;
        if (s.length() != second + UUID_CHARS || !s.startsWith(Ref.PREFIX) || s.charAt(second - 1) != '-') {
            return Optional.empty();
        }
        Optional<String> owner = decrypt(s, Ref.PREFIX.length());
        Optional<String> uuid = decrypt(s, second);
        return owner.isPresent() && uuid.isPresent() ? Optional.of(new Owned(owner.get(), uuid.get()))
                : Optional.empty();
    }

    private void block(StringBuilder sb, String uuid) {
        UUID u = UUID.fromString(uuid);
        byte[] b = new byte[16];
        put(b, 0, u.getMostSignificantBits());
        put(b, 8, u.getLeastSignificantBits());
        byte[] c = crypt(0, b);
        sb.append(new UUID(get(c, 0), get(c, 8)));
    }

    /** @return the uuid the block of 36 characters at {@code at} decrypts to, if it is written as a uuid is */
    private Optional<String> decrypt(String s, int at) {
        byte[] b = new byte[16];
        int n = 0;
        for (int i = 0; i < UUID_CHARS; i++) {
            char c = s.charAt(at + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash != (c == '-')) {
                return Optional.empty();
            }
            if (!dash) {
                int d = Character.digit(c, 16);
                if (d < 0 || Character.isUpperCase(c)) {
                    return Optional.empty();
                }
                b[n / 2] |= (byte) (n % 2 == 0 ? d << 4 : d);
                n++;
            }
        }
        byte[] p = crypt(1, b);
        return Optional.of(new UUID(get(p, 0), get(p, 8)).toString());
    }

    private byte[] crypt(int mode, byte[] block) {
        try {
            return ciphers.get()[mode].doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("one AES block cannot fail", e);
        }
    }

    private static void put(byte[] b, int at, long v) {
        for (int i = 7; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }

    private static long get(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | b[at + i] & 0xFF;
        }
        return v;
    }
}
