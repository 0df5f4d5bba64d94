package org.xenophilia.xl.internal.codec;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.xenophilia.domain.Display;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainType;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Writes the display where xl reads it for the guest's type: an HVM guest's as top-level keys, any other guest's as
 * the one entry of a {@code vfb} list; both in the order of {@link XlCfgVocabulary#DISPLAY_KEYWORDS}.
 */
final class DisplayEncoder {

    private DisplayEncoder() {
    }

    static void write(Domain domain, AssignmentWriter out) throws XlEncodeException {
        Display display = domain.getDisplay();
        if (display == null) {
            return;
        }
        boolean hvm = domain.isSetType() && domain.getType() == DomainType.HVM;
        SpecBuilder vfb = new SpecBuilder("display");
        for (Map.Entry<String, EAttribute> setting : XlCfgVocabulary.DISPLAY_KEYWORDS.entrySet()) {
            if (!display.eIsSet(setting.getValue())) {
                continue;
            }
            Object value = display.eGet(setting.getValue());
            if (hvm) {
                out.assignValue(setting.getKey(), value);
            } else {
                vfb.attribute(setting.getKey(), value);
            }
        }
        if (!hvm) {
            out.assignList(XlCfgVocabulary.FRAMEBUFFER_KEY, List.of(vfb.text()));
        }
    }
}
