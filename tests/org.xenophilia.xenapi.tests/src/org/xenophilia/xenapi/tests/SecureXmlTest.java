package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class SecureXmlTest {

    private static int countElements(String xml) throws Exception {
        XMLReader r = SecureXml.newXMLReader();
        int[] n = {0};
        r.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                n[0]++;
            }
        });
        r.parse(new InputSource(new StringReader(xml)));
        return n[0];
    }

    @Test
    void plainXmlRpcParses() throws Exception {
        assertEquals(3, countElements("<?xml version=\"1.0\"?><methodCall><methodName>x</methodName>"
                + "<params/></methodCall>"));
    }

    @Test
    void anyDoctypeIsRefused() {
        SAXParseException e = assertThrows(SAXParseException.class, () -> countElements(
                "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY e \"x\">]><methodCall><methodName>&e;</methodName>"
                        + "</methodCall>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertThrows(SAXParseException.class, () -> countElements(
                "<!DOCTYPE m SYSTEM \"file:///etc/passwd\"><methodCall/>"));
    }

    @Test
    void errorsAreThrownNotPrinted() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            assertThrows(SAXParseException.class, () -> countElements("<a></a>trailing"));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString());
    }

    /**
     * Why {@link SecureXml} exists: the XML-RPC fork's own reader ({@code SAXParsers}) turns off external entities
     * and external DTD loading, but still accepts a DOCTYPE and expands internal entities.
     */
    @Test
    void theForksOwnReaderStillExpandsInternalEntities() throws Exception {
        XMLReader fork = org.apache.xmlrpc.util.SAXParsers.newXMLReader();
        StringBuilder text = new StringBuilder();
        fork.setContentHandler(new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }
        });
        fork.parse(new InputSource(new StringReader("<!DOCTYPE m [<!ENTITY e \"expanded\">]><m>&e;</m>")));
        assertEquals("expanded", text.toString());
    }
}
