package org.xenophilia.ui.network.internal.view;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.xenophilia.ui.network.internal.NetworkUi;

/**
 * The Networks view's icons, made once and disposed with the view: the node's (the Nodes view's), a network's and a
 * lease's.
 */
final class NetworkImages {

    private final Map<String, Image> images = new HashMap<>();

    Image node() {
        return image("node", AbstractUIPlugin.imageDescriptorFromPlugin("org.xenophilia.ui", "icons/node16.png"));
    }

    Image network() {
        return own("network16.png");
    }

    Image lease() {
        return own("lease16.png");
    }

    private Image own(String file) {
        return image(file, AbstractUIPlugin.imageDescriptorFromPlugin(NetworkUi.PLUGIN_ID, "icons/" + file));
    }

    private Image image(String key, ImageDescriptor descriptor) {
        return images.computeIfAbsent(key, k -> descriptor == null ? null : descriptor.createImage(false));
    }

    void dispose() {
        images.values().forEach(i -> {
            if (i != null) {
                i.dispose();
            }
        });
        images.clear();
    }
}
