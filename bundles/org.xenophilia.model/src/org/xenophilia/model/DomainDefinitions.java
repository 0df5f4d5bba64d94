package org.xenophilia.model;

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
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xenophilia.domain.DocumentRoot;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.DomainProblem.Severity;
import org.xenophilia.model.internal.CanonicalXml;
import org.xenophilia.model.internal.LoadProblems;
import org.xenophilia.model.internal.ModelText;
import org.xenophilia.model.internal.SecureDomainResource;
import org.xenophilia.model.internal.SourceLocations;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Loads and saves domain definitions: XML documents of {@code model/domain.xsd}, root element
 * {@code <domain xmlns="http://xenophilia.org/schema/domain/1.0">}.
 * <p>
 * Loading is strict and safe: DTDs are refused (so no entity expansion and no external entities), nothing is ever
 * fetched (schema locations are ignored, only the domain namespace is known), documents are limited to
 * {@value #MAX_DOCUMENT_BYTES} bytes, and a document is accepted only when it is valid against the schema. Every
 * problem is reported with its line and column in a {@link DomainDefinitionException}. The cross-field rules are not
 * applied by loading; run {@link DomainDefinitionValidator#validate(Domain)} on the result.
 * <p>
 * Saving writes the canonical form: UTF-8, "\n" line ends, two-space indentation, elements in schema order, the
 * domain namespace as default namespace, no schema location. Loading a canonical document and saving it again gives
 * the same bytes.
 * <p>
 * Works on a plain classpath (the Agent) as well as under OSGi: the package and the resource factory are registered
 * in code, per call, in a private resource set. All methods are thread-safe.
 */
public final class DomainDefinitions {

    /** The namespace of domain definition documents. */
    public static final String NAMESPACE = DomainPackage.eNS_URI;

    /** The largest document {@link #load(InputStream)} accepts, in bytes (4 MiB). */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private static final URI DEFAULT_URI = URI.createURI("domain.xml");

    private DomainDefinitions() {
    }

    /**
     * Loads a domain definition from a stream. The stream is read to the end but not closed.
     *
     * @param in the XML document; its encoding is taken from the XML declaration (UTF-8 by default)
     * @return the domain; {@code eResource()} is the resource it was loaded into
     * @throws DomainDefinitionException when the document is not a valid domain definition
     * @throws IOException when the stream cannot be read
     */
    public static Domain load(InputStream in) throws IOException, DomainDefinitionException {
        Objects.requireNonNull(in, "in");
        return load(DEFAULT_URI, resource -> resource.load(new LimitedInputStream(in), loadOptions(resource)));
    }

    /**
     * Loads a domain definition from text.
     *
     * @param xml the XML document
     * @return the domain
     * @throws DomainDefinitionException when the text is not a valid domain definition
     */
    public static Domain load(String xml) throws DomainDefinitionException {
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
     * Loads a domain definition from a file.
     *
     * @param file the XML document
     * @return the domain
     * @throws DomainDefinitionException when the file is not a valid domain definition
     * @throws IOException when the file cannot be read
     */
    public static Domain load(Path file) throws IOException, DomainDefinitionException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(URI.createFileURI(file.toAbsolutePath().toString()),
                    resource -> resource.load(new LimitedInputStream(in), loadOptions(resource)));
        }
    }

    /**
     * Writes a domain in canonical form. The domain itself is not changed (a copy is saved), so a domain being
     * edited can be saved at any time. Values are written as they are; call
     * {@link DomainDefinitionValidator#validate(Domain)} first to make sure the result loads again.
     *
     * @param domain the domain
     * @param out receives UTF-8 XML; not closed
     * @throws IOException when writing fails
     */
    public static void save(Domain domain, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        canonicalResource(domain).save(out, CanonicalXml.saveOptions());
        // EMF ends the document without a line end; a text file ends with one.
        out.write('\n');
    }

    /**
     * Returns the canonical XML of a domain.
     *
     * @param domain the domain
     * @return the XML document
     */
    public static String toXml(Domain domain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            save(domain, bytes);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a domain in canonical form to a file, atomically: readers see either the old or the new content, never a
     * partial file ({@link AtomicFiles#writeDocument}: an existing file keeps its permissions).
     *
     * @param domain the domain
     * @param file the target file
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void save(Domain domain, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        save(domain, bytes);
        AtomicFiles.writeDocument(file, bytes.toByteArray());
    }

    /**
     * Returns where a field of a loaded domain was written in the XML text.
     *
     * @param object an object of a loaded domain (the domain, a disk, ...)
     * @param feature one of its features, or null for the object's element
     * @return the location, or null when the object was not loaded from XML (e.g. added later)
     */
    public static SourceLocation locationOf(EObject object, EStructuralFeature feature) {
        return SourceLocations.of(object, feature, -1);
    }

    /**
     * Returns a resource factory creating domain definition resources with the same safe loading and canonical
     * saving options as this class, for EMF code that works with resource sets (e.g. an editing domain). Register it
     * for the file extension or content type of your choice.
     *
     * @return a new factory
     */
    public static Resource.Factory resourceFactory() {
        DomainPackage.eINSTANCE.eClass();
        return SecureDomainResource::new;
    }

    // ------------------------------------------------------------------------------------------- internals

    @FunctionalInterface
    private interface LoadAction {
        void load(SecureDomainResource resource) throws IOException;
    }

    private static Domain load(URI uri, LoadAction action) throws IOException, DomainDefinitionException {
        SecureDomainResource resource = new SecureDomainResource(uri);
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
                throw new DomainDefinitionException(List.of(unknownEncoding(encoding.getMessage())));
            }
            SAXException parser = cause(e, SAXException.class);
            if (parser != null && resource.getErrors().isEmpty()) {
                throw new DomainDefinitionException(List.of(LoadProblems.parserFailure(parser.getMessage(),
                        resource.parserPosition())));
            }
            if (resource.getErrors().isEmpty()) {
                throw e;
            }
        }
        List<EObject> contents = resource.getContents();
        Domain domain = !contents.isEmpty() && contents.get(0) instanceof DocumentRoot root ? root.getDomain() : null;
        List<DomainProblem> problems = new ArrayList<>(LoadProblems.of(resource));
        if (domain == null) {
            if (problems.isEmpty()) {
                problems.add(new DomainProblem(Severity.ERROR, DomainRule.ROOT_ELEMENT, "", null,
                        "the document has no <domain> element", null));
            }
        } else {
            // Report the schema problems of what did load too, except for fields that failed to load already.
            Set<String> failed = new HashSet<>();
            problems.forEach(problem -> failed.add(problem.path()));
            for (DomainProblem problem : DomainDefinitionValidator.validateSchema(domain)) {
                if (!failed.contains(problem.path())) {
                    problems.add(problem);
                }
            }
        }
        if (DomainDefinitionValidator.hasErrors(problems)) {
            problems.sort(Comparator.comparingInt(DomainProblem::line));
            throw new DomainDefinitionException(problems);
        }
        return domain;
    }

    private static Map<Object, Object> loadOptions(SecureDomainResource resource) {
        return resource.getDefaultLoadOptions();
    }

    private static Resource canonicalResource(Domain domain) {
        Objects.requireNonNull(domain, "domain");
        DocumentRoot root = DomainFactory.eINSTANCE.createDocumentRoot();
        root.getXMLNSPrefixMap().put("", NAMESPACE);
        root.setDomain(EcoreUtil.copy(domain));
        SecureDomainResource resource = new SecureDomainResource(DEFAULT_URI);
        newResourceSet().getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    /**
     * A resource set that knows only the domain and XML type packages and cannot open any URI: whatever a document
     * refers to is never fetched. For loaders of domain XML other than {@link #load(String)} (e.g. the editor's
     * lenient one), so that they are as closed as it is.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        EPackageRegistryImpl packages = new EPackageRegistryImpl();
        packages.put(NAMESPACE, DomainPackage.eINSTANCE);
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

    private static DomainProblem unknownEncoding(String name) {
        return new DomainProblem(Severity.ERROR, DomainRule.XML_SYNTAX, "", name, "the document declares the encoding "
                + ModelText.quote(name) + ", which is not supported: write it in UTF-8", new SourceLocation(1, 1));
    }

    private static DomainDefinitionException tooLarge() {
        return new DomainDefinitionException(List.of(new DomainProblem(Severity.ERROR, DomainRule.SIZE_LIMIT, "",
                null, "the document is larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024)
                        + " MiB, the limit for a domain definition", null)));
    }

    /** Opens nothing: a domain definition never makes the loader read another file or URL. */
    private static final class RefusingURIHandler extends URIHandlerImpl {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("domain definitions do not load other resources: " + uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("domain definitions do not write other resources: " + uri);
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
