package org.xenophilia.network.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.ModelText;
import org.xenophilia.model.internal.xml.SourceLocations;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkRule;

/**
 * Collects the problems of the rules with their field path and source location. A field the schema check already
 * found invalid is not reported again by a rule: one problem per mistake.
 *
 * @param out where the problems go
 * @param invalidPaths the paths of the schema's problems
 */
public record Problems(List<NetworkProblem> out, Set<String> invalidPaths) {

    /**
     * Reports a problem.
     *
     * @param rule the rule that found it
     * @param object the object holding the field
     * @param feature the field, or null for the object itself
     * @param index position in a many-valued field, or -1
     * @param value the offending value, or null
     * @param message the sentence for the administrator
     */
    public void add(NetworkRule rule, EObject object, EStructuralFeature feature, int index, Object value,
            String message) {
        String path = ModelText.path(object, feature, index);
        if (invalidPaths.contains(path)) {
            return;
        }
        SourceLocation location = SourceLocations.of(object, feature, index);
        out.add(new NetworkProblem(rule.severity(), rule, path, value == null ? null : String.valueOf(value), message,
                location == null ? 0 : location.line(), location == null ? 0 : location.column()));
    }

    /** {@return whether the schema check found the field invalid (rules then leave it alone)} */
    public boolean isInvalid(EObject object, EStructuralFeature feature, int index) {
        return invalidPaths.contains(ModelText.path(object, feature, index));
    }
}
