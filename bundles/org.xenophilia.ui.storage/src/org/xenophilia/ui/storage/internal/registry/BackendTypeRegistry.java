package org.xenophilia.ui.storage.internal.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * The storage types contributed to the extension point {@value #EXTENSION_POINT}, read once into descriptors (the
 * first time the Workbench needs one); a contributed page class is made only when a wizard shows its type
 * ({@link BackendTypeDescriptor#createPage()}). A broken contribution (a missing attribute, a type contributed twice)
 * is logged and skipped, never failing the registry or the Workbench: the first contribution of a type wins.
 */
public final class BackendTypeRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = StorageUi.PLUGIN_ID + ".backendTypes";
    static final String ELEMENT = "backendType";
    static final String ATT_TYPE = "type";
    static final String ATT_LABEL = "label";
    static final String ATT_DESCRIPTION = "description";
    static final String ATT_ICON = "icon";
    static final String ATT_PAGE = "page";

    private static BackendTypeRegistry instance;

    private final Map<String, BackendTypeDescriptor> byType = new LinkedHashMap<>();

    /**
     * Reads the contributions now.
     *
     * @param registry the extension registry
     */
    public BackendTypeRegistry(IExtensionRegistry registry) {
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            read(e);
        }
    }

    /** @return the Workbench's registry, read on first use */
    public static synchronized BackendTypeRegistry get() {
        if (instance == null) {
            instance = new BackendTypeRegistry(Platform.getExtensionRegistry());
        }
        return instance;
    }

    private void read(IConfigurationElement e) {
        String contributor = e.getContributor().getName();
        if (!ELEMENT.equals(e.getName())) {
            StorageUi.logError("skipping <" + e.getName() + "> of " + contributor + " in " + EXTENSION_POINT
                    + ": only <" + ELEMENT + "> elements are known", null);
            return;
        }
        String type = e.getAttribute(ATT_TYPE);
        String label = e.getAttribute(ATT_LABEL);
        if (type == null || type.isBlank() || label == null || label.isBlank()) {
            StorageUi.logError("skipping a storage type of " + contributor + " in " + EXTENSION_POINT + ": attribute '"
                    + (type == null || type.isBlank() ? ATT_TYPE : ATT_LABEL) + "' is missing", null);
            return;
        }
        BackendTypeDescriptor taken = byType.get(type);
        if (taken != null) {
            StorageUi.logError("skipping storage type '" + type + "' of " + contributor + ": " + taken.contributor()
                    + " contributes it already", null);
            return;
        }
        try {
            byType.put(type, new BackendTypeDescriptor(e, type, label));
        } catch (RuntimeException ex) {
            StorageUi.logError("skipping storage type '" + type + "' of " + contributor + ": " + ex, ex);
        }
    }

    /**
     * @param type a storage type
     * @return its contribution, if there is one
     */
    public Optional<BackendTypeDescriptor> descriptor(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** @return every contribution read, in the registry's order */
    public List<BackendTypeDescriptor> descriptors() {
        return new ArrayList<>(byType.values());
    }
}
