package org.xenophilia.model.edit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lexical map of an XML text: every element with the offsets of its start tag, attributes, content and end tag,
 * so that one element or attribute can be rewritten without touching the rest of the text (comments, whitespace,
 * quoting, attribute order). Only for text that an XML parser has accepted already: it checks nothing and throws
 * {@link IllegalArgumentException} on text it cannot follow.
 */
public final class XmlSourceTree {

    /** One attribute: {@code name="value"} with the offsets of each part. */
    public record Attribute(String name, int start, int nameStart, int valueStart, int valueEnd, char quote) {

        /** {@return the offset just after the closing quote} */
        public int end() {
            return valueEnd + 1;
        }
    }

    /** One element. Offsets are character offsets in the text; {@code end} is exclusive. */
    public static final class Element {
        private final Element parent;
        private final String qName;
        private final int start;
        private final List<Attribute> attributes = new ArrayList<>();
        private final List<Element> children = new ArrayList<>();
        private int startTagEnd;
        private int selfCloseStart = -1;
        private int contentEnd;
        private int end;

        Element(Element parent, String qName, int start) {
            this.parent = parent;
            this.qName = qName;
            this.start = start;
        }

        /** {@return the enclosing element, or null for the root} */
        public Element parent() {
            return parent;
        }

        /** {@return the name as written, with its prefix} */
        public String qName() {
            return qName;
        }

        /** {@return the name without prefix} */
        public String localName() {
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }

        /** {@return the prefix with its colon ("d:"), or "" for an unprefixed name} */
        public String prefix() {
            int colon = qName.indexOf(':');
            return colon < 0 ? "" : qName.substring(0, colon + 1);
        }

        /** {@return the offset of the opening '<'} */
        public int start() {
            return start;
        }

        /** {@return the offset just after the start tag's '>'} */
        public int startTagEnd() {
            return startTagEnd;
        }

        /** {@return whether the element is written {@code <x/>}} */
        public boolean isSelfClosing() {
            return selfCloseStart >= 0;
        }

        /** {@return for {@code <x a="1" />}: the offset of the '/', else -1} */
        public int selfCloseStart() {
            return selfCloseStart;
        }

        /** {@return the offset of the end tag's '<' (for a self-closing element: {@link #end()})} */
        public int contentEnd() {
            return contentEnd;
        }

        /** {@return the offset just after the element} */
        public int end() {
            return end;
        }

        /** {@return the attributes in document order} */
        public List<Attribute> attributes() {
            return Collections.unmodifiableList(attributes);
        }

        /** {@return the attribute of that name, or null} */
        public Attribute attribute(String name) {
            for (Attribute attribute : attributes) {
                if (attribute.name().equals(name)) {
                    return attribute;
                }
            }
            return null;
        }

        /** {@return the child elements in document order} */
        public List<Element> children() {
            return Collections.unmodifiableList(children);
        }

        /** {@return the child elements of a local name, in document order} */
        public List<Element> children(String localName) {
            List<Element> result = new ArrayList<>();
            for (Element child : children) {
                if (child.localName().equals(localName)) {
                    result.add(child);
                }
            }
            return result;
        }

        @Override
        public String toString() {
            return "<" + qName + ">@" + start;
        }
    }

    private final String text;
    private final Element root;

    private XmlSourceTree(String text, Element root) {
        this.text = text;
        this.root = root;
    }

    /** {@return the text this tree maps} */
    public String text() {
        return text;
    }

    /** {@return the document element} */
    public Element root() {
        return root;
    }

    /**
     * Maps a well-formed XML text.
     *
     * @param text the text
     * @return its tree
     * @throws IllegalArgumentException when the text is not well-formed enough to be followed
     */
    public static XmlSourceTree scan(String text) {
        Element root = null;
        Element current = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (text.startsWith("<?", lt)) {
                i = after(text, "?>", lt);
            } else if (text.startsWith("<!--", lt)) {
                i = after(text, "-->", lt + 4);
            } else if (text.startsWith("<![CDATA[", lt)) {
                i = after(text, "]]>", lt);
            } else if (text.startsWith("<!", lt)) {
                i = after(text, ">", lt);
            } else if (text.startsWith("</", lt)) {
                if (current == null) {
                    throw new IllegalArgumentException("end tag without start tag at " + lt);
                }
                current.contentEnd = lt;
                current.end = after(text, ">", lt);
                i = current.end;
                current = current.parent;
            } else {
                int p = lt + 1;
                int nameStart = p;
                while (p < n && !isSpace(text.charAt(p)) && text.charAt(p) != '>' && text.charAt(p) != '/') {
                    p++;
                }
                Element element = new Element(current, text.substring(nameStart, p), lt);
                while (true) {
                    int attributeStart = p;
                    while (p < n && isSpace(text.charAt(p))) {
                        p++;
                    }
                    if (p >= n) {
                        throw new IllegalArgumentException("unterminated start tag at " + lt);
                    }
                    char c = text.charAt(p);
                    if (c == '>') {
                        element.startTagEnd = p + 1;
                        break;
                    }
                    if (c == '/') {
                        element.selfCloseStart = p;
                        element.startTagEnd = after(text, ">", p);
                        break;
                    }
                    int attributeNameStart = p;
                    while (p < n && text.charAt(p) != '=' && !isSpace(text.charAt(p))) {
                        p++;
                    }
                    String name = text.substring(attributeNameStart, p);
                    while (p < n && text.charAt(p) != '"' && text.charAt(p) != '\'') {
                        p++;
                    }
                    if (p >= n) {
                        throw new IllegalArgumentException("attribute without value at " + attributeNameStart);
                    }
                    char quote = text.charAt(p);
                    int valueStart = p + 1;
                    int valueEnd = text.indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        throw new IllegalArgumentException("unterminated attribute value at " + valueStart);
                    }
                    element.attributes.add(new Attribute(name, attributeStart, attributeNameStart, valueStart,
                            valueEnd, quote));
                    p = valueEnd + 1;
                }
                if (current != null) {
                    current.children.add(element);
                } else if (root == null) {
                    root = element;
                } else {
                    throw new IllegalArgumentException("second document element at " + lt);
                }
                if (element.isSelfClosing()) {
                    element.contentEnd = element.startTagEnd;
                    element.end = element.startTagEnd;
                } else {
                    current = element;
                }
                i = element.startTagEnd;
            }
        }
        if (root == null || current != null) {
            throw new IllegalArgumentException("no complete document element");
        }
        return new XmlSourceTree(text, root);
    }

    private static int after(String text, String terminator, int from) {
        int at = text.indexOf(terminator, from);
        if (at < 0) {
            throw new IllegalArgumentException("missing " + terminator + " after " + from);
        }
        return at + terminator.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
