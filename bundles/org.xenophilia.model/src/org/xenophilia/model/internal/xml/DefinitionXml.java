package org.xenophilia.model.internal.xml;

import java.io.ByteArrayOutputStream;
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
import java.util.function.Function;

import org.eclipse.emf.common.util.EMap;
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
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.LimitedInputStream.TooLargeException;
import org.xenophilia.model.internal.xml.XmlProblem.Kind;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Loads, checks and saves the definition documents of one {@link DefinitionFormat}: the one safe loader behind
 * {@code DomainDefinitions} and {@code NetworkDefinitions}, whose Javadoc promises what it does.
 * <p>
 * Loading refuses DTDs (so no entity expansion and no external entities), never fetches anything (schema locations
 * are ignored, only the format's namespace is known, the resource set opens no URI), stops at the format's size
 * limit, and accepts a document only when it is valid against the schema; every problem is reported with its line and
 * column, through the format's exception. Saving writes the canonical form ({@link CanonicalXml}) of a copy.
 * <p>
 * Works on a plain classpath (the Agent) as well as under OSGi: the package and the resource factory are registered
 * in code, per call, in a private resource set. Thread-safe.
 *
 * @param <T> the root element's model type (a domain, a network)
 * @param <E> the format's exception for a rejected document
 */
public final class DefinitionXml<T extends EObject, E extends Exception> {

    private final DefinitionFormat format;
    private final Class<T> type;
    private final Function<List<XmlProblem>, E> rejection;
    private final URI defaultUri;
    private final LoadProblems loadProblems;
    private final SchemaCheck schemaCheck;

    /**
     * Creates the loader of a format.
     *
     * @param format the format
     * @param type the model type of the format's root element
     * @param rejection makes the format's exception from the problems (errors, in document order) of a rejected
     *        document
     */
    public DefinitionXml(DefinitionFormat format, Class<T> type, Function<List<XmlProblem>, E> rejection) {
        this.format = Objects.requireNonNull(format, "format");
        this.type = Objects.requireNonNull(type, "type");
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.defaultUri = URI.createURI(format.name() + ".xml");
        this.loadProblems = new LoadProblems(format);
        this.schemaCheck = new SchemaCheck(format);
    }

    /**
     * Loads a definition from a stream, read to the end but not closed.
     *
     * @param in the XML document; its encoding is taken from the XML declaration (UTF-8 by default)
     * @return the definition; {@code eResource()} is the resource it was loaded into
     * @throws E when the document is not a valid definition
     * @throws IOException when the stream cannot be read
     */
    public T load(InputStream in) throws IOException, E {
        Objects.requireNonNull(in, "in");
        return load(defaultUri, resource -> resource.load(limited(in), resource.getDefaultLoadOptions()));
    }

    /**
     * Loads a definition from text.
     *
     * @param xml the XML document
     * @return the definition
     * @throws E when the text is not a valid definition
     */
    public T load(String xml) throws E {
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > format.maxDocumentBytes()) {
            throw rejection.apply(List.of(tooLarge()));
        }
        try {
            return load(defaultUri, resource -> resource.load(new InputSource(new StringReader(xml)),
                    resource.getDefaultLoadOptions()));
        } catch (IOException e) {
            // a StringReader does not fail; anything else was turned into problems
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads a definition from a file.
     *
     * @param file the XML document
     * @return the definition
     * @throws E when the file is not a valid definition
     * @throws IOException when the file cannot be read
     */
    public T load(Path file) throws IOException, E {
        try (InputStream in = Files.newInputStream(file)) {
            return load(URI.createFileURI(file.toAbsolutePath().toString()),
                    resource -> resource.load(limited(in), resource.getDefaultLoadOptions()));
        }
    }

    /**
     * Writes the canonical form of a copy of a definition, and a final line end.
     *
     * @param definition the definition
     * @param out receives UTF-8 XML; not closed
     * @throws IOException when writing fails
     */
    public void save(T definition, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        canonicalResource(definition).save(out, CanonicalXml.saveOptions());
        // EMF ends the document without a line end; a text file ends with one.
        out.write('\n');
    }

    /**
     * Returns the canonical XML of a definition.
     *
     * @param definition the definition
     * @return the XML document
     */
    public String toXml(T definition) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            save(definition, bytes);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the canonical form of a definition to a file, atomically ({@link AtomicFiles#writeDocument}).
     *
     * @param definition the definition
     * @param file the target file
     * @throws IOException when writing fails; the target is then unchanged
     */
    public void save(T definition, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        save(definition, bytes);
        AtomicFiles.writeDocument(file, bytes.toByteArray());
    }

    /**
     * Checks a definition, or one part of it (an image of a catalog), against the schema only: value types and
     * facets, required settings. Paths are those of the part within its definition when it has one.
     *
     * @param definition the definition or the part
     * @return the problems, empty when there are none
     */
    public List<XmlProblem> checkSchema(EObject definition) {
        return schemaCheck.check(definition);
    }

    /** {@return a factory of resources with this loader's safe loading and canonical saving options} */
    public Resource.Factory resourceFactory() {
        return uri -> new SecureXmlResource(uri, format);
    }

    /** {@return a resource set that knows only the format's and XML type's packages and cannot open any URI} */
    public ResourceSet newResourceSet() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        EPackageRegistryImpl packages = new EPackageRegistryImpl();
        packages.put(format.namespace(), format.ePackage());
        packages.put(XMLTypePackage.eNS_URI, XMLTypePackage.eINSTANCE);
        resourceSet.setPackageRegistry(packages);
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.<URIHandler>of(new RefusingURIHandler()),
                List.of()));
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, resourceFactory());
        return resourceSet;
    }

    // ------------------------------------------------------------------------------------------- internals

    @FunctionalInterface
    private interface LoadAction {
        void load(SecureXmlResource resource) throws IOException;
    }

    private T load(URI uri, LoadAction action) throws IOException, E {
        SecureXmlResource resource = new SecureXmlResource(uri, format);
        newResourceSet().getResources().add(resource);
        try {
            action.load(resource);
        } catch (IOException e) {
            if (cause(e, TooLargeException.class) != null) {
                throw rejection.apply(List.of(tooLarge()));
            }
            // The document's own fault, not the stream's: a problem at its line like any other. An encoding the XML
            // declaration names that Java lacks; a parser failure that is not a parse error with a place (the JDK's
            // Xerces throws "Scanner State 24 not Recognized" for a DOCTYPE inside an element).
            UnsupportedEncodingException encoding = cause(e, UnsupportedEncodingException.class);
            if (encoding != null) {
                throw rejection.apply(List.of(unknownEncoding(encoding.getMessage())));
            }
            SAXException parser = cause(e, SAXException.class);
            if (parser != null && resource.getErrors().isEmpty()) {
                throw rejection.apply(List.of(loadProblems.parserFailure(parser.getMessage(),
                        resource.parserPosition())));
            }
            if (resource.getErrors().isEmpty()) {
                throw e;
            }
        }
        List<EObject> contents = resource.getContents();
        Object root = !contents.isEmpty() && contents.get(0).eClass() == format.documentRoot()
                ? contents.get(0).eGet(format.root()) : null;
        T definition = type.isInstance(root) ? type.cast(root) : null;
        List<XmlProblem> problems = new ArrayList<>(loadProblems.of(resource));
        if (definition == null) {
            if (problems.isEmpty()) {
                problems.add(XmlProblem.error(Kind.ROOT_ELEMENT, "", null, "the document has no <" + format.name()
                        + "> element", null));
            }
        } else {
            // Report the schema problems of what did load too, except for fields that failed to load already.
            Set<String> failed = new HashSet<>();
            problems.forEach(problem -> failed.add(problem.path()));
            for (XmlProblem problem : checkSchema(definition)) {
                if (!failed.contains(problem.path())) {
                    problems.add(problem);
                }
            }
        }
        if (problems.stream().anyMatch(XmlProblem::isError)) {
            problems.sort(Comparator.comparingInt(XmlProblem::line));
            throw rejection.apply(problems);
        }
        return definition;
    }

    private LimitedInputStream limited(InputStream in) {
        return new LimitedInputStream(in, format.maxDocumentBytes());
    }

    private Resource canonicalResource(T definition) {
        Objects.requireNonNull(definition, format.name());
        EObject root = EcoreUtil.create(format.documentRoot());
        @SuppressWarnings("unchecked")
        EMap<String, String> prefixes = (EMap<String, String>) root
                .eGet(ExtendedMetaData.INSTANCE.getXMLNSPrefixMapFeature(format.documentRoot()));
        prefixes.put("", format.namespace());
        root.eSet(format.root(), EcoreUtil.copy(definition));
        SecureXmlResource resource = new SecureXmlResource(defaultUri, format);
        newResourceSet().getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    /** @return the first exception of that type in the chain of causes of {@code e}, {@code e} included, or null */
    private static <X extends Throwable> X cause(Throwable e, Class<X> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static XmlProblem unknownEncoding(String name) {
        return XmlProblem.error(Kind.XML_SYNTAX, "", name, "the document declares the encoding "
                + ModelText.quote(name) + ", which is not supported: write it in UTF-8", new SourceLocation(1, 1));
    }

    private XmlProblem tooLarge() {
        return XmlProblem.error(Kind.SIZE_LIMIT, "", null, "the document is larger than "
                + format.maxDocumentBytes() / (1024 * 1024) + " MiB, the limit for a " + format.name()
                + " definition", null);
    }

    /** Opens nothing: a definition never makes the loader read another file or URL. */
    private final class RefusingURIHandler extends URIHandlerImpl {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(format.name() + " definitions do not load other resources: " + uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(format.name() + " definitions do not write other resources: " + uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    }
}
