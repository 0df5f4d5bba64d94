package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.edit.TextChange;
import org.xenophilia.model.edit.internal.XmlSourceTree.Attribute;
import org.xenophilia.model.edit.internal.XmlSourceTree.Element;

/**
 * Brings an XML text in line with a model by the smallest edits it can find: a changed value replaces only that
 * attribute value or element content, an unset value removes only its attribute or element (with its line when it
 * stands alone on it), a new value or object is inserted next to its neighbours with their indentation, and an edited
 * disk or vif keeps its element and the attributes that did not change. Everything else — comments, blank lines,
 * quoting, attribute order, element order, the XML declaration — stays byte for byte.
 * <p>
 * Newly written elements and attributes use the canonical form (attributes in feature order, element content
 * escaped); a value's own content comments are replaced with the value. Which old list item is "the same" as a new
 * one is decided by equality first, then by position (see {@link ListAlignment}); an item moved to another place in
 * its list is removed there and its text (as the user wrote it, comments inside included) is inserted at the new
 * place.
 */
public final class TextReconciler {

    private final String text;
    private final String lineSeparator;
    private final String indentUnit;
    private final List<Pending> edits = new ArrayList<>();
    private final Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Insertion> insertions = new ArrayList<>();

    private record Pending(int offset, int length, String text, int sequence) {
    }

    /** An element to write into {@code parent}, after {@code after} when that is known. */
    private record Insertion(Element parent, EClass parentClass, int featureIndex, Element after,
            Function<String, String> render, int sequence) {
    }

    private TextReconciler(String text, XmlSourceTree tree) {
        this.text = text;
        this.lineSeparator = text.contains("\r\n") ? "\r\n" : "\n";
        this.indentUnit = detectIndentUnit(tree.root());
    }

    /**
     * Computes the edits that make a text say what a model says.
     *
     * @param text an XML text that loads into {@code textModel}
     * @param textModel the model loaded from {@code text}: its list items correspond to the elements by position
     * @param target the model the text shall hold
     * @return sorted, non-overlapping changes with offsets in {@code text}; empty when nothing differs
     * @throws IllegalArgumentException when the text cannot be mapped
     */
    public static List<TextChange> reconcile(String text, Domain textModel, Domain target) {
        XmlSourceTree tree = XmlSourceTree.scan(text);
        TextReconciler reconciler = new TextReconciler(text, tree);
        reconciler.reconcileObject(textModel, tree.root(), target);
        return reconciler.changes();
    }

    // ------------------------------------------------------------------------------------------- comparing

    private void reconcileObject(EObject old, Element element, EObject target) {
        EClass eClass = target.eClass();
        List<EStructuralFeature> features = XmlFeatures.of(eClass);
        for (int index = 0; index < features.size(); index++) {
            EStructuralFeature feature = features.get(index);
            switch (XmlFeatures.kind(feature)) {
            case ATTRIBUTE -> reconcileAttribute(old, element, target, (EAttribute) feature);
            case CONTENT -> {
                if (!XmlFeatures.sameValue(old, target, feature)) {
                    Object value = target.eGet(feature);
                    replaceContent(element, value == null ? ""
                            : XmlFeatures.escapeContent(XmlFeatures.toText((EAttribute) feature, value)));
                }
            }
            case VALUE_ELEMENT, OBJECT_ELEMENT -> reconcileChildren(old, element, target, feature, index);
            }
        }
    }

    private void reconcileAttribute(EObject old, Element element, EObject target, EAttribute feature) {
        if (XmlFeatures.sameValue(old, target, feature)) {
            return;
        }
        String name = XmlFeatures.xmlName(feature);
        Attribute attribute = element.attribute(name);
        if (!target.eIsSet(feature)) {
            if (attribute != null) {
                edit(attribute.start(), attribute.end() - attribute.start(), "");
            }
            return;
        }
        String value = XmlFeatures.toText(feature, target.eGet(feature));
        if (attribute != null) {
            edit(attribute.valueStart(), attribute.valueEnd() - attribute.valueStart(),
                    XmlFeatures.escapeAttribute(value, attribute.quote()));
        } else {
            // in feature (= canonical) order among the attributes there are, quoted like its neighbour
            List<EStructuralFeature> features = XmlFeatures.of(target.eClass());
            int index = features.indexOf(feature);
            Attribute before = null;
            Attribute after = null;
            for (Attribute candidate : element.attributes()) {
                EStructuralFeature other = XmlFeatures.find(target.eClass(), candidate.name());
                int otherIndex = other == null ? -1 : features.indexOf(other);
                if (otherIndex < index) {
                    before = candidate;
                } else if (after == null) {
                    after = candidate;
                }
            }
            if (before != null) {
                edit(before.end(), 0, " " + name + "=" + before.quote()
                        + XmlFeatures.escapeAttribute(value, before.quote()) + before.quote());
            } else if (after != null) {
                edit(after.start(), 0, " " + name + "=" + after.quote()
                        + XmlFeatures.escapeAttribute(value, after.quote()) + after.quote());
            } else {
                edit(element.start() + 1 + element.qName().length(), 0,
                        " " + name + "=\"" + XmlFeatures.escapeAttribute(value, '"') + "\"");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void reconcileChildren(EObject old, Element element, EObject target, EStructuralFeature feature,
            int featureIndex) {
        List<Element> children = element.children(XmlFeatures.xmlName(feature));
        EClass eClass = target.eClass();
        if (feature.isMany()) {
            List<Object> oldValues = (List<Object>) old.eGet(feature);
            List<Object> newValues = (List<Object>) target.eGet(feature);
            List<ListAlignment.Step> steps = ListAlignment.align(oldValues, newValues, TextReconciler::same);
            // an item that moved is removed at its old place and added at the new one: it keeps its text
            List<Integer> removedIndexes = new ArrayList<>();
            steps.stream().filter(step -> step.newIndex() < 0).forEach(step -> removedIndexes.add(step.oldIndex()));
            Element lastKept = null;
            for (ListAlignment.Step step : steps) {
                if (step.isPaired()) {
                    Element child = children.get(step.oldIndex());
                    if (!step.equal()) {
                        update(child, oldValues.get(step.oldIndex()), newValues.get(step.newIndex()), feature);
                    }
                    lastKept = child;
                } else if (step.oldIndex() >= 0) {
                    remove(children.get(step.oldIndex()));
                } else {
                    Object value = newValues.get(step.newIndex());
                    Element moved = null;
                    for (Integer removedIndex : removedIndexes) {
                        if (same(oldValues.get(removedIndex), value)) {
                            moved = children.get(removedIndex);
                            removedIndexes.remove(removedIndex);
                            break;
                        }
                    }
                    Element source = moved;
                    insert(element, eClass, featureIndex, lastKept, source != null
                            ? indent -> text.substring(source.start(), source.end())
                            : renderer(feature, value, element.prefix()));
                }
            }
            return;
        }
        if (XmlFeatures.sameValue(old, target, feature)) {
            return;
        }
        Element child = children.isEmpty() ? null : children.get(0);
        boolean set = target.eIsSet(feature) && target.eGet(feature) != null;
        if (!set) {
            if (child != null) {
                remove(child);
            }
        } else if (child != null) {
            update(child, old.eGet(feature), target.eGet(feature), feature);
        } else {
            insert(element, eClass, featureIndex, null, renderer(feature, target.eGet(feature), element.prefix()));
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof EObject x && b instanceof EObject y) {
            return EcoreUtil.equals(x, y);
        }
        return a == null ? b == null : a.equals(b);
    }

    /** An element stays and gets new content: a value element its text, an object element its differences. */
    private void update(Element child, Object oldValue, Object newValue, EStructuralFeature feature) {
        if (feature instanceof EAttribute attribute) {
            replaceContent(child, XmlFeatures.escapeContent(XmlFeatures.toText(attribute, newValue)));
        } else if (oldValue == null) {
            // an element the old model did not load cannot be: the text loaded into it
            throw new IllegalArgumentException("no model object for " + child);
        } else {
            reconcileObject((EObject) oldValue, child, (EObject) newValue);
        }
    }

    private Function<String, String> renderer(EStructuralFeature feature, Object value, String prefix) {
        return indent -> ElementWriter.write(feature, value, prefix, indent, indentUnit, lineSeparator);
    }

    // ------------------------------------------------------------------------------------------- edits

    private void edit(int offset, int length, String replacement) {
        edits.add(new Pending(offset, length, replacement, edits.size()));
    }

    private void replaceContent(Element element, String content) {
        if (element.isSelfClosing()) {
            edit(element.selfCloseStart(), element.startTagEnd() - element.selfCloseStart(),
                    ">" + content + "</" + element.qName() + ">");
        } else {
            edit(element.startTagEnd(), element.contentEnd() - element.startTagEnd(), content);
        }
    }

    /** Removes an element; with its whole line when nothing else is on it. */
    private void remove(Element element) {
        removed.add(element);
        int lineStart = lineStart(element.start());
        int lineEnd = lineEnd(element.end());
        if (text.substring(lineStart, element.start()).isBlank() && text.substring(element.end(), lineEnd)
                .isBlank()) {
            int next = lineEnd;
            if (text.startsWith("\r\n", next)) {
                next += 2;
            } else if (next < text.length()) {
                next++;
            }
            edit(lineStart, next - lineStart, "");
        } else {
            edit(element.start(), element.end() - element.start(), "");
        }
    }

    private void insert(Element parent, EClass parentClass, int featureIndex, Element after,
            Function<String, String> render) {
        insertions.add(new Insertion(parent, parentClass, featureIndex, after, render, insertions.size()));
    }

    private List<TextChange> changes() {
        Map<Element, List<Insertion>> intoEmpty = new LinkedHashMap<>();
        for (Insertion insertion : insertions) {
            Element anchor = insertion.after() != null ? insertion.after()
                    : lastKeptBefore(insertion.parent(), insertion.parentClass(), insertion.featureIndex());
            if (anchor != null) {
                insertAfter(anchor, insertion);
                continue;
            }
            Element first = firstKept(insertion.parent());
            if (first != null) {
                insertBefore(first, insertion);
            } else {
                intoEmpty.computeIfAbsent(insertion.parent(), key -> new ArrayList<>()).add(insertion);
            }
        }
        intoEmpty.forEach(this::insertInto);
        List<Pending> sorted = new ArrayList<>(edits);
        // by offset; at one offset insertions before replacements, otherwise in the order they were made
        sorted.sort(Comparator.comparingInt(Pending::offset).thenComparing(p -> p.length() > 0)
                .thenComparingInt(Pending::sequence));
        List<TextChange> result = new ArrayList<>();
        int position = 0;
        for (Pending pending : sorted) {
            if (pending.offset() < position) {
                throw new IllegalArgumentException("overlapping edits at " + pending.offset());
            }
            result.add(new TextChange(pending.offset(), pending.length(), pending.text()));
            position = pending.offset() + pending.length();
        }
        return result;
    }

    private Element lastKeptBefore(Element parent, EClass parentClass, int featureIndex) {
        List<EStructuralFeature> features = XmlFeatures.of(parentClass);
        Element best = null;
        for (Element child : parent.children()) {
            if (removed.contains(child)) {
                continue;
            }
            int index = indexOf(features, child.localName());
            if (index >= 0 && index < featureIndex) {
                best = child;
            }
        }
        return best;
    }

    private static int indexOf(List<EStructuralFeature> features, String localName) {
        for (int i = 0; i < features.size(); i++) {
            if (XmlFeatures.xmlName(features.get(i)).equals(localName)) {
                return i;
            }
        }
        return -1;
    }

    private Element firstKept(Element parent) {
        for (Element child : parent.children()) {
            if (!removed.contains(child)) {
                return child;
            }
        }
        return null;
    }

    private void insertAfter(Element anchor, Insertion insertion) {
        int lineEnd = lineEnd(anchor.end());
        String indent = lineIndent(anchor);
        if (isBlankOrComments(text.substring(anchor.end(), lineEnd))) {
            String own = indent != null ? indent : childIndent(insertion.parent());
            edit(lineEnd, 0, lineSeparator + own + insertion.render().apply(own));
        } else {
            // several elements on one line: stay on it
            edit(anchor.end(), 0, insertion.render().apply(childIndent(insertion.parent())));
        }
    }

    private void insertBefore(Element first, Insertion insertion) {
        String indent = lineIndent(first);
        if (indent != null) {
            edit(lineStart(first.start()), 0, indent + insertion.render().apply(indent) + lineSeparator);
        } else {
            edit(first.start(), 0, insertion.render().apply(childIndent(insertion.parent())));
        }
    }

    /** Writes elements into a parent that keeps no child element: {@code <disk vdev="xvda"/>} gets a body. */
    private void insertInto(Element parent, List<Insertion> elements) {
        String parentIndent = lineIndent(parent);
        String childIndent = (parentIndent == null ? "" : parentIndent) + indentUnit;
        StringBuilder body = new StringBuilder();
        for (Insertion insertion : elements) {
            body.append(lineSeparator).append(childIndent).append(insertion.render().apply(childIndent));
        }
        if (parent.isSelfClosing()) {
            edit(parent.selfCloseStart(), parent.startTagEnd() - parent.selfCloseStart(), ">" + body + lineSeparator
                    + (parentIndent == null ? "" : parentIndent) + "</" + parent.qName() + ">");
            return;
        }
        int endTagLineStart = lineStart(parent.contentEnd());
        if (endTagLineStart > parent.startTagEnd() && text.substring(endTagLineStart, parent.contentEnd())
                .isBlank()) {
            // the end tag has its own line: the new lines go before it
            StringBuilder lines = new StringBuilder();
            for (Insertion insertion : elements) {
                lines.append(childIndent).append(insertion.render().apply(childIndent)).append(lineSeparator);
            }
            edit(endTagLineStart, 0, lines.toString());
        } else {
            edit(parent.contentEnd(), 0, body + lineSeparator + (parentIndent == null ? "" : parentIndent));
        }
    }

    // ------------------------------------------------------------------------------------------- layout

    private int lineStart(int offset) {
        int at = offset;
        while (at > 0 && text.charAt(at - 1) != '\n' && text.charAt(at - 1) != '\r') {
            at--;
        }
        return at;
    }

    private int lineEnd(int offset) {
        int at = offset;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    /** {@return the whitespace before an element that starts its line, or null when something else precedes it} */
    private String lineIndent(Element element) {
        String before = text.substring(lineStart(element.start()), element.start());
        return before.isBlank() ? before : null;
    }

    private String childIndent(Element parent) {
        for (Element child : parent.children()) {
            String indent = lineIndent(child);
            if (indent != null) {
                return indent;
            }
        }
        String parentIndent = lineIndent(parent);
        return (parentIndent == null ? "" : parentIndent) + indentUnit;
    }

    private static boolean isBlankOrComments(String rest) {
        String remaining = rest.strip();
        while (remaining.startsWith("<!--")) {
            int end = remaining.indexOf("-->");
            if (end < 0) {
                return false;
            }
            remaining = remaining.substring(end + 3).strip();
        }
        return remaining.isEmpty();
    }

    private String detectIndentUnit(Element root) {
        String rootIndent = lineIndent(root);
        for (Element child : root.children()) {
            String indent = lineIndent(child);
            if (indent != null && rootIndent != null && indent.length() > rootIndent.length()
                    && indent.startsWith(rootIndent)) {
                return indent.substring(rootIndent.length());
            }
        }
        return "  ";
    }
}
