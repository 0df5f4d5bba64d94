package org.xenophilia.xl.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.XlKey;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlList;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.cfg.XlValue;

/** Finds the xl.cfg text that a field of the domain model was read from, given the field's model path. */
public final class ModelPaths {

    private ModelPaths() {
    }

    /**
     * @param config the xl.cfg document the domain was read from
     * @param domain the domain read from it
     * @param path   a model path such as {@code memory}, {@code cpusSoft}, {@code disks[1].vdev},
     *               {@code display.vnclisten} or {@code xlKeys[2].key}
     * @return the position of the disk or vif spec string for {@code disks[i]}/{@code vifs[i]}, of the assignment an
     *         {@code xlKeys[i]} was kept from, otherwise of the key the field was read from (its last assignment);
     *         empty if the field was not read from the document
     */
    public static Optional<XlPosition> locate(XlConfig config, Domain domain, String path) {
        String head = path;
        int dot = head.indexOf('.');
        if (dot >= 0) {
            head = head.substring(0, dot);
        }
        int index = -1;
        int bracket = head.indexOf('[');
        if (bracket >= 0 && head.endsWith("]")) {
            try {
                index = Integer.parseInt(head.substring(bracket + 1, head.length() - 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            head = head.substring(0, bracket);
        }
        if (head.equals("xlKeys")) {
            return xlKey(config, domain, index);
        }
        for (String key : keysOf(head)) {
            Optional<XlAssignment> last = config.last(key);
            if (last.isEmpty()) {
                continue;
            }
            if (index >= 0 && (key.equals("disk") || key.equals("vif"))) {
                Optional<XlValue> value = config.value(key);
                if (value.isPresent() && value.get() instanceof XlList list && index < list.size()) {
                    return Optional.of(list.items().get(index).position());
                }
            }
            return Optional.of(last.get().keyPosition());
        }
        return Optional.empty();
    }

    /** The decoder keeps xlKeys in assignment order, so the n-th xlKey is the n-th matching assignment. */
    private static Optional<XlPosition> xlKey(XlConfig config, Domain domain, int index) {
        List<XlKey> keys = domain.getXlKeys();
        if (index < 0 || index >= keys.size()) {
            return Optional.empty();
        }
        int next = 0;
        List<XlAssignment> assignments = config.assignments();
        for (int k = 0; k <= index; k++) {
            XlKey key = keys.get(k);
            while (next < assignments.size() && !(assignments.get(next).key().equals(key.getKey())
                    && assignments.get(next).value().sourceText().equals(key.getValue()))) {
                next++;
            }
            if (next == assignments.size()) {
                return Optional.empty();
            }
            if (k == index) {
                return Optional.of(assignments.get(next).keyPosition());
            }
            next++;
        }
        return Optional.empty();
    }

    /** The keys that set a field of the domain (several for the display), in the vocabulary's order. */
    private static List<String> keysOf(String field) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, EStructuralFeature> e : XlCfgVocabulary.MODELLED_KEYS.entrySet()) {
            if (e.getValue().getName().equals(field)) {
                keys.add(e.getKey());
            }
        }
        return keys;
    }
}
