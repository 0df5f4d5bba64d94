package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Lines up an old and a new list: items equal in both (longest common subsequence) are kept; between two kept
 * items, old and new items are paired in order (an edited item: same place, changed content), and what is left
 * over was removed or added.
 */
public final class ListAlignment {

    /**
     * One step of the alignment, in list order.
     *
     * @param oldIndex the index in the old list, or -1 for an added item
     * @param newIndex the index in the new list, or -1 for a removed item
     * @param equal whether the two items are equal (only when both indexes are set)
     */
    public record Step(int oldIndex, int newIndex, boolean equal) {

        /** {@return whether an old item is paired with a new one} */
        public boolean isPaired() {
            return oldIndex >= 0 && newIndex >= 0;
        }
    }

    private ListAlignment() {
    }

    /**
     * Aligns two lists.
     *
     * @param <A> old item type
     * @param <B> new item type
     * @param oldItems the old list
     * @param newItems the new list
     * @param equality when an old and a new item are the same
     * @return the steps; every old and every new index appears exactly once, in increasing order
     */
    public static <A, B> List<Step> align(List<A> oldItems, List<B> newItems, BiPredicate<A, B> equality) {
        int n = oldItems.size();
        int m = newItems.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = equality.test(oldItems.get(i), newItems.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Step> steps = new ArrayList<>();
        List<Integer> gapOld = new ArrayList<>();
        List<Integer> gapNew = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && equality.test(oldItems.get(i), newItems.get(j))
                    && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                flushGap(gapOld, gapNew, steps);
                steps.add(new Step(i++, j++, true));
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                gapOld.add(i++);
            } else {
                gapNew.add(j++);
            }
        }
        flushGap(gapOld, gapNew, steps);
        return steps;
    }

    private static void flushGap(List<Integer> gapOld, List<Integer> gapNew, List<Step> steps) {
        int paired = Math.min(gapOld.size(), gapNew.size());
        for (int k = 0; k < paired; k++) {
            steps.add(new Step(gapOld.get(k), gapNew.get(k), false));
        }
        for (int k = paired; k < gapOld.size(); k++) {
            steps.add(new Step(gapOld.get(k), -1, false));
        }
        for (int k = paired; k < gapNew.size(); k++) {
            steps.add(new Step(-1, gapNew.get(k), false));
        }
        gapOld.clear();
        gapNew.clear();
    }
}
