package org.xenophilia.ui.storage.internal.view;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.xenophilia.core.SrInfo;

/**
 * Draws a repository's capacity bar behind the text of its Capacity cell (owner draw of the cell's background, so the
 * tree still draws the text, the selection and the focus): from the left, the bytes in use, then what the volumes are
 * promised beyond that (allocated, thin), then the free rest. A repository whose volumes are promised more than its
 * storage holds has its allocated part run to the end, in a warmer colour.
 */
final class CapacityPainter implements Listener {

    private static final Color USED = new Color(118, 158, 220);
    private static final Color ALLOCATED = new Color(190, 210, 238);
    private static final Color OVERCOMMITTED = new Color(240, 200, 150);
    private static final Color FREE = new Color(226, 238, 226);

    private final int column;
    private final Function<Object, SrInfo> srOf;

    /**
     * @param column the Capacity column's index
     * @param srOf the SR a row's element shows, or null for a row without a bar
     */
    CapacityPainter(int column, Function<Object, SrInfo> srOf) {
        this.column = column;
        this.srOf = srOf;
    }

    /** Draws on the tree's {@link SWT#EraseItem} events. */
    static void install(Tree tree, CapacityPainter painter) {
        tree.addListener(SWT.EraseItem, painter);
    }

    @Override
    public void handleEvent(Event event) {
        if (event.index != column || (event.detail & SWT.SELECTED) != 0) {
            return; // a selected row keeps the selection's colour, for legibility
        }
        SrInfo sr = srOf.apply(((TreeItem) event.item).getData());
        if (sr == null || sr.physicalSize() <= 0) {
            return;
        }
        Rectangle cell = ((TreeItem) event.item).getBounds(column);
        Rectangle bar = new Rectangle(cell.x + 2, cell.y + 2, Math.max(0, cell.width - 4), Math.max(0,
                cell.height - 4));
        int used = part(sr.physicalUtilisation(), sr.physicalSize(), bar.width);
        int allocated = Math.max(used, part(sr.virtualAllocation(), sr.physicalSize(), bar.width));
        GC gc = event.gc;
        Color background = gc.getBackground();
        gc.setBackground(FREE);
        gc.fillRectangle(bar);
        gc.setBackground(sr.virtualAllocation() > sr.physicalSize() ? OVERCOMMITTED : ALLOCATED);
        gc.fillRectangle(bar.x, bar.y, allocated, bar.height);
        gc.setBackground(USED);
        gc.fillRectangle(bar.x, bar.y, used, bar.height);
        gc.setBackground(background);
        event.detail &= ~SWT.BACKGROUND; // drawn: the tree draws only the text over it
    }

    /** The width of {@code bytes} of {@code total} on a bar {@code width} wide; never beyond the bar. */
    static int part(long bytes, long total, int width) {
        if (total <= 0 || bytes <= 0) {
            return 0;
        }
        return (int) Math.min(width, Math.round((double) bytes / total * width));
    }
}
