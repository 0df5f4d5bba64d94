package org.xenophilia.model.edit.internal;

import java.io.IOException;
import java.io.StringReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xenophilia.domain.DocumentRoot;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;
import org.xml.sax.InputSource;

/**
 * Loads the XML text of an editor into a model the way an editor needs it: everything the model can hold is
 * accepted, including values outside the schema's facets (memory 0, a malformed MAC address) and missing required
 * settings, which the validator then reports beside their fields like the same mistake made on a form. What the model
 * cannot hold — text that is not well-formed, a DOCTYPE, an unknown element, a number that is not a number, a
 * repeated setting — is a parse error, reported with the strict loader's messages and line:column
 * ({@link DomainDefinitions#load(String)}).
 * <p>
 * Same safety as the strict loader: the same hardened resource (no DTD, no entities), a resource set that knows only
 * the domain and XML type namespaces and opens no URI, and the same size limit.
 */
public final class EditableLoad {

    private static final URI URI_IN_MESSAGES = URI.createURI("domain.xml");

    private EditableLoad() {
    }

    /**
     * Loads XML text.
     *
     * @param text the XML document
     * @return a new domain, not contained in any resource
     * @throws DomainDefinitionException when the text cannot be held by the model
     */
    public static Domain load(String text) throws DomainDefinitionException {
        if (text.length() <= DomainDefinitions.MAX_DOCUMENT_BYTES) {
            Domain loaded = tryLoad(text);
            if (loaded != null) {
                return loaded;
            }
        }
        // the strict loader names every problem with its line; it fails on the same text
        Domain strict = DomainDefinitions.load(text);
        return EcoreUtil.copy(strict);
    }

    private static Domain tryLoad(String text) {
        XMLResource resource = (XMLResource) DomainDefinitions.resourceFactory().createResource(URI_IN_MESSAGES);
        // the strict loader's closed resource set: no URI a document names is ever opened
        DomainDefinitions.newResourceSet().getResources().add(resource);
        try {
            resource.load(new InputSource(new StringReader(text)), resource.getDefaultLoadOptions());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
            return null;
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof DocumentRoot documentRoot) || documentRoot.getDomain() == null) {
            return null;
        }
        return EcoreUtil.copy(documentRoot.getDomain());
    }
}
