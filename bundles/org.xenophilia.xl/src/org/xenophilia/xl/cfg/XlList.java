package org.xenophilia.xl.cfg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list value, {@code [ item, item, ... ]}. Items are strings, numbers or lists.
 *
 * @param items      the items in order (unmodifiable)
 * @param position   where the opening {@code [} is, or {@link XlPosition#NONE}
 * @param sourceText the exact text from {@code [} to {@code ]} (see {@link XlValue#sourceText()})
 */
public record XlList(List<XlValue> items, XlPosition position, String sourceText) implements XlValue {

    /**
     * Validates the components.
     *
     * @param items see {@link #items()}
     * @param position see {@link #position()}
     * @param sourceText see {@link #sourceText()}
     */
    public XlList {
        items = List.copyOf(items);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(sourceText, "sourceText");
    }

    /**
     * Creates a list of values, as the canonical writer renders it.
     *
     * @param items the items
     * @return the list, positioned at {@link XlPosition#NONE}
     */
    public static XlList of(List<? extends XlValue> items) {
        List<XlValue> copy = List.copyOf(items);
        return new XlList(copy, XlPosition.NONE, XlConfigWriter.renderList(copy, false));
    }

    /**
     * Creates a list of double-quoted strings.
     *
     * @param strings the strings
     * @return the list, positioned at {@link XlPosition#NONE}
     */
    public static XlList ofStrings(List<String> strings) {
        List<XlValue> items = new ArrayList<>(strings.size());
        for (String s : strings) {
            items.add(XlString.of(s));
        }
        return of(items);
    }

    /** @return the number of items */
    public int size() {
        return items.size();
    }

    @Override
    public boolean sameValue(XlValue other) {
        if (!(other instanceof XlList l) || l.items.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).sameValue(l.items.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the source text */
    @Override
    public String toString() {
        return sourceText;
    }
}
