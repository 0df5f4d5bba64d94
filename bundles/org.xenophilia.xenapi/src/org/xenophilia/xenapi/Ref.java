package org.xenophilia.xenapi;

import java.util.Objects;
import java.util.UUID;

/**
 * An opaque XenAPI object reference, e.g. {@code OpaqueRef:0f1c...}.
 * <p>
 * On the wire a reference is a plain string. Clients must not interpret it: a reference is only valid for the
 * lifetime of the session that obtained it, whereas an object's {@code uuid} is permanent. The special reference
 * {@link #NULL} ({@code OpaqueRef:NULL}) stands for "no object".
 */
public final class Ref {

    /** The prefix of every reference this project mints. */
    public static final String PREFIX = "OpaqueRef:";

    /** The reference that points at nothing ({@code OpaqueRef:NULL}). */
    public static final Ref NULL = new Ref(PREFIX + "NULL");

    private final String value;

    private Ref(String value) {
        this.value = value;
    }

    /**
     * Wraps a reference received from the wire.
     *
     * @param value the string as sent; must not be {@code null} or empty
     * @return the reference
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public static Ref of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty reference");
        }
        return NULL.value.equals(value) ? NULL : new Ref(value);
    }

    /** @return a fresh reference {@code OpaqueRef:<random uuid>} */
    public static Ref random() {
        return new Ref(PREFIX + UUID.randomUUID());
    }

    /** @return the string sent on the wire */
    public String value() {
        return value;
    }

    /** @return whether this is {@link #NULL} */
    public boolean isNull() {
        return this == NULL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref && ((Ref) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
