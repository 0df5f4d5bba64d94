package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlOperator;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlWarning.Kind;

/**
 * Reads the value of a top-level key the way xl_parse.c does for the key's type: a string, a C {@code strtol} number,
 * a boolean (a number, non-zero is true), a lifecycle action, a list of strings. A value of the wrong shape is one xl
 * ignores; each method then warns that the value is kept verbatim and returns false.
 */
final class XlValueReader {

    private final DecodeWarnings warnings;

    XlValueReader(DecodeWarnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Reads a value for a field of the model, the way xl reads the key of that field: the field's type decides.
     *
     * @param attribute the field (a string, number, boolean or lifecycle action)
     * @param value     the value xl uses (the last assignment's, or the combined one of {@code +=})
     * @param last      the last assignment of the key
     * @param setter    receives the value for the field
     * @return whether the model holds the value (else it was reported as kept verbatim)
     */
    boolean read(EAttribute attribute, XlValue value, XlAssignment last, Consumer<Object> setter) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return string(value, last, setter::accept);
        } else if (type == int.class) {
            return number(value, last, setter::accept);
        } else if (type == boolean.class) {
            return bool(value, last, setter::accept);
        } else if (attribute.getEAttributeType() == DomainPackage.Literals.LIFECYCLE_ACTION) {
            return action(value, last, setter::accept);
        }
        throw new IllegalStateException("no xl.cfg reading for " + attribute.getName());
    }

    boolean string(XlValue value, XlAssignment last, Consumer<String> setter) {
        if (!(value instanceof XlString s)) {
            warnings.keptVerbatim(last, "xl expects a single value, not a list, and ignores it");
            return false;
        }
        setter.accept(s.value());
        return true;
    }

    boolean number(XlValue value, XlAssignment last, Consumer<Integer> setter) {
        if (!(value instanceof XlString s)) {
            warnings.keptVerbatim(last, "xl expects a number, not a list, and ignores it");
            return false;
        }
        if (last.operator() == XlOperator.APPEND) {
            warnings.keptVerbatim(last, "xl does not allow += with numbers and ignores it");
            return false;
        }
        CNumbers.Parsed n = CNumbers.strtol(s.value());
        if (!n.valid()) {
            warnings.keptVerbatim(last, "\"" + s.value() + "\" is not a number to xl, which ignores it");
            return false;
        }
        if (n.value() != (int) n.value()) {
            warnings.keptVerbatim(last, s.value() + " is too large for the domain model");
            return false;
        }
        if (n.octal()) {
            warnings.add(Kind.NUMBER_FORM, last.key(), last.keyPosition(), "`" + last.key() + "`: xl reads "
                    + s.value() + " as an octal number, " + n.value());
        }
        setter.accept((int) n.value());
        return true;
    }

    boolean bool(XlValue value, XlAssignment last, Consumer<Boolean> setter) {
        return number(value, last, n -> setter.accept(n != 0));
    }

    boolean action(XlValue value, XlAssignment last, Consumer<LifecycleAction> setter) {
        LifecycleAction action = literal(value, LifecycleAction::get);
        if (action == null) {
            warnings.keptVerbatim(last, "not an action xl knows (destroy, restart, rename-restart, preserve, "
                    + "coredump-destroy, coredump-restart, soft-reset)");
            return false;
        }
        setter.accept(action);
        return true;
    }

    /** The enumerator a single value names, or null if the value is a list or names none. */
    static <T> T literal(XlValue value, Function<String, T> lookup) {
        return value instanceof XlString s ? lookup.apply(s.value()) : null;
    }

    /** The strings of a list value, or null (after a warning) if the value is not a flat list of strings. */
    List<XlString> strings(XlValue value, XlAssignment last) {
        if (!(value instanceof XlList list)) {
            warnings.keptVerbatim(last, "xl expects a list, not a single value, and ignores it");
            return null;
        }
        List<XlString> result = new ArrayList<>();
        for (XlValue item : list.items()) {
            if (!(item instanceof XlString s)) {
                warnings.keptVerbatim(last, "item " + (result.size() + 1)
                        + " is a list; xl stops reading the list there");
                return null;
            }
            result.add(s);
        }
        return result;
    }
}
