package org.xenophilia.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link StorageBackend#probe} found at a location, before anything is written.
 *
 * @param repository the uuid of the repository there, if one is
 * @param otherData what else is there that creating a repository would have to use or overwrite, one item per
 *            entry in the admin's words ({@code notes.txt}, {@code an ext4 file system}); empty if nothing
 * @param physicalSize the size of the storage in bytes (a file system's, a device's), or 0 if not known
 * @param free the bytes free there, or 0 if not known
 */
public record Probe(Optional<String> repository, List<String> otherData, long physicalSize, long free) {

    /** Checks and copies the values. */
    public Probe {
        Objects.requireNonNull(repository, "repository");
        otherData = List.copyOf(otherData);
    }

    /** @return whether nothing is there: a repository can be created without force */
    public boolean blank() {
        return repository.isEmpty() && otherData.isEmpty();
    }
}
