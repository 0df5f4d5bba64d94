package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.model.edit.internal.XmlSourceTree.Attribute;
import org.xenophilia.model.edit.internal.XmlSourceTree.Element;

/**
 * The model paths of problems and form fields ({@code memory}, {@code disks[1].vdev}, {@code tags[2]},
 * {@code display.vnclisten}): parsing, and finding the text range a path refers to.
 */
public final class FieldPath {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)\\])?");

    /** One step of a path: a feature name and, for a list, the position (-1 for none). */
    public record Segment(String name, int index) {
    }

    private FieldPath() {
    }

    /**
     * Parses a path.
     *
     * @param path e.g. {@code disks[1].vdev}; empty for the domain itself
     * @return its segments
     * @throws IllegalArgumentException when the path is malformed
     */
    public static List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return segments;
        }
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a field path: " + path);
            }
            segments.add(new Segment(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
        }
        return segments;
    }

    /**
     * Finds the text a path refers to: an attribute (name to closing quote), a value element, or, when the field is
     * not in the text (a missing setting), the start tag of the nearest element that is.
     *
     * @param tree the text's map
     * @param rootClass the class of the root element's object (Domain)
     * @param path a path in the current model
     * @return {offset, length}
     */
    public static int[] locate(XmlSourceTree tree, EClass rootClass, String path) {
        Element element = tree.root();
        EClass eClass = rootClass;
        List<Segment> segments;
        try {
            segments = parse(path);
        } catch (IllegalArgumentException e) {
            segments = List.of();
        }
        for (Segment segment : segments) {
            EStructuralFeature feature = XmlFeatures.find(eClass, segment.name());
            if (feature == null) {
                break;
            }
            String name = XmlFeatures.xmlName(feature);
            switch (XmlFeatures.kind(feature)) {
            case ATTRIBUTE -> {
                Attribute attribute = element.attribute(name);
                return attribute == null ? startTag(element)
                        : new int[] { attribute.nameStart(), attribute.end() - attribute.nameStart() };
            }
            case CONTENT -> {
                return element.isSelfClosing() ? startTag(element)
                        : new int[] { element.startTagEnd(), element.contentEnd() - element.startTagEnd() };
            }
            default -> {
                List<Element> children = element.children(name);
                int index = Math.max(segment.index(), 0);
                if (index >= children.size()) {
                    return startTag(element);
                }
                element = children.get(index);
                if (!(feature instanceof EReference reference)) {
                    return new int[] { element.start(), element.end() - element.start() };
                }
                eClass = reference.getEReferenceType();
            }
            }
        }
        return startTag(element);
    }

    private static int[] startTag(Element element) {
        return new int[] { element.start(), element.startTagEnd() - element.start() };
    }
}
