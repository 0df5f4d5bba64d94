package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlDiagnostic;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.codec.XlWarning;
import org.xenophilia.xl.codec.XlWarning.Kind;

/** The warnings of reading one xl.cfg document, and the wording of those that every part of the reading gives. */
final class DecodeWarnings {

    private final String source;
    private final List<XlWarning> warnings = new ArrayList<>();

    /**
     * @param source the document's name, for the warnings
     */
    DecodeWarnings(String source) {
        this.source = source;
    }

    void syntax(XlDiagnostic diagnostic) {
        warnings.add(new XlWarning(Kind.SYNTAX, source, "", diagnostic.position(), diagnostic.message()));
    }

    void add(Kind kind, String key, XlPosition position, String message) {
        warnings.add(new XlWarning(kind, source, key, position, message));
    }

    /** The value of a key the model represents is kept as an xlKey instead of a field. */
    void keptVerbatim(XlAssignment last, String reason) {
        add(Kind.VALUE_KEPT_VERBATIM, last.key(), last.keyPosition(),
                "`" + last.key() + "`: " + reason + "; kept verbatim");
    }

    /** A key assigned more than once: xl uses the last assignment, or the combined value with {@code +=}. */
    void overridden(String key, List<XlAssignment> all) {
        XlAssignment last = all.get(all.size() - 1);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < all.size() - 1; i++) {
            lines.append(i == 0 ? "" : ", ").append(all.get(i).keyPosition().line());
        }
        boolean appended = all.stream().anyMatch(a -> a.operator() == XlOperator.APPEND);
        add(Kind.OVERRIDDEN, key, last.keyPosition(), "`" + key + "` is assigned " + all.size() + " times"
                + (appended ? " (with +=); the combined value is kept" : "; xl uses the last one (line "
                        + last.keyPosition().line() + "), the assignment(s) on line " + lines + " are not kept"));
    }

    /** @return the warnings in the order of their positions in the document */
    List<XlWarning> sorted() {
        warnings.sort(Comparator.comparingInt((XlWarning w) -> w.position().line())
                .thenComparingInt(w -> w.position().column()));
        return warnings;
    }
}
