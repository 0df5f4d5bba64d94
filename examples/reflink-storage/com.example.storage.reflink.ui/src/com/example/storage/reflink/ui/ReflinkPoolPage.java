package com.example.storage.reflink.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.StorageTypePageSite;

/**
 * The configuration page of a {@code reflink-pool} repository in the New Storage Repository wizard: the pool (an
 * image file or a block device of the node) and, for a new image file, its size: the {@code device_config} keys
 * {@code image} and {@code size} of the Agent-side type ({@code com.example.storage.reflink.ReflinkPoolType}).
 * Contributed in this bundle's plugin.xml; built against the Workbench's storage API only.
 * <p>
 * It checks what it can without the node (an absolute path, a size mkfs.xfs can format); the node's backend checks
 * the rest when the wizard probes the path and when it creates the repository.
 */
public final class ReflinkPoolPage implements StorageTypePage {

    /** The Agent-side type's keys. */
    static final String IMAGE = "image";
    static final String SIZE = "size";

    /** XFS's smallest file system (xfsprogs 5.19 and later). */
    private static final long SMALLEST = 300L << 20;
    private static final Pattern SIZE_TEXT = Pattern.compile("(\\d{1,19})\\s*([KMGTP]?)(i?B)?",
            Pattern.CASE_INSENSITIVE);

    private Text image;
    private Text size;
    private String node = "";

    /** For the extension registry. */
    public ReflinkPoolPage() {
    }

    @Override
    public void createControl(Composite parent, StorageTypePageSite site) {
        node = site.nodeName();
        parent.setLayout(new GridLayout(2, false));
        image = field(parent, Messages.ReflinkPoolPage_image, Messages.ReflinkPoolPage_imageHint, site);
        size = field(parent, Messages.ReflinkPoolPage_size, Messages.ReflinkPoolPage_sizeHint, site);
        Label explanation = new Label(parent, SWT.WRAP);
        explanation.setText(NLS.bind(Messages.ReflinkPoolPage_explanation, node));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(explanation);
    }

    private static Text field(Composite parent, String label, String hint, StorageTypePageSite site) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> site.changed());
        return text;
    }

    @Override
    public Map<String, String> deviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(IMAGE, image.getText().strip());
        if (!size.getText().isBlank()) {
            config.put(SIZE, size.getText().strip());
        }
        return config;
    }

    @Override
    public String problem() {
        return problem(image.getText().strip(), size.getText().strip(), node);
    }

    /** The checks, apart from the widgets: what is wrong with these values, or {@code null}. */
    static String problem(String image, String size, String node) {
        if (image.isEmpty()) {
            return NLS.bind(Messages.ReflinkPoolPage_enterImage, node);
        }
        if (!image.startsWith("/") || image.chars().anyMatch(Character::isISOControl)
                || image.matches("(.*/)?\\.\\.?(/.*)?")) {
            return Messages.ReflinkPoolPage_absolute;
        }
        if (!size.isEmpty()) {
            long bytes = bytes(size);
            if (bytes < 0) {
                return Messages.ReflinkPoolPage_notASize;
            }
            if (bytes < SMALLEST) {
                return Messages.ReflinkPoolPage_tooSmall;
            }
        }
        return null;
    }

    /** @return the size in bytes, as the Agent reads a SIZE key, or -1 if it is not one */
    static long bytes(String text) {
        Matcher m = SIZE_TEXT.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int shift = m.group(2).isEmpty() ? 0 : ("KMGTP".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1) * 10;
        try {
            long n = Long.parseLong(m.group(1));
            return n > (Long.MAX_VALUE >> shift) ? -1 : n << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
