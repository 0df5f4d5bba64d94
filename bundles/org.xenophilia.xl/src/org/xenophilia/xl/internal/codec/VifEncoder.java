package org.xenophilia.xl.internal.codec;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Writes a vif as a vif spec (xl-network-configuration(5)): the keywords of {@link XlCfgVocabulary#VIF_KEYWORDS} in
 * their order, then the {@code xlParam}s.
 */
final class VifEncoder {

    private VifEncoder() {
    }

    /**
     * @param vif  the vif
     * @param path its model path, for errors: {@code vifs[i]}
     * @return the spec
     * @throws XlEncodeException if a value cannot be written in a spec
     */
    static String spec(Vif vif, String path) throws XlEncodeException {
        SpecBuilder spec = new SpecBuilder(path);
        for (Map.Entry<String, EAttribute> keyword : XlCfgVocabulary.VIF_KEYWORDS.entrySet()) {
            if (vif.eIsSet(keyword.getValue())) {
                spec.attribute(keyword.getKey(), vif.eGet(keyword.getValue()));
            }
        }
        spec.xlParams(vif.getXlParams());
        return spec.text();
    }
}
