package org.xenophilia.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.model.edit.internal.ListAlignment;
import org.xenophilia.model.edit.internal.XmlFeatures;

/**
 * What saving an edited definition to a running domain does: the Agent changes memory ({@code xl mem-set}) and the
 * number of online vCPUs ({@code xl vcpu-set}) of a running domain at once, within the limits the domain was started
 * with; Xenophilia's own fields (description, tags) need nothing on the host; everything else takes effect at the
 * domain's next boot (the Agent keeps it until then). A halted domain takes every change, so the editor asks this
 * only for a running one.
 */
public final class LiveChanges {

    /** When a change takes effect on a running domain. */
    public enum Applies {
        /** Now: the Agent applies it to the running domain when the definition is saved. */
        LIVE,
        /** Now, without touching the domain: a field only Xenophilia uses (description, tags). */
        DEFINITION_ONLY,
        /**
         * At the next boot of the domain: the Agent keeps the saved definition for it (as {@code xl config-update}
         * does) and the domain takes it when it reboots, also from inside the guest, or is next started.
         */
        NEXT_BOOT
    }

    /**
     * One changed field.
     *
     * @param path the field, as in problems ({@code memory}, {@code disks[1].target}, {@code vifs[2]} for a whole added
     *        or removed vif)
     * @param oldValue the running definition's value as text, or null when unset or absent
     * @param newValue the edited definition's value as text, or null when unset or absent
     * @param applies when it takes effect
     * @param explanation one sentence for the user, e.g. "memory 2048 MiB is set on the running domain (xl
     *        mem-set)"
     */
    public record Change(String path, String oldValue, String newValue, Applies applies, String explanation) {
    }

    private static final DomainPackage D = DomainPackage.eINSTANCE;

    private LiveChanges() {
    }

    /**
     * Lists the differences between the definition a domain runs with and an edited one, and when each applies.
     *
     * @param running the definition of the running domain
     * @param edited the definition about to be saved
     * @return the changes in field order; empty when the definitions are equal
     */
    public static List<Change> classify(Domain running, Domain edited) {
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(edited, "edited");
        List<Change> changes = new ArrayList<>();
        compare(running, edited, running, edited, "", changes);
        return changes;
    }

    /** {@return whether every change applies without a restart} */
    public static boolean allLive(List<Change> changes) {
        return changes.stream().noneMatch(change -> change.applies() == Applies.NEXT_BOOT);
    }

    @SuppressWarnings("unchecked")
    private static void compare(Domain running, Domain edited, EObject old, EObject now, String prefix,
            List<Change> out) {
        for (EStructuralFeature feature : XmlFeatures.of(old.eClass())) {
            String path = prefix + feature.getName();
            if (feature.isMany() && feature instanceof EAttribute attribute) {
                List<Object> a = (List<Object>) old.eGet(feature);
                List<Object> b = (List<Object>) now.eGet(feature);
                if (!a.equals(b)) {
                    out.add(classify(running, edited, feature, path, text(attribute, a), text(attribute, b)));
                }
            } else if (feature.isMany()) {
                List<EObject> a = (List<EObject>) old.eGet(feature);
                List<EObject> b = (List<EObject>) now.eGet(feature);
                for (ListAlignment.Step step : ListAlignment.align(a, b, EcoreUtil::equals)) {
                    if (step.isPaired() && !step.equal()) {
                        compare(running, edited, a.get(step.oldIndex()), b.get(step.newIndex()),
                                path + "[" + step.newIndex() + "].", out);
                    } else if (step.oldIndex() < 0) {
                        out.add(nextBoot(path + "[" + step.newIndex() + "]", null, "added", "added"));
                    } else if (step.newIndex() < 0) {
                        out.add(nextBoot(path + "[" + step.oldIndex() + "]", "present", null, "removed"));
                    }
                }
            } else if (!XmlFeatures.sameValue(old, now, feature)) {
                if (feature instanceof EAttribute attribute) {
                    out.add(classify(running, edited, feature, path, value(old, attribute), value(now, attribute)));
                } else if (old.eGet(feature) != null && now.eGet(feature) != null) {
                    compare(running, edited, (EObject) old.eGet(feature), (EObject) now.eGet(feature), path + ".",
                            out);
                } else {
                    out.add(nextBoot(path, old.eGet(feature) == null ? null : "present",
                            now.eGet(feature) == null ? null : "present",
                            now.eGet(feature) == null ? "removed" : "added"));
                }
            }
        }
    }

    private static Change classify(Domain running, Domain edited, EStructuralFeature feature, String path,
            String oldValue, String newValue) {
        if (feature == D.getDomain_Description() || feature == D.getDomain_Tags()) {
            return new Change(path, oldValue, newValue, Applies.DEFINITION_ONLY,
                    path + " is Xenophilia's own field: saved with the definition, nothing changes on the host");
        }
        if (feature == D.getDomain_Memory() && edited.isSetMemory()) {
            int limit = running.isSetMaxmem() ? running.getMaxmem()
                    : running.isSetMemory() ? running.getMemory() : 0;
            if (edited.getMemory() <= limit) {
                return new Change(path, oldValue, newValue, Applies.LIVE, "memory " + edited.getMemory()
                        + " MiB is set on the running domain (xl mem-set)");
            }
            return new Change(path, oldValue, newValue, Applies.NEXT_BOOT, "memory " + edited.getMemory()
                    + " MiB is more than the running domain can balloon to (" + limit
                    + " MiB): it takes effect at the next start");
        }
        if (feature == D.getDomain_Vcpus() && edited.isSetVcpus()) {
            int limit = running.isSetMaxvcpus() ? running.getMaxvcpus()
                    : running.isSetVcpus() ? running.getVcpus() : 1;
            if (edited.getVcpus() <= limit) {
                return new Change(path, oldValue, newValue, Applies.LIVE, "vcpus " + edited.getVcpus()
                        + " are brought online on the running domain (xl vcpu-set)");
            }
            return new Change(path, oldValue, newValue, Applies.NEXT_BOOT, "vcpus " + edited.getVcpus()
                    + " is more than the running domain's maximum of " + limit
                    + " vCPUs: it takes effect at the next start");
        }
        return nextBoot(path, oldValue, newValue, "changed");
    }

    private static Change nextBoot(String path, String oldValue, String newValue, String what) {
        return new Change(path, oldValue, newValue, Applies.NEXT_BOOT,
                path + " " + what + ": takes effect at the next start of the domain");
    }

    private static String value(EObject object, EAttribute attribute) {
        return object.eIsSet(attribute) && object.eGet(attribute) != null
                ? XmlFeatures.toText(attribute, object.eGet(attribute))
                : null;
    }

    private static String text(EAttribute attribute, List<Object> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(XmlFeatures.toText(attribute, value)));
        return texts.toString();
    }
}
