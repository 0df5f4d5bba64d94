package org.xenophilia.model.internal.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/** How model objects, fields and their expected values are named in problem messages. */
public final class ModelText {

    private ModelText() {
    }

    /**
     * Returns the path of an object below its definition's root, e.g. {@code disks[1]} or {@code ipv4.dhcp}; empty
     * for the root (the domain, the network).
     *
     * @param object a model object
     * @return its path
     */
    public static String path(EObject object) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject current = object; current != null; current = current.eContainer()) {
            EStructuralFeature containing = current.eContainingFeature();
            if (containing == null || DefinitionFormat.isDocumentRoot(current.eContainer())) {
                break;
            }
            String segment = containing.getName();
            if (containing.isMany()) {
                segment += "[" + ((List<?>) current.eContainer().eGet(containing)).indexOf(current) + "]";
            }
            segments.push(segment);
        }
        return String.join(".", segments);
    }

    /**
     * Returns the path of a field, e.g. {@code maxmem}, {@code disks[1].vdev}, {@code tags[2]} or
     * {@code forwards[1].hostPort}.
     *
     * @param object the object holding the field
     * @param feature the field, or null for the object itself
     * @param index the position in a many-valued field, or -1
     * @return the path
     */
    public static String path(EObject object, EStructuralFeature feature, int index) {
        String base = path(object);
        if (feature == null) {
            return base;
        }
        String field = feature.getName() + (index >= 0 ? "[" + index + "]" : "");
        return base.isEmpty() ? field : base + "." + field;
    }

    /**
     * Describes the values a data type allows, for "expected ..." in messages: the enumeration literals, or the
     * schema's documentation of the type ("a MAC address: six pairs of ..."), or its base type ("a whole number").
     *
     * @param type a data type of a definition's model
     * @return a lower-case phrase without final period
     */
    public static String expectation(EClassifier type) {
        if (type instanceof EEnum eEnum) {
            return "one of " + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral)
                    .collect(Collectors.joining(", "));
        }
        if (!(type instanceof EDataType dataType)) {
            return "a " + type.getName();
        }
        EDataType current = dataType;
        while (current != null) {
            if (current instanceof EEnum eEnum) {
                return expectation(eEnum);
            }
            List<String> enumeration = ExtendedMetaData.INSTANCE.getEnumerationFacet(current);
            if (!enumeration.isEmpty()) {
                return "one of " + String.join(", ", enumeration);
            }
            String documentation = EcoreUtil.getDocumentation(current);
            if (documentation != null && !documentation.isBlank()) {
                return asPhrase(documentation);
            }
            if (current.getEPackage() == XMLTypePackage.eINSTANCE) {
                return builtinExpectation(current);
            }
            current = ExtendedMetaData.INSTANCE.getBaseType(current);
        }
        return "a " + dataType.getName();
    }

    private static String builtinExpectation(EDataType type) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return "true or false";
        }
        if (instanceClass == int.class || instanceClass == Integer.class || instanceClass == long.class
                || instanceClass == Long.class) {
            return "a whole number";
        }
        return "text";
    }

    private static String asPhrase(String documentation) {
        String text = documentation.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    /**
     * Quotes a value for a message: {@code 'xvd!'}, {@code 'eth0;'}.
     *
     * @param value any value, or null
     * @return the quoted text
     */
    public static String quote(Object value) {
        return "'" + value + "'";
    }
}
