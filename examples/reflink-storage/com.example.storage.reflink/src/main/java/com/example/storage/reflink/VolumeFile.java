package com.example.storage.reflink;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.storage.VolumeNames;

/**
 * How a volume is named in the pool, so that an admin reads it with {@code ls}: {@code <name>.raw}, and a snapshot
 * of it {@code <name>@<label>.raw}. A volume being made is hidden under a temporary name,
 * {@code .<file>.<random uuid>.tmp}, until it is whole; anything else in the pool is not a volume and is left alone.
 *
 * @param name the volume's name without a snapshot's label
 * @param label the snapshot's label, if this is a snapshot
 */
record VolumeFile(String name, Optional<String> label) {

    private static final String PART = VolumeNames.NAME.pattern();
    private static final Pattern VOLUME = Pattern.compile("(" + PART + ")(?:@(" + PART + "))?");
    private static final Pattern FILE = Pattern.compile(VOLUME.pattern() + "\\.raw");
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** @return the volume's name as the repository lists it: {@code web}, {@code web@snap-1} */
    String volumeName() {
        return label.map(l -> name + "@" + l).orElse(name);
    }

    /** @return the file's name in the pool */
    String fileName() {
        return volumeName() + ".raw";
    }

    /** @return whether this is a snapshot (read-only) */
    boolean snapshot() {
        return label.isPresent();
    }

    /** @return a new temporary file's path for this volume in the pool's root */
    Path temporary(Path root) {
        return root.resolve("." + fileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** @return the volume a file of the pool is, if it is one */
    static Optional<VolumeFile> parse(String fileName) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() ? Optional.of(new VolumeFile(m.group(1), Optional.ofNullable(m.group(2))))
                : Optional.empty();
    }

    /** @return the volume a name the API gives is, if it can be one; never a path or anything a tool reads */
    static Optional<VolumeFile> ofVolumeName(String volumeName) {
        if (volumeName == null) {
            return Optional.empty();
        }
        Matcher m = VOLUME.matcher(volumeName);
        return m.matches() ? Optional.of(new VolumeFile(m.group(1), Optional.ofNullable(m.group(2))))
                : Optional.empty();
    }

    /** @return whether a file of the pool is a temporary one of ours, left by an operation a crash interrupted */
    static boolean isLeftover(String fileName) {
        Matcher m = TEMPORARY.matcher(fileName);
        return m.matches() && (parse(m.group(1)).isPresent() || m.group(1).equals(PoolMark.FILE_NAME));
    }
}
