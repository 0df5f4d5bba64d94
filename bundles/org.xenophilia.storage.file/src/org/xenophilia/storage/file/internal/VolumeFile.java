package org.xenophilia.storage.file.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.VolumeNames;

/**
 * How a volume is named in its directory, so that an admin reads the repository with {@code ls}: a volume is
 * {@code <name>.raw} or {@code <name>.qcow2}; a snapshot of it is {@code <name>@<label>.<format>}. A file being
 * made is hidden under a temporary name, {@code .<file>.<random uuid>.tmp} (as {@code AtomicFiles} names its own),
 * and becomes the volume only when it is whole; anything else in the directory is not a volume and is left alone.
 *
 * @param name the volume's name without a snapshot's label
 * @param label the snapshot's label, if this is a snapshot
 * @param format the content's format, which the file's extension says
 */
record VolumeFile(String name, Optional<String> label, DiskFormat format) {

    private static final String PART = VolumeNames.NAME.pattern();
    private static final Pattern FILE = Pattern.compile("(" + PART + ")(?:@(" + PART + "))?\\.(raw|qcow2)");
    private static final Pattern VOLUME = Pattern.compile("(" + PART + ")(?:@(" + PART + "))?");
    /** A temporary file of ours: the one being written is hidden, named after its target, and random. */
    static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{12}\\.tmp");

    /** @return the volume's name as the repository lists it: {@code web} or {@code web@before-upgrade} */
    String volumeName() {
        return label.map(l -> name + "@" + l).orElse(name);
    }

    /** @return the file's name in the directory */
    String fileName() {
        return volumeName() + "." + extension(format);
    }

    /** @return whether this is a snapshot */
    boolean snapshot() {
        return label.isPresent();
    }

    /**
     * @param dir the repository's directory
     * @return a new temporary file's path for this volume in it
     */
    Path temporary(Path dir) {
        return dir.resolve("." + fileName() + "." + UUID.randomUUID() + ".tmp");
    }

    private static String extension(DiskFormat format) {
        return switch (format) {
            case RAW -> "raw";
            case QCOW2 -> "qcow2";
            default -> throw new IllegalArgumentException("the file backend does not store " + format);
        };
    }

    /**
     * @param fileName a name in the repository's directory
     * @return the volume it is, if it is one
     */
    static Optional<VolumeFile> parse(String fileName) {
        Matcher m = FILE.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        DiskFormat format = m.group(3).equals("raw") ? DiskFormat.RAW : DiskFormat.QCOW2;
        return Optional.of(new VolumeFile(m.group(1), Optional.ofNullable(m.group(2)), format));
    }

    /**
     * @param volumeName a volume's name as the API gives it
     * @return whether it can be a volume of this backend: a name, or a name and a snapshot's label
     */
    static boolean isVolumeName(String volumeName) {
        return volumeName != null && VOLUME.matcher(volumeName).matches();
    }

    /**
     * @param fileName a name in the repository's directory
     * @return whether it is a temporary file of ours, left by a write a crash interrupted
     */
    static boolean isLeftover(String fileName) {
        Matcher m = TEMPORARY.matcher(fileName);
        return m.matches() && (parse(m.group(1)).isPresent() || m.group(1).equals(RepositoryMark.FILE_NAME));
    }
}
