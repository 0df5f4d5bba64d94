package org.xenophilia.xenapi;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * SAX readers for XML-RPC messages that refuse document type declarations outright. XML-RPC has no use for a DTD,
 * and refusing the {@code <!DOCTYPE} itself rules out external entities (XXE) and entity expansion bombs before any
 * entity is read. Used by both the client (for responses) and the Agent (for requests) instead of the XML-RPC
 * library's shared factory, which only disables external entities.
 */
public final class SecureXml {

    private static final SAXParserFactory FACTORY = newFactory();

    private SecureXml() {
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            // Without these guarantees no XML may be parsed at all.
            throw new IllegalStateException("the JDK's SAX parser cannot be hardened: " + e.getMessage(), e);
        }
        return f;
    }

    /**
     * @return a new namespace-aware, non-validating reader that fails on any {@code <!DOCTYPE>}, and reports errors
     *         only by throwing (the JDK's default prints them to standard error as well)
     * @throws SAXException if the JDK cannot create a reader
     */
    public static XMLReader newXMLReader() throws SAXException {
        XMLReader reader;
        try {
            synchronized (FACTORY) {
                reader = FACTORY.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // not an error
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return reader;
    }
}
