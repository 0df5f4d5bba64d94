package org.xenophilia.ui.storage.internal.view;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.xenophilia.ui.storage.internal.StorageUi;
import org.xenophilia.ui.storage.internal.registry.BackendTypeDescriptor;
import org.xenophilia.ui.storage.internal.registry.BackendTypeRegistry;

/**
 * The Storage view's icons, made once and disposed with the view: the node's (the Nodes view's), a repository's (its
 * type's contributed icon, else the bundle's), a volume's and a snapshot's.
 */
final class StorageImages {

    private final Map<String, Image> images = new HashMap<>();

    Image node() {
        return image("node", AbstractUIPlugin.imageDescriptorFromPlugin("org.xenophilia.ui", "icons/node16.png"));
    }

    Image repository(String type) {
        ImageDescriptor contributed = BackendTypeRegistry.get().descriptor(type).filter(d -> !d.broken())
                .flatMap(BackendTypeDescriptor::icon).orElse(null);
        return contributed != null ? image("type:" + type, contributed) : own("repository16.png");
    }

    Image volume() {
        return own("volume16.png");
    }

    Image snapshot() {
        return own("snapshot16.png");
    }

    private Image own(String file) {
        return image(file, AbstractUIPlugin.imageDescriptorFromPlugin(StorageUi.PLUGIN_ID, "icons/" + file));
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
