package org.xenophilia.ui.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;

/** Finds and operates real widgets as a user would: typing into fields, pressing buttons, choosing menu items. */
public final class Widgets {

    private Widgets() {
    }

    public static List<Control> all(Control root) {
        List<Control> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                out.addAll(all(child));
            }
        }
        return out;
    }

    public static <T extends Control> T byData(Control root, String key, String value, Class<T> type) {
        return all(root).stream().filter(type::isInstance).filter(c -> value.equals(c.getData(key))).map(type::cast)
                .findFirst().orElse(null);
    }

    /** @return the visible button with this label (mnemonics ignored), or null */
    public static Button button(Control root, String label) {
        return all(root).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.isVisible() && b.getText().replace("&", "").equals(label)).findFirst().orElse(null);
    }

    public static void type(Text text, String value) {
        text.setFocus();
        text.setText(value); // fires Modify, as typing does
    }

    /**
     * Types over a text field's whole content one character at a time, as a user does after selecting it: one Modify
     * event per keystroke, each with the text so far.
     */
    public static void typeKeys(Text text, String value) {
        text.setFocus();
        text.selectAll();
        for (int i = 1; i <= value.length(); i++) {
            text.setText(value.substring(0, i));
        }
    }

    public static void press(Button button) {
        assertTrue(button.isEnabled(), "button '" + button.getText() + "' is enabled");
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Shows a control's context menu as the workbench fills it, and returns its items' labels. */
    public static List<String> menuLabels(Control control) {
        Menu menu = showMenu(control);
        List<String> labels = Arrays.stream(menu.getItems()).map(MenuItem::getText).map(t -> t.replace("&", ""))
                .map(t -> t.contains("\t") ? t.substring(0, t.indexOf('\t')) : t).collect(Collectors.toList());
        menu.notifyListeners(SWT.Hide, new Event());
        return labels;
    }

    /** Chooses an item of a control's context menu, as a click on it does. */
    public static void chooseMenuItem(Control control, String label) {
        Menu menu = showMenu(control);
        MenuItem item = Arrays.stream(menu.getItems())
                .filter(i -> i.getText().replace("&", "").split("\t")[0].equals(label)).findFirst().orElse(null);
        assertNotNull(item, "menu item " + label);
        assertTrue(item.isEnabled(), "menu item " + label + " is enabled");
        menu.notifyListeners(SWT.Hide, new Event());
        item.notifyListeners(SWT.Selection, new Event());
    }

    public static boolean menuItemEnabled(Control control, String label) {
        Menu menu = showMenu(control);
        boolean enabled = Arrays.stream(menu.getItems())
                .filter(i -> i.getText().replace("&", "").split("\t")[0].equals(label)).anyMatch(MenuItem::isEnabled);
        menu.notifyListeners(SWT.Hide, new Event());
        return enabled;
    }

    private static Menu showMenu(Control control) {
        Menu menu = control.getMenu();
        assertNotNull(menu, "a context menu");
        // SWT.Show makes the workbench fill the menu from its contributions, as when it pops up
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }
}
