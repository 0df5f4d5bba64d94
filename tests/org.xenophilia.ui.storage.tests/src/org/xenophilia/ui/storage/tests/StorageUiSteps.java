package org.xenophilia.ui.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.StorageUi;
import org.xenophilia.ui.storage.internal.VolumeItem;
import org.xenophilia.ui.storage.internal.view.StorageView;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/** What the storage tests do with widgets, as a user does it: find fields, choose, press, wait for rows. */
final class StorageUiSteps {

    static final Duration TIMEOUT = StorageNode.TIMEOUT;

    private StorageUiSteps() {
    }

    static <T extends Control> T field(Shell shell, String key, Class<T> type) {
        T c = Widgets.byData(shell, StorageUi.FIELD_KEY, key, type);
        assertNotNull(c, "a " + type.getSimpleName() + " for " + key);
        return c;
    }

    static void type(Shell shell, String key, String value) {
        Widgets.type(field(shell, key, Text.class), value);
    }

    /** Chooses the combo's item that starts with {@code prefix}. */
    static void choose(Shell shell, String key, String prefix) {
        Combo combo = field(shell, key, Combo.class);
        int i = UiConditions.waitFor("an item " + prefix + " in " + key, TIMEOUT, () -> {
            List<String> items = Arrays.asList(combo.getItems());
            return items.stream().filter(s -> s.startsWith(prefix)).findFirst().map(items::indexOf).orElse(null);
        });
        combo.select(i);
        combo.notifyListeners(SWT.Modify, new Event());
    }

    /** Chooses the row of a storage type in the New Storage Repository wizard, once the node's types are listed. */
    static void chooseType(Shell shell, String typeName) {
        Table table = field(shell, "type", Table.class);
        int i = UiConditions.waitFor("type " + typeName + " listed", TIMEOUT, () -> {
            for (int r = 0; r < table.getItemCount(); r++) {
                if (table.getItem(r).getData() instanceof StorageType t && t.type().equals(typeName)) {
                    return r;
                }
            }
            return null;
        });
        table.setSelection(i);
        Event e = new Event();
        e.item = table.getItem(i);
        table.notifyListeners(SWT.Selection, e);
    }

    static Button button(Shell shell, String label) {
        Button b = Widgets.button(shell, label);
        assertNotNull(b, "a button " + label);
        return b;
    }

    static void pressWhenEnabled(Shell shell, String label) {
        Button b = button(shell, label);
        UiConditions.waitFor(label + " enabled", TIMEOUT, b::isEnabled);
        Widgets.press(b);
    }

    /** Waits for a job to end and checks that it succeeded. */
    static void succeeded(Job job) {
        assertNotNull(job, "a job was started");
        UiConditions.waitFor(job.getName() + " done", TIMEOUT, () -> job.getState() == Job.NONE
                && job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
    }

    static RepositoryItem repository(StorageView view, StorageNode n, String name) {
        return UiConditions.waitFor("repository " + name + " listed", TIMEOUT, () -> listedRepository(view, n, name)
                .orElse(null));
    }

    static Optional<RepositoryItem> listedRepository(StorageView view, StorageNode n, String name) {
        return view.listedRepositories().stream().filter(r -> r.node() == n.node && r.sr().map(sr -> sr.name()
                .equals(name)).orElse(false)).findFirst();
    }

    static Optional<VolumeItem> listedVolume(StorageView view, StorageNode n, String name) {
        return view.listedVolumes().stream().filter(v -> v.node() == n.node && v.vdi().map(vdi -> vdi.name()
                .equals(name)).orElse(false)).findFirst();
    }

    static VolumeItem volume(StorageView view, StorageNode n, String name) {
        return UiConditions.waitFor("volume " + name + " listed", TIMEOUT, () -> listedVolume(view, n, name)
                .orElse(null));
    }
}
