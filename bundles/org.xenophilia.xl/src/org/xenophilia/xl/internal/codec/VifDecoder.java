package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlString;
import org.xenophilia.xl.cfg.XlValue;
import org.xenophilia.xl.codec.XlSpecParam;
import org.xenophilia.xl.codec.XlVifSpec;
import org.xenophilia.xl.codec.XlWarning.Kind;

/**
 * Reads the {@code vif} list into vifs: the keywords of {@link XlCfgVocabulary#VIF_KEYWORDS} into their attributes (a
 * later one overrides an earlier one, as in xl), every other keyword, and a value an attribute cannot hold, as an
 * {@code xlParam}. If a keyword cannot even be an {@code xlParam}, the whole list is kept verbatim.
 */
final class VifDecoder {

    private final DecodeWarnings warnings;
    private final XlValueReader values;

    VifDecoder(DecodeWarnings warnings, XlValueReader values) {
        this.warnings = warnings;
        this.values = values;
    }

    /**
     * @param value the value of {@code vif}
     * @param last  its last assignment
     * @param into  receives the vifs, all or none
     * @return whether the model holds the list (else it was reported as kept verbatim)
     */
    boolean decode(XlValue value, XlAssignment last, List<Vif> into) {
        List<XlString> items = values.strings(value, last);
        if (items == null) {
            return false;
        }
        List<Vif> vifs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Vif vif = vif(XlVifSpec.parse(items.get(i).value()), items.get(i).position(), "vif " + (i + 1), last);
            if (vif == null) {
                return false;
            }
            vifs.add(vif);
        }
        into.addAll(vifs);
        return true;
    }

    private Vif vif(XlVifSpec spec, XlPosition position, String what, XlAssignment last) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<XlSpecParam> rest = new ArrayList<>();
        for (XlSpecParam p : spec.params()) {
            if (!p.isFlag() && XlCfgVocabulary.VIF_KEYWORDS.containsKey(p.key())) {
                if (attributes.containsKey(p.key())) {
                    warnings.add(Kind.OVERRIDDEN, "vif", position, what + ": `" + p.key() + "` is given more than "
                            + "once; xl uses the last value, the earlier `" + p.key() + "=" + attributes.get(p.key())
                            + "` is not kept");
                }
                attributes.remove(p.key());
                attributes.put(p.key(), p.value());
            } else if (!XlParams.isKey(p.key())) {
                warnings.keptVerbatim(last, what + " has `" + p
                        + "`, which is not a keyword the domain model can keep");
                return null;
            } else {
                rest.add(p);
            }
        }
        Vif vif = DomainFactory.eINSTANCE.createVif();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String key = e.getKey();
            String v = e.getValue();
            if ((key.equals("ip") || key.equals("mac")) && !v.equals(v.stripTrailing())) {
                warnings.add(Kind.NORMALIZED, "vif", position, what + ": the blank after " + key + "="
                        + v.stripTrailing() + " is dropped (xl does not use it)");
                v = v.stripTrailing();
            }
            EAttribute attribute = XlCfgVocabulary.VIF_KEYWORDS.get(key);
            Object held = modelValue(attribute, v);
            if (held != null) {
                vif.eSet(attribute, held);
            } else {
                rest.add(new XlSpecParam(key, v));
            }
        }
        for (XlSpecParam p : rest) {
            EAttribute shadowed = XlCfgVocabulary.VIF_KEYWORDS.get(p.key());
            if (p.isFlag() && shadowed != null && vif.eIsSet(shadowed)) {
                // kept, it would repeat the attribute's keyword, which the encoder refuses and the validator flags
                warnings.add(Kind.NORMALIZED, "vif", position, what + ": `" + p.key() + "` without a value is "
                        + "dropped (xl ignores it as an unrecognized argument, and uses " + p.key() + "="
                        + vif.eGet(shadowed) + ")");
                continue;
            }
            vif.getXlParams().add(XlParams.create(p.key(), p.value()));
            String why = XlCfgVocabulary.VIF_KEYWORDS.containsKey(p.key())
                    ? "has a value the domain model cannot hold"
                    : XlVifSpec.isKnownToXl(p) ? "is not part of the domain model"
                    : "is not known to xl (it prints \"unrecognized argument\") nor part of the domain model";
            warnings.add(Kind.SPEC_PARAM_KEPT, "vif", position, what + ": `" + p + "` " + why
                    + "; kept as a vif parameter");
        }
        return vif;
    }

    /** The value for an attribute of the model, or null if the attribute cannot hold the text. */
    private static Object modelValue(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum e) {
            EEnumLiteral literal = e.getEEnumLiteralByLiteral(text);
            return literal == null ? null : literal.getInstance();
        } else if (type.getInstanceClass() == int.class) {
            // decimal digits only: another form (0x5dc, +1500) would not be written back as it was read
            CNumbers.Parsed n = CNumbers.isDecimal(text) ? CNumbers.strtol(text) : CNumbers.INVALID;
            return n.valid() && n.value() == (int) n.value() ? (Object) (int) n.value() : null;
        }
        return text;
    }
}
