package org.xenophilia.ui.storage.internal.wizards;

import java.util.Locale;
import java.util.OptionalLong;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.ui.storage.internal.StorageText;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * A size as users type it: a number and a binary unit (MiB, GiB, TiB; GiB unless chosen), or a number with its own
 * unit letter ({@code 1.5T}, {@code 512M}). The wizards of volumes use it.
 */
final class SizeField {

    private static final String[] UNITS = {"MiB", "GiB", "TiB"};
    private static final String[] LETTERS = {"M", "G", "T"};

    private final Text number;
    private final Combo unit;

    /**
     * @param parent where it goes (it takes one cell)
     * @param key its field name, for tests
     * @param changed told on every change
     */
    SizeField(Composite parent, String key, Runnable changed) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        number = new Text(row, SWT.BORDER);
        number.setData(StorageUi.FIELD_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
        unit = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        unit.setItems(UNITS);
        unit.select(1);
        unit.setData(StorageUi.FIELD_KEY, key + "Unit");
        number.addModifyListener(e -> changed.run());
        unit.addModifyListener(e -> changed.run());
    }

    /** @return the bytes typed, or empty if what is typed is not a size */
    OptionalLong bytes() {
        return StorageText.parseSize(number.getText(), LETTERS[Math.max(0, unit.getSelectionIndex())]);
    }

    /** @return whether nothing is typed */
    boolean isEmpty() {
        return number.getText().isBlank();
    }

    /** @param bytes a size to show, in the unit chosen (rounded to one decimal) */
    void show(long bytes) {
        double value = bytes / Math.pow(1024, unit.getSelectionIndex() + 2);
        number.setText(value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT,
                "%.1f", value));
    }

    /** @return the number's text field */
    Text text() {
        return number;
    }
}
