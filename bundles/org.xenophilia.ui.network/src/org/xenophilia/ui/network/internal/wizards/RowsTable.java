package org.xenophilia.ui.network.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.NetworkUi;

/**
 * A table of rows of text (the fixed leases, the port forwards) edited the plain way: a row of entry fields under the
 * table, Add puts them in as a row, Remove takes the selected row out. Each column's entry is a text field, or a
 * read-only choice when the column has choices.
 */
final class RowsTable {

    /**
     * A column.
     *
     * @param title its header
     * @param key the entry field's {@link NetworkUi#FIELD_KEY} (for tests)
     * @param choices the values to choose from, or empty for free text
     */
    record Column(String title, String key, List<String> choices) {
    }

    private final Group group;
    private final Table table;
    private final List<Control> entries = new ArrayList<>();
    private final Runnable changed;

    /**
     * @param parent the page's body (two columns wide)
     * @param title the group's title
     * @param columns the columns
     * @param changed told of every row added or removed
     */
    RowsTable(Composite parent, String title, List<Column> columns, Runnable changed) {
        this.changed = changed;
        group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns.size() + 2, false));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        table = new Table(group, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(columns.size() + 2, 1).grab(true, false).hint(SWT.DEFAULT, 70)
                .applyTo(table);
        for (Column c : columns) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(c.title());
            tc.setWidth(130);
            Control entry;
            if (c.choices().isEmpty()) {
                entry = new Text(group, SWT.BORDER);
                ((Text) entry).setMessage(c.title());
            } else {
                Combo combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
                c.choices().forEach(combo::add);
                combo.select(0);
                entry = combo;
            }
            entry.setData(NetworkUi.FIELD_KEY, c.key());
            GridDataFactory.fillDefaults().grab(true, false).hint(90, SWT.DEFAULT).applyTo(entry);
            entries.add(entry);
        }
        Button add = new Button(group, SWT.PUSH);
        add.setText(Messages.RowsTable_add);
        add.addListener(SWT.Selection, e -> addEntered());
        Button remove = new Button(group, SWT.PUSH);
        remove.setText(Messages.RowsTable_remove);
        remove.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                table.remove(i);
                changed.run();
            }
        });
    }

    private void addEntered() {
        String[] row = new String[entries.size()];
        boolean any = false;
        for (int i = 0; i < row.length; i++) {
            row[i] = entries.get(i) instanceof Text t ? t.getText().strip() : ((Combo) entries.get(i)).getText();
            any |= entries.get(i) instanceof Text && !row[i].isEmpty();
        }
        if (!any) {
            return;
        }
        add(row);
        entries.forEach(c -> {
            if (c instanceof Text t) {
                t.setText("");
            }
        });
        changed.run();
    }

    /** @param row a row's texts, one per column */
    void add(String... row) {
        new TableItem(table, SWT.NONE).setText(row);
    }

    /** @return the rows, in order */
    List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            String[] row = new String[table.getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = item.getText(i);
            }
            out.add(row);
        }
        return out;
    }

    /** @return the table, where problems of its rows are marked */
    Table table() {
        return table;
    }

    /** @return the group around it, to show or hide */
    Group group() {
        return group;
    }
}
