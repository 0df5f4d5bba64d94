package org.xenophilia.model.internal.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMLHandler;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.xenophilia.model.SourceLocation;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * EMF's XML loader with a hardened SAX parser and a handler that records source locations and refuses to look up
 * anything outside the resource set's own package registry.
 */
final class SecureXmlLoad extends XMLLoadImpl {

    private final SecureXmlResource definitionResource;

    SecureXmlLoad(XMLHelper helper, SecureXmlResource resource) {
        super(helper);
        this.definitionResource = resource;
    }

    /**
     * The JDK's own parser (not whatever a classpath provides), with DTDs refused outright: no internal or external
     * entities can be declared, so neither XXE nor entity expansion ("billion laughs") is possible.
     */
    @Override
    protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new LocatingHandler(resource, helper, options, definitionResource);
    }

    /** Records locations; restricts namespaces to the registered packages; ignores schema locations. */
    private static final class LocatingHandler extends SAXXMLHandler {

        private final SecureXmlResource definitionResource;
        private final Deque<SourceLocation> elementStarts = new ArrayDeque<>();
        private Boolean reportingUnknownElement;
        private int currentValueIndex = -1;

        LocatingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options,
                SecureXmlResource definitionResource) {
            super(resource, helper, options);
            this.definitionResource = definitionResource;
            definitionResource.parserPosition(() -> getLineNumber() > 0 ? here() : null);
        }

        private SourceLocation here() {
            return new SourceLocation(getLineNumber(), getColumnNumber());
        }

        @Override
        public void startElement(String uri, String localName, String name) {
            elementStarts.push(here());
            super.startElement(uri, localName, name);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            super.endElement(uri, localName, name);
            elementStarts.pop();
        }

        @Override
        protected void handleObjectAttribs(EObject object) {
            SourceLocations.demand(object).setElement(elementStarts.peek());
            super.handleObjectAttribs(object);
        }

        @Override
        protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
            SourceLocations locations = SourceLocations.demand(object);
            SourceLocation previous = locations.firstOf(feature);
            int index = locations.addFeatureValue(feature, elementStarts.peek());
            if (!feature.isMany() && previous != null && isDefinitionFeature(feature)) {
                error(new RepeatedSettingException(object, feature, previous, getLocation(), getLineNumber(),
                        getColumnNumber()));
                return;
            }
            currentValueIndex = feature.isMany() ? index : -1;
            try {
                super.setFeatureValue(object, feature, value, position);
            } finally {
                currentValueIndex = -1;
            }
        }

        /** A setting of the definition's model (not of the XML type package, not the document root's). */
        private boolean isDefinitionFeature(EStructuralFeature feature) {
            return feature.getEContainingClass().getEPackage() == definitionResource.format().ePackage()
                    && feature.getEContainingClass() != definitionResource.format().documentRoot();
        }

        @Override
        protected void reportUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject,
                String value) {
            reportingUnknownElement = isElement;
            try {
                super.reportUnknownFeature(prefix, name, isElement, peekObject, value);
            } finally {
                reportingUnknownElement = null;
            }
        }

        @Override
        public void error(XMIException exception) {
            definitionResource.recordErrorContext(exception,
                    new LoadErrorContext(elementStarts.peek(), reportingUnknownElement, currentValueIndex));
            super.error(exception);
        }

        @Override
        public void fatalError(XMIException exception) {
            definitionResource.recordErrorContext(exception, new LoadErrorContext(null, null, -1));
            super.fatalError(exception);
        }

        /** Only the packages of the resource set's own registry: never load a package from a URI. */
        @Override
        protected EPackage getPackageForURI(String uriString) {
            if (uriString == null) {
                return null;
            }
            EPackage ePackage = extendedMetaData != null ? extendedMetaData.getPackage(uriString)
                    : packageRegistry.getEPackage(uriString);
            if (ePackage == null) {
                error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
            }
            return ePackage;
        }

        @Override
        protected void handleXSISchemaLocation(String schemaLocations) {
            // ignored: a document never makes us fetch a schema
        }

        @Override
        protected void handleXSINoNamespaceSchemaLocation(String noNamespaceSchemaLocation) {
            // ignored: a document never makes us fetch a schema
        }
    }
}
