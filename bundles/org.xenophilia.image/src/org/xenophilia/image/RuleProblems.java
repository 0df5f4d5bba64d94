package org.xenophilia.image;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.ModelText;
import org.xenophilia.model.internal.xml.SourceLocations;

/**
 * Collects the problems the rules find, with their field path and source location. A field the schema check already
 * found invalid is not reported again by a rule: one problem per mistake.
 */
final class RuleProblems {

    private final List<CatalogProblem> out;
    private final Set<String> invalidPaths = new HashSet<>();

    /** @param out where the problems go; holds the schema's problems already, whose fields the rules leave alone */
    RuleProblems(List<CatalogProblem> out) {
        this.out = out;
        out.forEach(problem -> invalidPaths.add(problem.path()));
    }

    /**
     * Reports a problem.
     *
     * @param rule the rule that found it
     * @param object the object holding the field
     * @param feature the field
     * @param index position in a many-valued field, or -1
     * @param value the offending value, or null
     * @param message the sentence for the administrator, after the field's path
     */
    void add(CatalogRule rule, EObject object, EStructuralFeature feature, int index, Object value, String message) {
        String path = ModelText.path(object, feature, index);
        if (invalidPaths.contains(path)) {
            return;
        }
        SourceLocation location = SourceLocations.of(object, feature, index);
        out.add(new CatalogProblem(rule, path, value == null ? null : String.valueOf(value), path + " " + message,
                location == null ? 0 : location.line(), location == null ? 0 : location.column()));
    }

    /** {@return whether the schema check found the field invalid (rules then leave it alone)} */
    boolean isInvalid(EObject object, EStructuralFeature feature) {
        return invalidPaths.contains(ModelText.path(object, feature, -1));
    }
}
