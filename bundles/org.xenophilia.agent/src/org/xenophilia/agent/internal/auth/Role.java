package org.xenophilia.agent.internal.auth;

import java.util.Locale;

/**
 * What a user may do. Each role includes the ones before it: {@code read-only} reads, {@code operator} also drives
 * existing VMs (start, shut down, pause...), {@code admin} also changes configuration and users.
 */
public enum Role {
    /** Reads records, never changes anything. */
    READ_ONLY("read-only"),
    /** Also runs lifecycle operations on existing VMs. */
    OPERATOR("operator"),
    /** Everything. */
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** @return the name used in the users file and on the command line */
    public String id() {
        return id;
    }

    /**
     * @param required the role a method needs
     * @return whether this role is at least {@code required}
     */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /**
     * @param id {@code read-only}, {@code operator} or {@code admin}
     * @return the role
     * @throws IllegalArgumentException for any other name
     */
    public static Role parse(String id) {
        String s = id.trim().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.id.equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "' (read-only, operator or admin)");
    }
}
