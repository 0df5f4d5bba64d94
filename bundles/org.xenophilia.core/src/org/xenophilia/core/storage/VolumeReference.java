package org.xenophilia.core.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * How a domain's disk names a volume of a node's storage instead of a path: the disk's {@code storageBackend} is the
 * repository's storage type and its {@code volume} is {@code <SR uuid>/<volume name>} (attributes of {@code Disk} in
 * {@code domain.xsd}); the node resolves it to the path {@code xl} needs when the domain starts. The one place that
 * knows this form, for the domain editor, the New Domain wizard and the Storage view.
 *
 * @param srUuid the repository's UUID
 * @param srType the repository's storage type ({@code file}, {@code lvm} ...)
 * @param volumeName the volume's name in its repository
 */
public record VolumeReference(String srUuid, String srType, String volumeName) {

    /** Checks the parts. */
    public VolumeReference {
        Objects.requireNonNull(srUuid, "srUuid");
        Objects.requireNonNull(srType, "srType");
        Objects.requireNonNull(volumeName, "volumeName");
        if (srUuid.isEmpty() || srUuid.contains("/") || volumeName.isEmpty()) {
            throw new IllegalArgumentException("not a volume reference: " + srUuid + "/" + volumeName);
        }
    }

    /** @return the disk's {@code storageBackend} */
    public String storageBackend() {
        return srType;
    }

    /** @return the disk's {@code volume}: {@code <SR uuid>/<volume name>} */
    public String volume() {
        return srUuid + "/" + volumeName;
    }

    /**
     * @param storageBackend a disk's {@code storageBackend}, or null
     * @param volume its {@code volume}, or null
     * @return the reference they make, if they make one
     */
    public static Optional<VolumeReference> of(String storageBackend, String volume) {
        if (storageBackend == null || storageBackend.isEmpty() || volume == null) {
            return Optional.empty();
        }
        int slash = volume.indexOf('/');
        if (slash <= 0 || slash == volume.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new VolumeReference(volume.substring(0, slash), storageBackend, volume.substring(slash
                + 1)));
    }
}
