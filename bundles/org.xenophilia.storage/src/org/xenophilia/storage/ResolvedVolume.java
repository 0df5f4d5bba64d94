package org.xenophilia.storage;

import java.util.Objects;

/**
 * A volume as the repository lists it, with what {@code xl} needs to give it to a domain: one row of
 * {@link Repository#resolveAll()}.
 *
 * @param volume the volume, as {@link Repository#volumes()} lists it
 * @param target what {@link Repository#resolve(String)} answers for it
 * @since 1.1
 */
public record ResolvedVolume(Volume volume, DiskTarget target) {

    /** Checks the values. */
    public ResolvedVolume {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(target, "target");
    }
}
