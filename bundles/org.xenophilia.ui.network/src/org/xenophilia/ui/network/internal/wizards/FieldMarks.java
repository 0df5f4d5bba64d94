package org.xenophilia.ui.network.internal.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.ui.network.internal.NetworkUi;

/**
 * The fields of one wizard page by the model path they edit ({@code ipv4.subnet}, {@code forwards}), and each
 * problem of the definition shown at its field: an error or warning mark beside it whose hover is the rule's message.
 * A problem goes to the field of its path or of the longest path that contains it ({@code ipv4.dhcp.leases[1].mac} to
 * the fixed leases' table).
 */
final class FieldMarks {

    private final Map<String, ControlDecoration> marks = new LinkedHashMap<>();
    private final Map<String, NetworkProblem> shown = new LinkedHashMap<>();

    /**
     * @param path the model path the control edits
     * @param control the control; its {@link NetworkUi#FIELD_KEY} becomes the path
     */
    void field(String path, Control control) {
        control.setData(NetworkUi.FIELD_KEY, path);
        ControlDecoration mark = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        mark.hide();
        marks.put(path, mark);
    }

    /**
     * @param problemPath a problem's path
     * @return the path of the field on this page that shows it, or null when none does
     */
    String fieldOf(String problemPath) {
        String best = null;
        for (String p : marks.keySet()) {
            if (contains(p, problemPath) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }

    private static boolean contains(String field, String path) {
        if (!path.startsWith(field) || field.isEmpty()) {
            return false;
        }
        return path.length() == field.length() || path.charAt(field.length()) == '.'
                || path.charAt(field.length()) == '[';
    }

    /**
     * Shows the problems of this page's fields (the first of each field), hiding the marks of fields without one.
     *
     * @param problems every problem of the definition
     * @return the problems shown here, errors first
     */
    List<NetworkProblem> show(List<NetworkProblem> problems) {
        shown.clear();
        for (NetworkProblem p : problems) {
            String field = fieldOf(p.path());
            if (field != null && (!shown.containsKey(field) || p.isError() && !shown.get(field).isError())) {
                shown.put(field, p);
            }
        }
        FieldDecorationRegistry icons = FieldDecorationRegistry.getDefault();
        marks.forEach((path, mark) -> {
            NetworkProblem p = shown.get(path);
            if (mark.getControl().isDisposed()) {
                return;
            }
            if (p == null) {
                mark.hide();
                mark.getControl().setToolTipText(null);
            } else {
                mark.setImage(icons.getFieldDecoration(p.isError() ? FieldDecorationRegistry.DEC_ERROR
                        : FieldDecorationRegistry.DEC_WARNING).getImage());
                mark.setDescriptionText(p.message());
                mark.getControl().setToolTipText(p.message());
                mark.show();
            }
        });
        List<NetworkProblem> out = new ArrayList<>(shown.values());
        out.sort((a, b) -> Boolean.compare(b.isError(), a.isError()));
        return out;
    }

    /**
     * What the user sees at a field: its mark's text while the mark shows.
     *
     * @param path a field's path
     * @return the message shown at it, or null when it shows none
     */
    String shownAt(String path) {
        ControlDecoration mark = marks.get(path);
        return mark == null || !mark.isVisible() ? null : mark.getDescriptionText();
    }
}
