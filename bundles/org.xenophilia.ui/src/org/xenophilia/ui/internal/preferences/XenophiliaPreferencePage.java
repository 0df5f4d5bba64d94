package org.xenophilia.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;

/** Window > Preferences > Xenophilia: node connection timings and operation confirmations. */
public final class XenophiliaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id, as registered in plugin.xml. */
    public static final String ID = "org.xenophilia.ui.preferences.main";

    /** A grid of labelled fields. */
    public XenophiliaPreferencePage() {
        super(GRID);
        setDescription(Messages.PreferencePage_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(XenophiliaUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(range(new IntegerFieldEditor(WorkbenchPreferences.EVENT_TIMEOUT,
                Messages.PreferencePage_eventTimeout, getFieldEditorParent()), 5, 300));
        addField(range(new IntegerFieldEditor(WorkbenchPreferences.MAX_BACKOFF,
                Messages.PreferencePage_maxBackoff, getFieldEditorParent()), 1, 3600));
        addField(range(new IntegerFieldEditor(WorkbenchPreferences.CONNECT_TIMEOUT,
                Messages.PreferencePage_connectTimeout, getFieldEditorParent()), 1, 120));
        addField(new BooleanFieldEditor(WorkbenchPreferences.CONFIRM_FORCE_OFF,
                Messages.PreferencePage_confirmForceOff, getFieldEditorParent()));
    }

    private static IntegerFieldEditor range(IntegerFieldEditor editor, int min, int max) {
        editor.setValidRange(min, max);
        return editor;
    }
}
