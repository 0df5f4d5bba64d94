package org.xenophilia.agent.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage;

/**
 * How a new definition differs from the one a running domain was started with, as both backends need it when a
 * running domain is redefined: the Agent's own fields (description, tags), unknown to the toolstack, change at once;
 * every other change waits for the domain's next boot, as {@code xl config-update} does.
 */
public final class DefinitionChanges {

    /** The fields that change at once on a running domain: they are the Agent's own, unknown to xl. */
    public static final List<EStructuralFeature> LIVE_FIELDS = List.of(DomainPackage.Literals.DOMAIN__DESCRIPTION,
            DomainPackage.Literals.DOMAIN__TAGS);

    private DefinitionChanges() {
    }

    /**
     * @param a a definition
     * @param b another
     * @return the model names of the fields whose values differ ({@code memory}, {@code disks} ...), in model order
     */
    public static List<String> changedFields(Domain a, Domain b) {
        List<String> out = new ArrayList<>();
        for (EStructuralFeature f : DomainPackage.Literals.DOMAIN.getEAllStructuralFeatures()) {
            boolean same;
            if (a.eIsSet(f) != b.eIsSet(f)) {
                same = false;
            } else if (f instanceof EReference r && r.isContainment()) {
                same = r.isMany() ? EcoreUtil.equals(list(a.eGet(f)), list(b.eGet(f)))
                        : EcoreUtil.equals((EObject) a.eGet(f), (EObject) b.eGet(f));
            } else {
                same = Objects.equals(a.eGet(f), b.eGet(f));
            }
            if (!same) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /**
     * @param running the definition a domain runs with
     * @param next a new definition for it
     * @return the changed fields that only take effect when the domain boots again (all but {@link #LIVE_FIELDS})
     */
    public static List<String> nextBootFields(Domain running, Domain next) {
        List<String> out = changedFields(running, next);
        out.removeIf(f -> LIVE_FIELDS.stream().anyMatch(l -> l.getName().equals(f)));
        return out;
    }

    /**
     * @param running the definition a domain runs with
     * @param next a new definition for it
     * @return a copy of {@code running} with the {@link #LIVE_FIELDS} of {@code next}
     */
    public static Domain withLiveFields(Domain running, Domain next) {
        Domain out = EcoreUtil.copy(running);
        for (EStructuralFeature f : LIVE_FIELDS) {
            if (next.eIsSet(f)) {
                out.eSet(f, next.eGet(f));
            } else {
                out.eUnset(f);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(Object o) {
        return (List<EObject>) o;
    }
}
