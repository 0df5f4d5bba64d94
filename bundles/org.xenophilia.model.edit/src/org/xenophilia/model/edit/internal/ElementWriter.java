package org.xenophilia.model.edit.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Writes one new element in the canonical form of {@code DomainDefinitions.save} (attributes in feature order, child
 * elements in schema order, one per line), with the prefix, indentation and line separator of the text it goes into.
 */
final class ElementWriter {

    private ElementWriter() {
    }

    /**
     * Writes the element of one value of a feature.
     *
     * @param feature a {@link XmlFeatures.Kind#VALUE_ELEMENT} or {@link XmlFeatures.Kind#OBJECT_ELEMENT} feature
     * @param value the value (one item for a list feature)
     * @param prefix the namespace prefix with colon, or ""
     * @param indent the indentation of the element's line (its nested lines get one unit more)
     * @param unit one level of indentation
     * @param lineSeparator the text's line separator
     * @return the element's text, starting with '<' and ending with '>'
     */
    static String write(EStructuralFeature feature, Object value, String prefix, String indent, String unit,
            String lineSeparator) {
        StringBuilder out = new StringBuilder();
        String name = prefix + XmlFeatures.xmlName(feature);
        if (feature instanceof EAttribute attribute) {
            out.append('<').append(name).append('>')
                    .append(XmlFeatures.escapeContent(XmlFeatures.toText(attribute, value)))
                    .append("</").append(name).append('>');
        } else {
            writeObject(out, name, (EObject) value, prefix, indent, unit, lineSeparator);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeObject(StringBuilder out, String name, EObject object, String prefix, String indent,
            String unit, String lineSeparator) {
        out.append('<').append(name);
        List<EStructuralFeature> features = XmlFeatures.of(object.eClass());
        for (EStructuralFeature feature : features) {
            if (XmlFeatures.kind(feature) == XmlFeatures.Kind.ATTRIBUTE && object.eIsSet(feature)) {
                out.append(' ').append(XmlFeatures.xmlName(feature)).append("=\"").append(XmlFeatures
                        .escapeAttribute(XmlFeatures.toText((EAttribute) feature, object.eGet(feature)), '"'))
                        .append('"');
            }
        }
        StringBuilder body = new StringBuilder();
        String content = null;
        for (EStructuralFeature feature : features) {
            switch (XmlFeatures.kind(feature)) {
            case CONTENT -> {
                if (object.eIsSet(feature)) {
                    content = XmlFeatures.escapeContent(XmlFeatures.toText((EAttribute) feature,
                            object.eGet(feature)));
                }
            }
            case VALUE_ELEMENT, OBJECT_ELEMENT -> {
                List<Object> values = feature.isMany() ? (List<Object>) object.eGet(feature)
                        : object.eIsSet(feature) && object.eGet(feature) != null ? List.of(object.eGet(feature))
                                : List.of();
                for (Object value : values) {
                    body.append(lineSeparator).append(indent).append(unit)
                            .append(write(feature, value, prefix, indent + unit, unit, lineSeparator));
                }
            }
            default -> {
                // attributes are written above
            }
            }
        }
        if (content != null) {
            out.append('>').append(content).append("</").append(name).append('>');
        } else if (body.length() > 0) {
            out.append('>').append(body).append(lineSeparator).append(indent).append("</").append(name).append('>');
        } else {
            out.append("/>");
        }
    }
}
