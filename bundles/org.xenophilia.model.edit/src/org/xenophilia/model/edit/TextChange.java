package org.xenophilia.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A replacement in a text: {@code length} characters at {@code offset} become {@code text}. A list of changes made
 * together refers to offsets of the text before any of them, is sorted by offset and never overlaps, so an editor
 * can apply them as one multi-edit (e.g. {@code org.eclipse.text.edits.MultiTextEdit}) and keep its caret and
 * folding where nothing changed.
 *
 * @param offset where the replaced range starts
 * @param length how many characters are replaced (0 for an insertion)
 * @param text the new characters (empty for a deletion)
 */
public record TextChange(int offset, int length, String text) {

    /** Checks the components. */
    public TextChange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
        Objects.requireNonNull(text, "text");
    }

    /**
     * Applies changes made together to the text they refer to.
     *
     * @param text the old text
     * @param changes sorted, non-overlapping changes with offsets in the old text
     * @return the new text
     * @throws IllegalArgumentException when the changes overlap or exceed the text
     */
    public static String apply(String text, List<TextChange> changes) {
        List<TextChange> sorted = new ArrayList<>(changes);
        // insertions before a replacement at the same offset; otherwise the given order
        sorted.sort(Comparator.comparingInt(TextChange::offset).thenComparing(change -> change.length() > 0));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int position = 0;
        for (TextChange change : sorted) {
            if (change.offset() < position || change.offset() + change.length() > text.length()) {
                throw new IllegalArgumentException("overlapping or out-of-range change " + change);
            }
            out.append(text, position, change.offset()).append(change.text());
            position = change.offset() + change.length();
        }
        return out.append(text, position, text.length()).toString();
    }

    /**
     * Describes the difference between two texts as one change: the part between their common start and their common
     * end.
     *
     * @param oldText the text before
     * @param newText the text after
     * @return no change when the texts are equal, else one
     */
    public static List<TextChange> between(String oldText, String newText) {
        if (oldText.equals(newText)) {
            return List.of();
        }
        int prefix = 0;
        int max = Math.min(oldText.length(), newText.length());
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && oldText.charAt(oldText.length() - 1 - suffix) == newText
                .charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        return List.of(new TextChange(prefix, oldText.length() - prefix - suffix,
                newText.substring(prefix, newText.length() - suffix)));
    }
}
