package org.xenophilia.network;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.NetworkProblem.Severity;
import org.xenophilia.network.definition.DocumentRoot;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.network.definition.NetworkPackage;
import org.xenophilia.network.internal.CanonicalXml;
import org.xenophilia.network.internal.LoadProblems;
import org.xenophilia.network.internal.ModelText;
import org.xenophilia.network.internal.SecureNetworkResource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Loads and saves network definitions: XML documents of {@code model/network.xsd}, root element
 * {@code <network xmlns="http://xenophilia.org/schema/network/1.0">}.
 * <p>
 * Loading is strict and safe: DTDs are refused (so no entity expansion and no external entities), nothing is ever
 * fetched (schema locations are ignored, only the network namespace is known), documents are limited to
 * {@value #MAX_DOCUMENT_BYTES} bytes, and a document is accepted only when it is valid against the schema. Every
 * problem is reported with its line and column in a {@link NetworkDefinitionException}. The rules are not applied by
 * loading; run {@link NetworkDefinitionValidator#validate(Network)} (or, against the node,
 * {@link NetworkDefinitionValidator#validate(Network, NetworkContext)}) on the result.
 * <p>
 * Saving writes the canonical form: UTF-8, "\n" line ends, two-space indentation, elements in schema order, the
 * network namespace as default namespace, no schema location. Loading a canonical document and saving it again gives
 * the same bytes.
 * <p>
 * Works on a plain classpath (the Agent) as well as under OSGi: the package and the resource factory are registered
 * in code, per call, in a private resource set. All methods are thread-safe.
 */
public final class NetworkDefinitions {

    /** The namespace of network definition documents. */
    public static final String NAMESPACE = NetworkPackage.eNS_URI;

    /** The largest document {@link #load(InputStream)} accepts, in bytes (1 MiB: thousands of leases). */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    private static final URI DEFAULT_URI = URI.createURI("network.xml");

    private NetworkDefinitions() {
    }

    /**
     * Loads a network definition from a stream. The stream is read to the end but not closed.
     *
     * @param in the XML document; its encoding is taken from the XML declaration (UTF-8 by default)
     * @return the network; {@code eResource()} is the resource it was loaded into
     * @throws NetworkDefinitionException when the document is not a valid network definition
     * @throws IOException when the stream cannot be read
     */
    public static Network load(InputStream in) throws IOException, NetworkDefinitionException {
        Objects.requireNonNull(in, "in");
        return load(DEFAULT_URI, resource -> resource.load(new LimitedInputStream(in), loadOptions(resource)));
    }

    /**
     * Loads a network definition from text.
     *
     * @param xml the XML document
     * @return the network
     * @throws NetworkDefinitionException when the text is not a valid network definition
     */
    public static Network load(String xml) throws NetworkDefinitionException {
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        try {
            return load(DEFAULT_URI, resource -> resource.load(new InputSource(new StringReader(xml)),
                    loadOptions(resource)));
        } catch (IOException e) {
            // a StringReader does not fail; anything else was turned into problems
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads a network definition from a file.
     *
     * @param file the XML document
     * @return the network
     * @throws NetworkDefinitionException when the file is not a valid network definition
     * @throws IOException when the file cannot be read
     */
    public static Network load(Path file) throws IOException, NetworkDefinitionException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(URI.createFileURI(file.toAbsolutePath().toString()),
                    resource -> resource.load(new LimitedInputStream(in), loadOptions(resource)));
        }
    }

    /**
     * Writes a network in canonical form. The network itself is not changed (a copy is saved), so a network being
     * edited can be saved at any time. Values are written as they are; call
     * {@link NetworkDefinitionValidator#validate(Network)} first to make sure the result loads again.
     *
     * @param network the network
     * @param out receives UTF-8 XML; not closed
     * @throws IOException when writing fails
     */
    public static void save(Network network, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        canonicalResource(network).save(out, CanonicalXml.saveOptions());
        // EMF ends the document without a line end; a text file ends with one.
        out.write('\n');
    }

    /**
     * Returns the canonical XML of a network.
     *
     * @param network the network
     * @return the XML document
     */
    public static String toXml(Network network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            save(network, bytes);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a network in canonical form to a file, atomically: readers see either the old or the new content, never a
     * partial file ({@link AtomicFiles#writeDocument}: an existing file keeps its permissions).
     *
     * @param network the network
     * @param file the target file
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void save(Network network, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        save(network, bytes);
        AtomicFiles.writeDocument(file, bytes.toByteArray());
    }

    /**
     * Returns a resource factory creating network definition resources with the same safe loading and canonical
     * saving options as this class, for EMF code that works with resource sets (e.g. an editing domain). Register it
     * for the file extension or content type of your choice.
     *
     * @return a new factory
     */
    public static Resource.Factory resourceFactory() {
        NetworkPackage.eINSTANCE.eClass();
        return SecureNetworkResource::new;
    }

    // ------------------------------------------------------------------------------------------- internals

    @FunctionalInterface
    private interface LoadAction {
        void load(SecureNetworkResource resource) throws IOException;
    }

    private static Network load(URI uri, LoadAction action) throws IOException, NetworkDefinitionException {
        SecureNetworkResource resource = new SecureNetworkResource(uri);
        newResourceSet().getResources().add(resource);
        try {
            action.load(resource);
        } catch (IOException e) {
            if (cause(e, DocumentTooLargeException.class) != null) {
                throw tooLarge();
            }
            // The document's own fault, not the stream's: a problem at its line like any other. An encoding the XML
            // declaration names that Java lacks; a parser failure that is not a parse error with a place (the JDK's
            // Xerces throws "Scanner State 24 not Recognized" for a DOCTYPE inside an element).
            UnsupportedEncodingException encoding = cause(e, UnsupportedEncodingException.class);
            if (encoding != null) {
                throw new NetworkDefinitionException(List.of(unknownEncoding(encoding.getMessage())));
            }
            SAXException parser = cause(e, SAXException.class);
            if (parser != null && resource.getErrors().isEmpty()) {
                throw new NetworkDefinitionException(List.of(LoadProblems.parserFailure(parser.getMessage(),
                        resource.parserPosition())));
            }
            if (resource.getErrors().isEmpty()) {
                throw e;
            }
        }
        List<EObject> contents = resource.getContents();
        Network network = !contents.isEmpty() && contents.get(0) instanceof DocumentRoot root ? root.getNetwork()
                : null;
        List<NetworkProblem> problems = new ArrayList<>(LoadProblems.of(resource));
        if (network == null) {
            if (problems.isEmpty()) {
                problems.add(new NetworkProblem(Severity.ERROR, NetworkRule.ROOT_ELEMENT, "", null,
                        "the document has no <network> element", 0, 0));
            }
        } else {
            // Report the schema problems of what did load too, except for fields that failed to load already.
            Set<String> failed = new HashSet<>();
            problems.forEach(problem -> failed.add(problem.path()));
            for (NetworkProblem problem : NetworkDefinitionValidator.validateSchema(network)) {
                if (!failed.contains(problem.path())) {
                    problems.add(problem);
                }
            }
        }
        if (NetworkDefinitionValidator.hasErrors(problems)) {
            problems.sort(Comparator.comparingInt(NetworkProblem::line));
            throw new NetworkDefinitionException(problems);
        }
        return network;
    }

    private static Map<Object, Object> loadOptions(SecureNetworkResource resource) {
        return resource.getDefaultLoadOptions();
    }

    private static Resource canonicalResource(Network network) {
        Objects.requireNonNull(network, "network");
        DocumentRoot root = NetworkFactory.eINSTANCE.createDocumentRoot();
        root.getXMLNSPrefixMap().put("", NAMESPACE);
        root.setNetwork(EcoreUtil.copy(network));
        SecureNetworkResource resource = new SecureNetworkResource(DEFAULT_URI);
        newResourceSet().getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    /**
     * A resource set that knows only the network and XML type packages and cannot open any URI: whatever a document
     * refers to is never fetched. For loaders of network XML other than {@link #load(String)} (e.g. an editor's
     * lenient one), so that they are as closed as it is.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        EPackageRegistryImpl packages = new EPackageRegistryImpl();
        packages.put(NAMESPACE, NetworkPackage.eINSTANCE);
        packages.put(XMLTypePackage.eNS_URI, XMLTypePackage.eINSTANCE);
        resourceSet.setPackageRegistry(packages);
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.<URIHandler>of(new RefusingURIHandler()),
                List.of()));
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, resourceFactory());
        return resourceSet;
    }

    /** @return the first exception of that type in the chain of causes of {@code e}, {@code e} included, or null */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static NetworkProblem unknownEncoding(String name) {
        return new NetworkProblem(Severity.ERROR, NetworkRule.XML_SYNTAX, "", name, "the document declares the "
                + "encoding " + ModelText.quote(name) + ", which is not supported: write it in UTF-8", 1, 1);
    }

    private static NetworkDefinitionException tooLarge() {
        return new NetworkDefinitionException(List.of(new NetworkProblem(Severity.ERROR, NetworkRule.SIZE_LIMIT, "",
                null, "the document is larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024)
                        + " MiB, the limit for a network definition", 0, 0)));
    }

    /** Opens nothing: a network definition never makes the loader read another file or URL. */
    private static final class RefusingURIHandler extends URIHandlerImpl {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("network definitions do not load other resources: " + uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("network definitions do not write other resources: " + uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    }

    private static final class DocumentTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        DocumentTooLargeException() {
            super("document larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
    }

    /** Fails the read once more than {@link #MAX_DOCUMENT_BYTES} bytes have been read. */
    private static final class LimitedInputStream extends FilterInputStream {
        private long count;

        LimitedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }

        private void count(int n) throws DocumentTooLargeException {
            count += n;
            if (count > MAX_DOCUMENT_BYTES) {
                throw new DocumentTooLargeException();
            }
        }
    }
}
