package org.xenophilia.ui.storage.internal.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.storage.StorageType;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.StorageTypePageSite;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * The page of a storage type that no plug-in contributes a page for, so that a third party's Agent-only backend is
 * usable: made from what the node says about the type (its {@code SM} record): a field per configuration key, labelled
 * with the key and its description, required ones marked, the default shown as the empty field's hint, checked by the
 * key's value type as it is typed (the node checks again). A type the node only names (no {@code SM} records) gets a
 * text of {@code key=value} lines.
 */
public final class GenericTypePage implements StorageTypePage {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    /** The Agent's sizes: bytes, or a number with K, M, G, T, P. */
    private static final Pattern SIZE = Pattern.compile("\\d+[KMGTPkmgtp]?");

    private final Map<StorageType.Key, Control> fields = new LinkedHashMap<>();
    private Text lines;
    private String type = "";

    @Override
    public void createControl(Composite parent, StorageTypePageSite site) {
        type = site.type();
        parent.setLayout(new GridLayout(2, false));
        Optional<StorageType> described = site.storageType().filter(t -> t.described() && !t.keys().isEmpty());
        Label intro = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(intro);
        if (described.isEmpty()) {
            intro.setText(NLS.bind(Messages.GenericTypePage_undescribed, site.nodeName(), type));
            lines = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
            lines.setData(StorageUi.FIELD_KEY, "lines");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 100).applyTo(lines);
            lines.addModifyListener(e -> site.changed());
            return;
        }
        intro.setText(NLS.bind(Messages.GenericTypePage_described, new Object[] {site.nodeName(), type,
            described.get().label()}));
        for (StorageType.Key key : described.get().keys()) {
            new Label(parent, SWT.NONE).setText(key.required() ? NLS.bind(Messages.GenericTypePage_required,
                    key.name()) : key.name());
            Control field;
            if (key.valueType() == StorageType.ValueType.BOOLEAN) {
                Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setItems("", "true", "false");
                combo.addModifyListener(e -> site.changed());
                field = combo;
            } else {
                Text text = new Text(parent, SWT.BORDER);
                key.defaultValue().ifPresent(d -> text.setMessage(NLS.bind(Messages.GenericTypePage_default,
                        key.valueType() == StorageType.ValueType.SIZE ? asTyped(d) : d)));
                text.addModifyListener(e -> site.changed());
                field = text;
            }
            field.setData(StorageUi.FIELD_KEY, key.name());
            field.setToolTipText(key.description());
            GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(field);
            fields.put(key, field);
            new Label(parent, SWT.NONE);
            Label description = new Label(parent, SWT.WRAP);
            description.setText(NLS.bind(Messages.GenericTypePage_keyDescription, key.description(),
                    key.valueType().name().toLowerCase(Locale.ROOT)));
            description.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(description);
        }
    }

    /**
     * @param bytes a size as the node writes it (bytes: its canonical form)
     * @return the size as an admin types it: the largest suffix that divides it exactly ({@code 4096} is {@code 4K})
     */
    static String asTyped(String bytes) {
        if (!INTEGER.matcher(bytes).matches() || bytes.startsWith("-")) {
            return bytes;
        }
        long n;
        try {
            n = Long.parseLong(bytes);
        } catch (NumberFormatException e) {
            return bytes;
        }
        String suffix = "";
        for (String s : new String[] {"K", "M", "G", "T", "P"}) {
            if (n == 0 || n % 1024 != 0) {
                break;
            }
            n /= 1024;
            suffix = s;
        }
        return n + suffix;
    }

    private static String value(Control c) {
        return (c instanceof Text t ? t.getText() : ((Combo) c).getText()).strip();
    }

    @Override
    public Map<String, String> deviceConfig() {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.getText().split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            return out;
        }
        fields.forEach((key, field) -> {
            if (!value(field).isEmpty()) {
                out.put(key.name(), value(field));
            }
        });
        return out;
    }

    @Override
    public String problem() {
        if (lines != null) {
            List<String> all = List.of(lines.getText().split("\\R"));
            for (int i = 0; i < all.size(); i++) {
                String line = all.get(i).strip();
                if (!line.isEmpty() && line.indexOf('=') <= 0) {
                    return NLS.bind(Messages.GenericTypePage_notKeyValue, i + 1, line);
                }
            }
            return null;
        }
        for (Map.Entry<StorageType.Key, Control> e : fields.entrySet()) {
            StorageType.Key key = e.getKey();
            String v = value(e.getValue());
            if (v.isEmpty()) {
                if (key.required()) {
                    return NLS.bind(Messages.GenericTypePage_enter, key.name(), key.description());
                }
                continue;
            }
            String wrong = switch (key.valueType()) {
                case INTEGER -> INTEGER.matcher(v).matches() ? null : Messages.GenericTypePage_integer;
                case SIZE -> SIZE.matcher(v).matches() ? null : Messages.GenericTypePage_size;
                case PATH -> v.startsWith("/") ? null : Messages.GenericTypePage_path;
                default -> null;
            };
            if (wrong != null) {
                return NLS.bind(wrong, key.name());
            }
        }
        return null;
    }
}
