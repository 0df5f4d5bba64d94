package org.xenophilia.xl.internal.codec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlValue;

/**
 * Reads the display: an HVM guest's from the top-level display keys, a PV or PVH guest's from its one {@code vfb}
 * entry; both name their settings as {@link XlCfgVocabulary#DISPLAY_KEYWORDS}.
 */
final class DisplayDecoder {

    private final DecodeWarnings warnings;
    private final XlValueReader values;
    private Display display;

    DisplayDecoder(DecodeWarnings warnings, XlValueReader values) {
        this.warnings = warnings;
        this.values = values;
    }

    /** @return the display read so far, or null if none */
    Display display() {
        return display;
    }

    /**
     * Reads a top-level display key of an HVM guest.
     *
     * @return whether the model holds the value (else it was reported as kept verbatim)
     */
    boolean key(EAttribute setting, XlValue value, XlAssignment last) {
        return values.read(setting, value, last, v -> displayToSet().eSet(setting, v));
    }

    private Display displayToSet() {
        if (display == null) {
            display = DomainFactory.eINSTANCE.createDisplay();
        }
        return display;
    }

    /**
     * Reads the {@code vfb} list of a PV or PVH guest: one entry with only the keywords the model represents.
     *
     * @return whether the model holds the list (else it was reported as kept verbatim)
     */
    boolean vfb(XlValue value, XlAssignment last) {
        List<XlString> items = values.strings(value, last);
        if (items == null) {
            return false;
        }
        if (items.size() != 1) {
            warnings.keptVerbatim(last, "the domain model holds one framebuffer, this list has " + items.size());
            return false;
        }
        Display d = DomainFactory.eINSTANCE.createDisplay();
        Set<String> seen = new HashSet<>();
        for (String token : items.get(0).value().split(",")) {
            String t = token.stripLeading();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            String key = eq < 0 ? t : t.substring(0, eq);
            EAttribute setting = XlCfgVocabulary.DISPLAY_KEYWORDS.get(key);
            String problem = eq < 0 ? "has no '=' (xl stops reading the framebuffer there)"
                    : setting == null ? "is not a display setting of the domain model"
                    : !seen.add(key) ? "is given twice" : null;
            if (problem != null) {
                warnings.keptVerbatim(last, "vfb `" + t + "` " + problem);
                return false;
            }
            String v = t.substring(eq + 1);
            Class<?> type = setting.getEAttributeType().getInstanceClass();
            if (type == String.class) {
                d.eSet(setting, v);
                continue;
            }
            // numbers and booleans: xl reads them with atoi()
            if (!CNumbers.isDecimal(v) || v.length() > 9) {
                warnings.keptVerbatim(last, "`" + t + "` is not a plain number");
                return false;
            }
            int n = Integer.parseInt(v);
            d.eSet(setting, type == boolean.class ? (Object) (n != 0) : n);
        }
        display = d;
        return true;
    }
}
