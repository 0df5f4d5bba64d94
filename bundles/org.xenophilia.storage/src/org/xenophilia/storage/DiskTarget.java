package org.xenophilia.storage;

import java.util.Objects;

/**
 * What {@code xl} needs to give a domain a volume as a disk: the disk specification's {@code target},
 * {@code format} and {@code backendtype}, and whether the volume may only be read ({@code access=ro}).
 *
 * @param target the path of the file or block device (xl's {@code target=}), absolute
 * @param format the content's format
 * @param backendType the block backend that serves it
 * @param readOnly whether the volume may only be read (a snapshot): xl's {@code access=ro}
 */
public record DiskTarget(String target, DiskFormat format, XlBackendType backendType, boolean readOnly) {

    /** Checks the values. */
    public DiskTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(backendType, "backendType");
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("a disk target is an absolute path: " + target);
        }
    }
}
