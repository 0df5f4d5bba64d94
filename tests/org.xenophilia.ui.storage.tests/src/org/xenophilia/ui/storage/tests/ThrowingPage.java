package org.xenophilia.ui.storage.tests;

import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.StorageTypePageSite;

/** A contributed page whose constructor throws, as a page that needs something missing would. */
public final class ThrowingPage implements StorageTypePage {

    /** Fails, as the registry must survive. */
    public ThrowingPage() {
        throw new IllegalStateException("this page cannot be made");
    }

    @Override
    public void createControl(Composite parent, StorageTypePageSite site) {
    }

    @Override
    public Map<String, String> deviceConfig() {
        return Map.of();
    }
}
