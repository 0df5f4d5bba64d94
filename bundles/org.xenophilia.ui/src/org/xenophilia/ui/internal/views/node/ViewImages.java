package org.xenophilia.ui.internal.views.node;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.xenophilia.ui.XenophiliaUi;

/**
 * A node view's icons, each made once on first use and all disposed with the view: a node's (the Nodes view's), the
 * view's bundle's own, and any other descriptor by a key. A missing icon is no icon.
 */
public final class ViewImages {

    private final String pluginId;
    private final Map<String, Image> images = new HashMap<>();

    /** @param pluginId the bundle whose {@code icons/} folder holds the view's own icons */
    public ViewImages(String pluginId) {
        this.pluginId = pluginId;
    }

    /** @return a node's icon, as the Nodes view shows it */
    public Image node() {
        return image("node", AbstractUIPlugin.imageDescriptorFromPlugin(XenophiliaUi.PLUGIN_ID, "icons/node16.png"));
    }

    /**
     * @param file an icon's file name in the view's bundle's {@code icons/} folder
     * @return the icon, or null if the bundle has none such
     */
    public Image own(String file) {
        return image(file, AbstractUIPlugin.imageDescriptorFromPlugin(pluginId, "icons/" + file));
    }

    /**
     * @param key what the icon is kept under
     * @param descriptor how to make it, if not made yet (null: no icon)
     * @return the icon, or null
     */
    public Image image(String key, ImageDescriptor descriptor) {
        return images.computeIfAbsent(key, k -> descriptor == null ? null : descriptor.createImage(false));
    }

    /** Disposes the icons made. */
    public void dispose() {
        images.values().forEach(i -> {
            if (i != null) {
                i.dispose();
            }
        });
        images.clear();
    }
}
