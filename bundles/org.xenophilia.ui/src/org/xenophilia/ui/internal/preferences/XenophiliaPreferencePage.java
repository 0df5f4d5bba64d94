package org.xenophilia.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.xenophilia.ui.XenophiliaUi;

/** Window > Preferences > Xenophilia: node connection timings and operation confirmations. */
public final class XenophiliaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id, as registered in plugin.xml. */
    public static final String ID = "org.xenophilia.ui.preferences.main";

    /** A grid of labelled fields. */
    public XenophiliaPreferencePage() {
        super(GRID);
        setDescription("How the Workbench talks to nodes. Connection timings apply to connections opened after "
                + "the change (reconnect a node to use them now).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(XenophiliaUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(range(new IntegerFieldEditor(WorkbenchPreferences.EVENT_TIMEOUT,
                "&Wait for node events up to (seconds):", getFieldEditorParent()), 5, 300));
        addField(range(new IntegerFieldEditor(WorkbenchPreferences.MAX_BACKOFF,
                "&Longest wait between reconnection attempts (seconds):", getFieldEditorParent()), 1, 3600));
        addField(range(new IntegerFieldEditor(WorkbenchPreferences.CONNECT_TIMEOUT,
                "&Connect timeout (seconds):", getFieldEditorParent()), 1, 120));
        addField(new BooleanFieldEditor(WorkbenchPreferences.CONFIRM_FORCE_OFF,
                "&Ask before forcing domains off", getFieldEditorParent()));
    }

    private static IntegerFieldEditor range(IntegerFieldEditor editor, int min, int max) {
        editor.setValidRange(min, max);
        return editor;
    }
}
