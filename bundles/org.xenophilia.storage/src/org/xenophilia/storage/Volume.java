package org.xenophilia.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * A volume as the repository lists it: by its name, which is how the storage knows it (the file's name in a
 * {@code file} repository, the LV's in an {@code lvm} one) and xapi's VDI {@code location}.
 *
 * @param name the volume's name in its repository ({@link VolumeNames})
 * @param format its content's format
 * @param virtualSize the size of the disk the domain sees, in bytes ({@code virtual_size})
 * @param physicalUtilisation the bytes it takes on the storage ({@code physical_utilisation}); less than the
 *            virtual size for a thin volume
 * @param snapshotOf the name of the volume it is a snapshot of, if it is one ({@code is_a_snapshot},
 *            {@code snapshot_of}); a snapshot is read-only
 */
public record Volume(String name, DiskFormat format, long virtualSize, long physicalUtilisation,
        Optional<String> snapshotOf) {

    /** Checks the values. */
    public Volume {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(snapshotOf, "snapshotOf");
        if (virtualSize < 0 || physicalUtilisation < 0) {
            throw new IllegalArgumentException("negative size of " + name);
        }
    }

    /** @return whether the volume may only be read: a snapshot */
    public boolean readOnly() {
        return snapshotOf.isPresent();
    }
}
