package org.xenophilia.network.host;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting of a host networking implementation in {@code agent.conf}, under its type's namespace
 * ({@code linux.nft = /usr/sbin/nft}).
 *
 * @param key 1-32 of {@code a-z 0-9 -}, starting with a letter
 * @param defaultValue its value when not set
 * @param description one line for the admin
 */
public record HostSetting(String key, String defaultValue, String description) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** Checks the values. */
    public HostSetting {
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting's key is 1-32 of a-z 0-9 - starting with a letter: " + key);
        }
    }
}
