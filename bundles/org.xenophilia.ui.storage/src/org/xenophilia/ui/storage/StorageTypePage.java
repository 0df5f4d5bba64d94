package org.xenophilia.ui.storage;

import java.util.Map;

import org.eclipse.swt.widgets.Composite;

/**
 * The part of the New Storage Repository wizard that collects one storage type's configuration: the
 * {@code device_config} that {@code SR.create} passes to the node's storage backend of that type (for the
 * {@code file} type, {@code location}: the directory).
 * <p>
 * A plug-in contributes its type's page through the extension point {@code org.xenophilia.ui.storage.backendTypes}
 * (attribute {@code page}); the class needs a public constructor without arguments. The Workbench makes a page only
 * when the user chooses its type, one per wizard, and calls it on the display thread only. The page draws its own
 * controls; the wizard around it gives the title, the repository's name and description, the Back/Next/Finish buttons,
 * and afterwards shows what the node finds at the configured location before anything is written there.
 * <p>
 * A page must not block the display thread and makes no calls to the node itself. An exception thrown by a page is
 * logged and shown as the page's problem; it never breaks the wizard. A type that has no page contributed gets the
 * Workbench's generic page, made from what the node says about the type ({@link StorageTypePageSite#storageType()}).
 * <p>
 * API since 1.0 (the package's version): methods may be added to this interface in a minor version only with a
 * default implementation, so a page built against 1.0 keeps working.
 */
public interface StorageTypePage {

    /**
     * Makes the page's controls.
     *
     * @param parent the composite to fill (it has no layout: set one)
     * @param site what the page may know and tell
     */
    void createControl(Composite parent, StorageTypePageSite site);

    /**
     * @return the configuration as entered, key to value (keys the storage type declares); the wizard reads it when
     *         the user moves on, so it need not be complete before {@link #problem()} answers {@code null}
     */
    Map<String, String> deviceConfig();

    /**
     * @return why the configuration cannot be used yet, in a sentence for the user ("Enter the directory."), or
     *         {@code null} when it is complete; asked after each {@link StorageTypePageSite#changed()}
     */
    default String problem() {
        return null;
    }

    /** The wizard is closing: release what the page holds beyond its controls (which are disposed with it). */
    default void dispose() {
    }
}
