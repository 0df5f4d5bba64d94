package org.xenophilia.model.internal.xml;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;
import org.xenophilia.model.SourceLocation;

/**
 * A definition resource with a hardened loader: no DTDs or entities, no external fetches (schema locations are
 * ignored, only the format's and XML type namespaces are known), no proxies ({@code href}); and with the source
 * location of every loaded object and value recorded (see {@link SourceLocations}).
 */
final class SecureXmlResource extends XMLResourceImpl {

    private final DefinitionFormat format;
    private final Map<Resource.Diagnostic, LoadErrorContext> errorContexts = new IdentityHashMap<>();
    private Supplier<SourceLocation> parserPosition = () -> null;

    /**
     * Creates a resource with the load and save defaults of definitions.
     *
     * @param uri the resource URI (only used in messages; nothing is resolved against it)
     * @param format the definition format it holds
     */
    SecureXmlResource(URI uri, DefinitionFormat format) {
        super(uri);
        this.format = format;
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
        // No "href" proxies: with the encoded attribute style href is just an (unknown) attribute.
        load.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        // EMF's "new methods": a namespace-aware parser, encoding taken from the XML declaration by the parser.
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        getDefaultSaveOptions().putAll(CanonicalXml.saveOptions());
        setEncoding(CanonicalXml.ENCODING);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new SecureXmlLoad(createXMLHelper(), this);
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    DefinitionFormat format() {
        return format;
    }

    void parserPosition(Supplier<SourceLocation> position) {
        this.parserPosition = position;
    }

    /** {@return where the XML parser is, or stopped (for a failure it reports without a place); null before a load} */
    SourceLocation parserPosition() {
        return parserPosition.get();
    }

    void recordErrorContext(Resource.Diagnostic error, LoadErrorContext context) {
        errorContexts.put(error, context);
    }

    /** {@return what the loader knew when it reported an error, or null when it came from the XML parser itself} */
    LoadErrorContext errorContext(Resource.Diagnostic error) {
        return errorContexts.get(error);
    }
}
