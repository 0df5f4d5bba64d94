package org.xenophilia.ui.internal.properties;

import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view page of a Xenophilia view: the standard page, refreshed by the view whenever the nodes'
 * models change, so that the properties of a selected domain follow its live state (the Properties view itself only
 * looks again when the selection changes).
 */
public final class LivePropertySheet {

    private PropertySheetPage page;

    /** @return the page to give the Properties view for {@link IPropertySheetPage} */
    public IPropertySheetPage page() {
        if (page == null || page.getControl() == null || page.getControl().isDisposed()) {
            page = new PropertySheetPage();
        }
        return page;
    }

    /** Re-reads the values shown (display thread). */
    public void refresh() {
        if (page != null && page.getControl() != null && !page.getControl().isDisposed()) {
            page.refresh();
        }
    }
}
