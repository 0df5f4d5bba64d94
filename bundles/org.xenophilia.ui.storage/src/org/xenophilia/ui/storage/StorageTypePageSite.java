package org.xenophilia.ui.storage;

import java.util.Optional;

import org.xenophilia.core.storage.StorageType;

/**
 * What a {@link StorageTypePage} is given by the wizard that shows it. Implemented by the Workbench only.
 * <p>
 * API since 1.0: methods may be added in a minor version.
 */
public interface StorageTypePageSite {

    /** @return the storage type the page configures ({@code file}, {@code lvm} ...) */
    String type();

    /** @return the name of the node the repository is made on, for the page's texts */
    String nodeName();

    /**
     * @return what the node says about the type (its {@code SM} record: each configuration key with its description,
     *         value type, whether it is required and its default), empty when the node describes no types
     */
    Optional<StorageType> storageType();

    /** Tells the wizard that a value changed: it asks {@link StorageTypePage#problem()} again. */
    void changed();
}
