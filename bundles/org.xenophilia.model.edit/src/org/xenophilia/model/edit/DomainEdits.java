package org.xenophilia.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.MacAddresses;
import org.xenophilia.model.edit.internal.FieldPath;
import org.xenophilia.model.edit.internal.FieldPath.Segment;
import org.xenophilia.model.edit.internal.ListContentCommand;
import org.xenophilia.model.edit.internal.ModelDiff;
import org.xenophilia.model.edit.internal.XmlFeatures;

/**
 * The commands of the form pages. Each returns a command for {@link DomainDocument#execute(Command)}; nothing changes
 * until it is executed, and one execution is one undo step.
 * <p>
 * Fields are named by the model paths the validator uses in its problems ({@code memory}, {@code disks[1].vdev},
 * {@code display.vnc}, {@code tags[0]}), so a form field, its value and its problems share one name.
 */
public final class DomainEdits {

    private static final DomainPackage D = DomainPackage.eINSTANCE;

    private DomainEdits() {
    }

    /**
     * Sets a field. A missing {@code display} is created on the way.
     *
     * @param document the document
     * @param path the field, e.g. {@code memory}, {@code disks[0].target}, {@code display.vnc}, {@code tags},
     *        {@code tags[1]}
     * @param value the new value, of the field's type ({@code Integer} for memory, {@code DomainType} for type, a
     *        {@code List} for a whole list); null unsets the field
     * @return the command
     * @throws IllegalArgumentException when the path names no field of the model
     */
    public static Command set(DomainDocument document, String path, Object value) {
        Target target = resolve(document, path);
        String label = "Set " + path;
        EStructuralFeature feature = target.feature();
        if (target.owner() == null) {
            // the owner (display) does not exist yet: create it with the value; unsetting there is nothing to do
            if (value == null) {
                return UnexecutableCommand.INSTANCE;
            }
            EObject created = EcoreUtil.create(((EReference) target.parentFeature()).getEReferenceType());
            created.eSet(feature, value);
            return labelled(new SetCommand(document.editingDomain(), target.parent(), target.parentFeature(),
                    created), label);
        }
        if (feature.isMany()) {
            List<Object> values = new ArrayList<>((List<?>) target.owner().eGet(feature));
            if (target.index() < 0) {
                return labelled(new ListContentCommand(target.owner(), feature,
                        value == null ? List.of() : (List<?>) value), label);
            }
            if (target.index() >= values.size()) {
                throw new IllegalArgumentException(path + ": there is no item " + target.index());
            }
            if (value == null) {
                values.remove(target.index());
            } else {
                values.set(target.index(), value);
            }
            return labelled(new ListContentCommand(target.owner(), feature, values), label);
        }
        Object newValue = value == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value;
        return labelled(new SetCommand(document.editingDomain(), target.owner(), feature, newValue), label);
    }

    /**
     * Sets a field from the text of a form field: blank text unsets it, other text is converted to the field's type.
     *
     * @param document the document
     * @param path the field
     * @param text what the user typed
     * @return the command
     * @throws IllegalArgumentException when the text is not a value of the field's type (e.g. "abc" for memory); the
     *         message names the field and the value, for display beside the field
     */
    public static Command setFromText(DomainDocument document, String path, String text) {
        return set(document, path, valueOf(document, path, text));
    }

    /**
     * Converts the text of a form field to a value of the field's type.
     *
     * @param document the document
     * @param path the field
     * @param text what the user typed
     * @return the value, or null for blank text
     * @throws IllegalArgumentException when the text is not a value of the field's type
     */
    public static Object valueOf(DomainDocument document, String path, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        EStructuralFeature feature = resolve(document, path).feature();
        if (!(feature instanceof EAttribute attribute)) {
            throw new IllegalArgumentException(path + " is not a value field");
        }
        EDataType type = attribute.getEAttributeType();
        try {
            Object value = EcoreUtil.createFromString(type, text.strip());
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(path + " '" + text.strip() + "' is not valid: expected "
                    + expectation(type), e);
        }
    }

    /** {@return a command adding a disk at the end of the disk list} */
    public static Command addDisk(DomainDocument document, Disk disk) {
        return add(document, D.getDomain_Disks(), disk, "Add disk");
    }

    /** {@return a command removing the disk at an index} */
    public static Command removeDisk(DomainDocument document, int index) {
        return remove(document, D.getDomain_Disks(), index, "Remove disk");
    }

    /**
     * Applies what a disk dialog returns: the disk at {@code index} becomes equal to {@code edited}, changing only the
     * attributes that differ (so only they change in the XML text).
     *
     * @param document the document
     * @param index the disk's index
     * @param edited the edited copy (not changed)
     * @return the command
     */
    public static Command editDisk(DomainDocument document, int index, Disk edited) {
        return edit(document, document.model().getDisks().get(index), edited, "Edit disk");
    }

    /**
     * Moves a disk to another position (the disk order is the order the guest sees its devices in).
     *
     * @param document the document
     * @param from the disk's index
     * @param to its new index
     * @return the command
     */
    public static Command moveDisk(DomainDocument document, int from, int to) {
        return move(document, D.getDomain_Disks(), from, to, "Move disk");
    }

    /**
     * Moves a vif to another position (a vif's position is its device id, eth0, eth1, ... in the guest).
     *
     * @param document the document
     * @param from the vif's index
     * @param to its new index
     * @return the command
     */
    public static Command moveVif(DomainDocument document, int from, int to) {
        return move(document, D.getDomain_Vifs(), from, to, "Move network interface");
    }

    /** {@return a command adding a vif at the end of the vif list} */
    public static Command addVif(DomainDocument document, Vif vif) {
        return add(document, D.getDomain_Vifs(), vif, "Add network interface");
    }

    /** {@return a command removing the vif at an index} */
    public static Command removeVif(DomainDocument document, int index) {
        return remove(document, D.getDomain_Vifs(), index, "Remove network interface");
    }

    /**
     * Applies what a vif dialog returns, like {@link #editDisk} for disks.
     *
     * @param document the document
     * @param index the vif's index
     * @param edited the edited copy (not changed)
     * @return the command
     */
    public static Command editVif(DomainDocument document, int index, Vif edited) {
        return edit(document, document.model().getVifs().get(index), edited, "Edit network interface");
    }

    /**
     * Creates a vif for the "add network interface" dialog: a fresh MAC address in the Xen OUI, unique in the
     * definition, and the given bridge.
     *
     * @param document the document
     * @param bridge the bridge, or null
     * @param random the source of randomness (e.g. a {@code SecureRandom})
     * @return a new vif, not yet in the model
     */
    public static Vif newVif(DomainDocument document, String bridge, RandomGenerator random) {
        Vif vif = DomainFactory.eINSTANCE.createVif();
        vif.setMac(MacAddresses.generate(document.model(), random));
        vif.setBridge(bridge);
        return vif;
    }

    /** {@return a command adding a tag at the end} */
    public static Command addTag(DomainDocument document, String tag) {
        return add(document, D.getDomain_Tags(), tag, "Add tag");
    }

    /** {@return a command removing the tag at an index} */
    public static Command removeTag(DomainDocument document, int index) {
        return remove(document, D.getDomain_Tags(), index, "Remove tag");
    }

    // ------------------------------------------------------------------------------------------- internals

    private static Command add(DomainDocument document, EStructuralFeature feature, Object value, String label) {
        Objects.requireNonNull(value, "value");
        List<Object> values = new ArrayList<>((List<?>) document.model().eGet(feature));
        values.add(value);
        return labelled(new ListContentCommand(document.model(), feature, values), label);
    }

    private static Command remove(DomainDocument document, EStructuralFeature feature, int index, String label) {
        List<Object> values = new ArrayList<>((List<?>) document.model().eGet(feature));
        values.remove(index);
        return labelled(new ListContentCommand(document.model(), feature, values), label);
    }

    private static Command move(DomainDocument document, EStructuralFeature feature, int from, int to,
            String label) {
        List<Object> values = new ArrayList<>((List<?>) document.model().eGet(feature));
        values.add(to, values.remove(from));
        return labelled(new ListContentCommand(document.model(), feature, values), label);
    }

    private static Command edit(DomainDocument document, EObject current, EObject edited, String label) {
        return ModelDiff.commandFor(document.editingDomain(), current, edited, label);
    }

    private static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }

    private record Target(EObject parent, EStructuralFeature parentFeature, EObject owner,
            EStructuralFeature feature, int index) {
    }

    private static Target resolve(DomainDocument document, String path) {
        List<Segment> segments = FieldPath.parse(path);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no field: '" + path + "'");
        }
        EObject parent = null;
        EStructuralFeature parentFeature = null;
        EObject owner = document.model();
        EClass ownerClass = owner.eClass();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            EStructuralFeature feature = XmlFeatures.find(ownerClass, segment.name());
            if (feature == null) {
                throw new IllegalArgumentException(path + ": " + ownerClass.getName() + " has no field "
                        + segment.name());
            }
            if (i == segments.size() - 1) {
                // owner is null when a single object on the way (display) is not there yet: set creates it
                return new Target(parent, parentFeature, owner, feature, segment.index());
            }
            if (!(feature instanceof EReference reference)) {
                throw new IllegalArgumentException(path + ": " + segment.name() + " has no fields");
            }
            if (owner == null) {
                throw new IllegalArgumentException(path + ": " + parentFeature.getName() + " is not set");
            }
            parent = owner;
            parentFeature = feature;
            ownerClass = reference.getEReferenceType();
            if (feature.isMany()) {
                List<?> items = (List<?>) owner.eGet(feature);
                if (segment.index() < 0 || segment.index() >= items.size()) {
                    throw new IllegalArgumentException(path + ": there is no " + segment.name() + "["
                            + segment.index() + "]");
                }
                owner = (EObject) items.get(segment.index());
            } else {
                owner = (EObject) owner.eGet(feature);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String expectation(EDataType type) {
        if (type instanceof org.eclipse.emf.ecore.EEnum eEnum) {
            List<String> literals = new ArrayList<>();
            eEnum.getELiterals().forEach(literal -> literals.add(literal.getLiteral()));
            return "one of " + String.join(", ", literals);
        }
        String documentation = EcoreUtil.getDocumentation(type);
        if (documentation != null && !documentation.isBlank()) {
            String text = documentation.strip();
            return Character.toLowerCase(text.charAt(0)) + text.substring(1, text.endsWith(".") ? text.length() - 1
                    : text.length());
        }
        Class<?> instanceClass = type.getInstanceClass();
        return instanceClass == int.class || instanceClass == Integer.class ? "a whole number"
                : instanceClass == boolean.class || instanceClass == Boolean.class ? "true or false" : "text";
    }
}
