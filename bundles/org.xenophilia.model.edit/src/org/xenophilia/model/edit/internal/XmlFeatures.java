package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/** How the features of the domain model are written in XML (from the extended metadata the XSD importer left). */
public final class XmlFeatures {

    /** How a feature appears in the XML text. */
    public enum Kind {
        /** An attribute of the object's element. */
        ATTRIBUTE,
        /** The text content of the object's element (xlKey's value). */
        CONTENT,
        /** A child element holding a value ({@code <memory>1024</memory>}, {@code <tag>web</tag>}). */
        VALUE_ELEMENT,
        /** A child element that is an object of its own ({@code <disk>}, {@code <display>}). */
        OBJECT_ELEMENT
    }

    private XmlFeatures() {
    }

    /**
     * Returns the features of a class as they are written, in the class's (= canonical, schema) order.
     *
     * @param eClass a class of the domain model
     * @return the persisted features
     */
    public static List<EStructuralFeature> of(EClass eClass) {
        List<EStructuralFeature> result = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!feature.isTransient() && !feature.isDerived()) {
                result.add(feature);
            }
        }
        return result;
    }

    /** {@return how the feature is written} */
    public static Kind kind(EStructuralFeature feature) {
        switch (ExtendedMetaData.INSTANCE.getFeatureKind(feature)) {
        case ExtendedMetaData.ATTRIBUTE_FEATURE:
            return Kind.ATTRIBUTE;
        case ExtendedMetaData.SIMPLE_FEATURE:
            return Kind.CONTENT;
        default:
            return feature instanceof EReference ? Kind.OBJECT_ELEMENT : Kind.VALUE_ELEMENT;
        }
    }

    /** {@return the XML name of the feature, e.g. "disk" for disks} */
    public static String xmlName(EStructuralFeature feature) {
        return ExtendedMetaData.INSTANCE.getName(feature);
    }

    /**
     * Finds a feature by its model name ({@code disks}) or XML name ({@code disk}).
     *
     * @param eClass the class
     * @param name the name
     * @return the feature, or null
     */
    public static EStructuralFeature find(EClass eClass, String name) {
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        if (feature != null) {
            return feature;
        }
        for (EStructuralFeature candidate : of(eClass)) {
            if (xmlName(candidate).equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@return whether a single-valued feature holds the same (set or unset) value in both objects} */
    public static boolean sameValue(EObject a, EObject b, EStructuralFeature feature) {
        if (a.eIsSet(feature) != b.eIsSet(feature)) {
            return false;
        }
        Object x = a.eGet(feature);
        Object y = b.eGet(feature);
        if (feature instanceof EReference) {
            return x == null ? y == null : y != null && EcoreUtil.equals((EObject) x, (EObject) y);
        }
        return x == null ? y == null : x.equals(y);
    }

    /** {@return the value as the XML text holds it} */
    public static String toText(EAttribute attribute, Object value) {
        EDataType type = attribute.getEAttributeType();
        String text = EcoreUtil.convertToString(type, value);
        return text == null ? "" : text;
    }

    /** Escapes text for element content the way EMF's canonical writer does (so canonical text stays canonical). */
    public static String escapeContent(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '"' -> out.append("&quot;");
            // only where it would end a CDATA-like "]]>", as EMF's canonical writer does
            case '>' -> out.append(i >= 2 && value.startsWith("]]", i - 2) ? "&gt;" : ">");
            case '\r' -> out.append("&#xD;");
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes text for an attribute value between the given quotes. */
    public static String escapeAttribute(String value, char quote) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '"' -> out.append(quote == '"' ? "&quot;" : "\"");
            case '\'' -> out.append(quote == '\'' ? "&apos;" : "'");
            case '\n' -> out.append("&#xA;");
            case '\r' -> out.append("&#xD;");
            case '\t' -> out.append("&#x9;");
            default -> out.append(c);
            }
        }
        return out.toString();
    }
}
