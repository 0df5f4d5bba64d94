package org.xenophilia.network.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xenophilia.network.definition.util.NetworkResourceImpl;

/**
 * The network definition resource with a hardened loader: no DTDs or entities, no external fetches (schema locations
 * are ignored, only the network and XML type namespaces are known), no proxies ({@code href}); and with the source
 * location of every loaded object and value recorded (see {@link SourceLocations}).
 */
public final class SecureNetworkResource extends NetworkResourceImpl {

    private final Map<Resource.Diagnostic, LoadErrorContext> errorContexts = new IdentityHashMap<>();
    private Supplier<Location> parserPosition = () -> null;

    /**
     * Creates a resource with the network's load and save defaults.
     *
     * @param uri the resource URI (only used in messages; nothing is resolved against it)
     */
    public SecureNetworkResource(URI uri) {
        super(uri);
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
        return new SecureNetworkLoad(createXMLHelper(), this);
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    void parserPosition(Supplier<Location> position) {
        this.parserPosition = position;
    }

    /**
     * Returns where the XML parser is, or stopped: for a failure it reports without a place.
     *
     * @return the line and column, or null if no load started
     */
    public Location parserPosition() {
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
