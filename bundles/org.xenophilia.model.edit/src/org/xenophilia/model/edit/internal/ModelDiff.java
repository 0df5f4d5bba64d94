package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Turns one model into another with commands: only the values that differ are set, list items that stay keep their
 * identity (an edited disk is changed in place, see {@link ListAlignment}), new objects are copies of the target's.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    /**
     * Builds the command that makes {@code current} equal to {@code target}.
     *
     * @param domain the editing domain of {@code current}
     * @param current the live model
     * @param target the wanted state (not changed; its objects are copied where needed)
     * @param label the command's label, e.g. "Edit XML"
     * @return the command; it has no sub-commands when the models are equal already
     */
    public static CompoundCommand commandFor(EditingDomain domain, EObject current, EObject target, String label) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, label);
        collect(domain, current, target, command);
        return command;
    }

    @SuppressWarnings("unchecked")
    private static void collect(EditingDomain domain, EObject current, EObject target, CompoundCommand out) {
        for (EStructuralFeature feature : XmlFeatures.of(current.eClass())) {
            if (feature.isMany()) {
                List<Object> currentValues = (List<Object>) current.eGet(feature);
                List<Object> targetValues = (List<Object>) target.eGet(feature);
                if (feature instanceof EAttribute) {
                    if (!currentValues.equals(targetValues)) {
                        out.append(new ListContentCommand(current, feature, targetValues));
                    }
                    continue;
                }
                Object[] contents = new Object[targetValues.size()];
                boolean changed = currentValues.size() != targetValues.size();
                for (ListAlignment.Step step : ListAlignment.align(currentValues, targetValues,
                        (a, b) -> EcoreUtil.equals((EObject) a, (EObject) b))) {
                    if (step.isPaired()) {
                        EObject kept = (EObject) currentValues.get(step.oldIndex());
                        contents[step.newIndex()] = kept;
                        changed |= step.oldIndex() != step.newIndex();
                        if (!step.equal()) {
                            collect(domain, kept, (EObject) targetValues.get(step.newIndex()), out);
                        }
                    } else if (step.newIndex() >= 0) {
                        contents[step.newIndex()] = EcoreUtil.copy((EObject) targetValues.get(step.newIndex()));
                        changed = true;
                    } else {
                        changed = true;
                    }
                }
                if (changed) {
                    out.append(new ListContentCommand(current, feature, new ArrayList<>(Arrays.asList(contents))));
                }
            } else if (!XmlFeatures.sameValue(current, target, feature)) {
                Object now = current.eGet(feature);
                Object wanted = target.eGet(feature);
                if (feature instanceof EAttribute) {
                    out.append(new SetCommand(domain, current, feature,
                            target.eIsSet(feature) ? wanted : SetCommand.UNSET_VALUE));
                } else if (now != null && wanted != null) {
                    collect(domain, (EObject) now, (EObject) wanted, out);
                } else {
                    out.append(new SetCommand(domain, current, feature,
                            wanted == null ? null : EcoreUtil.copy((EObject) wanted)));
                }
            }
        }
    }
}
