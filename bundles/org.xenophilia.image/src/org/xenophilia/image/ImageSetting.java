package org.xenophilia.image;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One setting an image deployer reads from {@code agent.conf}.
 *
 * @param key the key without the deployer's prefix (1-64 of {@code a-z 0-9 - .})
 * @param description one line for {@code xenophiliad --help}
 * @param defaultValue the value when the setting is absent, or {@code null} for none
 * @param check returns why a value is wrong, or an empty optional when it is right
 */
public record ImageSetting(String key, String description, String defaultValue,
        Function<String, Optional<String>> check) {

    /** Checks the key's form. */
    public ImageSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        if (!key.matches("[a-z0-9][a-z0-9.\\-]{0,63}")) {
            throw new IllegalArgumentException("bad setting key: " + key);
        }
    }
}
