package org.xenophilia.ui.storage.internal.registry;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * One contribution to {@code org.xenophilia.ui.storage.backendTypes}, read once: its type, label and icon at once;
 * its page class only when a wizard needs a page ({@link #createPage()}). A page class that cannot be made (missing,
 * not a {@link StorageTypePage}, its constructor throws) is logged once and then skipped: the type gets the generic
 * page.
 */
public final class BackendTypeDescriptor {

    private final String type;
    private final String label;
    private final String description;
    private final String contributor;
    private final IConfigurationElement element;
    private final ImageDescriptor icon;
    private volatile boolean broken;

    BackendTypeDescriptor(IConfigurationElement element, String type, String label) {
        this.element = element;
        this.type = type;
        this.label = label;
        String d = element.getAttribute(BackendTypeRegistry.ATT_DESCRIPTION);
        this.description = d == null ? "" : d;
        this.contributor = element.getContributor().getName();
        String iconPath = element.getAttribute(BackendTypeRegistry.ATT_ICON);
        this.icon = iconPath == null ? null : AbstractUIPlugin.imageDescriptorFromPlugin(contributor, iconPath);
    }

    /** @return the storage type it is for (an SR type: {@code file}, {@code lvm} ...) */
    public String type() {
        return type;
    }

    /** @return what users see for the type */
    public String label() {
        return label;
    }

    /** @return a sentence about the type, empty if none was given */
    public String description() {
        return description;
    }

    /** @return the contributing bundle's name */
    public String contributor() {
        return contributor;
    }

    /** @return the type's icon, if it has one that can be found */
    public Optional<ImageDescriptor> icon() {
        return Optional.ofNullable(icon);
    }

    /** @return whether its page could not be made (then the generic page stands in) */
    public boolean broken() {
        return broken;
    }

    /**
     * Makes a new page of the contributed class.
     *
     * @return the page, or empty if the contribution is broken (logged the first time)
     */
    public Optional<StorageTypePage> createPage() {
        if (broken || element.getAttribute(BackendTypeRegistry.ATT_PAGE) == null) {
            return Optional.empty();
        }
        try {
            Object page = element.createExecutableExtension(BackendTypeRegistry.ATT_PAGE);
            if (page instanceof StorageTypePage p) {
                return Optional.of(p);
            }
            fail(page.getClass().getName() + " is not a " + StorageTypePage.class.getName(), null);
        } catch (CoreException | RuntimeException | LinkageError e) {
            // a missing class, a constructor that throws, a class built against something absent
            fail("its page " + element.getAttribute(BackendTypeRegistry.ATT_PAGE) + " cannot be made: " + rootCause(e),
                    e);
        }
        return Optional.empty();
    }

    /** The deepest cause: the registry wraps what the class did in its own exceptions. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (true) {
            Throwable next = t instanceof CoreException c && c.getStatus().getException() != null
                    && c.getStatus().getException() != t ? c.getStatus().getException() : t.getCause();
            if (next == null || next == t) {
                return t;
            }
            t = next;
        }
    }

    private void fail(String why, Throwable e) {
        broken = true;
        StorageUi.logError("storage type '" + type + "' contributed by " + contributor + " is skipped: " + why
                + "; its repositories are configured with the generic page", e);
    }

    @Override
    public String toString() {
        return type + " (" + contributor + ")";
    }
}
