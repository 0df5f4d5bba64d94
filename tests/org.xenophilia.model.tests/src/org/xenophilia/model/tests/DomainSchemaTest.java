package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What domain.xsd promises its readers: every declaration carries documentation (the editor and the generated model's
 * Javadoc show it), and every simple type restricts its values with real facets.
 */
class DomainSchemaTest {

    private static Document schema() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(TestData.schemaFile().toFile());
    }

    private static List<Element> declarations(Document schema, String kind) {
        List<Element> result = new ArrayList<>();
        NodeList all = schema.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, kind);
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    private static List<Element> children(Element parent, String kind) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(e.getNamespaceURI())
                    && kind.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String documentation(Element declaration) {
        StringBuilder text = new StringBuilder();
        for (Element annotation : children(declaration, "annotation")) {
            for (Element documentation : children(annotation, "documentation")) {
                text.append(documentation.getTextContent());
            }
        }
        return text.toString().strip();
    }

    /** Where a declaration is, for the failure message: its kind, its name and the names around it. */
    private static String where(Element e) {
        StringBuilder path = new StringBuilder();
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("name")) {
                path.insert(0, "/" + el.getLocalName() + "[" + el.getAttribute("name") + "]");
            }
        }
        return path.toString();
    }

    @Test
    void everyElementAttributeAndTypeIsDocumented() throws Exception {
        Document schema = schema();
        Map<String, String> undocumented = new TreeMap<>();
        int declarations = 0;
        for (String kind : List.of("element", "attribute", "complexType", "simpleType")) {
            for (Element e : declarations(schema, kind)) {
                if (!e.hasAttribute("name")) {
                    continue; // anonymous types are documented by their element
                }
                declarations++;
                if (documentation(e).length() < 10) {
                    undocumented.put(where(e), documentation(e));
                }
            }
        }
        assertEquals(Map.of(), undocumented, "declarations without xs:annotation/xs:documentation");
        assertTrue(declarations > 90, "the schema's declarations were found: " + declarations);
    }

    @Test
    void everySimpleTypeRestrictsItsValuesWithFacets() throws Exception {
        Map<String, String> loose = new TreeMap<>();
        for (Element type : declarations(schema(), "simpleType")) {
            List<Element> restrictions = children(type, "restriction");
            long facets = restrictions.isEmpty() ? 0
                    : children(restrictions.get(0), "enumeration").size()
                            + children(restrictions.get(0), "pattern").size()
                            + children(restrictions.get(0), "minInclusive").size()
                            + children(restrictions.get(0), "minExclusive").size()
                            + children(restrictions.get(0), "maxInclusive").size()
                            + children(restrictions.get(0), "minLength").size()
                            + children(restrictions.get(0), "maxLength").size();
            if (facets == 0) {
                loose.put(where(type), "no facet");
            }
        }
        assertEquals(Map.of(), loose);
    }
}
