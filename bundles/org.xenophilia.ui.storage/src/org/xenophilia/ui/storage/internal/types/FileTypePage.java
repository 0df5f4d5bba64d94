package org.xenophilia.ui.storage.internal.types;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.StorageTypePageSite;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * The {@code file} type's page (a directory of the node), contributed in this bundle's plugin.xml through the same
 * extension point and API as a third party's.
 */
public final class FileTypePage implements StorageTypePage {

    /** The {@code file} type's one configuration key. */
    public static final String LOCATION = "location";

    private Text location;
    private String node = "";

    /** For the extension registry. */
    public FileTypePage() {
    }

    @Override
    public void createControl(Composite parent, StorageTypePageSite site) {
        node = site.nodeName();
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(Messages.FileTypePage_location);
        location = new Text(parent, SWT.BORDER);
        location.setMessage("/srv/xen/volumes");
        location.setData(StorageUi.FIELD_KEY, LOCATION);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(location);
        location.addModifyListener(e -> site.changed());
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(NLS.bind(Messages.FileTypePage_hint, node));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
    }

    @Override
    public Map<String, String> deviceConfig() {
        return Map.of(LOCATION, location.getText().strip());
    }

    @Override
    public String problem() {
        String path = location.getText().strip();
        if (path.isEmpty()) {
            return NLS.bind(Messages.FileTypePage_enterLocation, node);
        }
        if (!path.startsWith("/") || path.chars().anyMatch(Character::isISOControl)) {
            return Messages.FileTypePage_absolute;
        }
        return null;
    }
}
