package org.xenophilia.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.util.DomainValidator;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.DomainProblem.Severity;
import org.xenophilia.model.internal.xml.DefinitionFormat;
import org.xenophilia.model.internal.xml.DefinitionXml;
import org.xenophilia.model.internal.xml.SourceLocations;
import org.xenophilia.model.internal.xml.XmlProblem;

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

    /** The format's loader and saver, shared with the network definitions (see {@link DefinitionXml}). */
    private static final DefinitionXml<Domain, DomainDefinitionException> XML = new DefinitionXml<>(
            new DefinitionFormat("domain", DomainPackage.Literals.DOCUMENT_ROOT__DOMAIN, DomainValidator.INSTANCE,
                    MAX_DOCUMENT_BYTES, DomainDefinitions::unknownElementAdvice),
            Domain.class, problems -> new DomainDefinitionException(problems(problems)));

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
        return XML.load(in);
    }

    /**
     * Loads a domain definition from text.
     *
     * @param xml the XML document
     * @return the domain
     * @throws DomainDefinitionException when the text is not a valid domain definition
     */
    public static Domain load(String xml) throws DomainDefinitionException {
        return XML.load(xml);
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
        return XML.load(file);
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
        XML.save(domain, out);
    }

    /**
     * Returns the canonical XML of a domain.
     *
     * @param domain the domain
     * @return the XML document
     */
    public static String toXml(Domain domain) {
        return XML.toXml(domain);
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
        XML.save(domain, file);
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
        return XML.resourceFactory();
    }

    /**
     * A resource set that knows only the domain and XML type packages and cannot open any URI: whatever a document
     * refers to is never fetched. For loaders of domain XML other than {@link #load(String)} (e.g. the editor's
     * lenient one), so that they are as closed as it is.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        return XML.newResourceSet();
    }

    // ------------------------------------------------------------------------------------------- internals

    /** The schema's problems of a domain, for {@link DomainDefinitionValidator}. */
    static List<DomainProblem> schemaProblems(Domain domain) {
        return problems(XML.checkSchema(domain));
    }

    private static List<DomainProblem> problems(List<XmlProblem> problems) {
        return problems.stream().map(DomainDefinitions::problem).collect(Collectors.toCollection(ArrayList::new));
    }

    private static DomainProblem problem(XmlProblem problem) {
        return new DomainProblem(problem.isError() ? Severity.ERROR : Severity.WARNING, rule(problem.kind()),
                problem.path(), problem.value(), problem.message(), problem.location());
    }

    private static DomainRule rule(XmlProblem.Kind kind) {
        return switch (kind) {
            case XML_SYNTAX -> DomainRule.XML_SYNTAX;
            case DOCTYPE -> DomainRule.DOCTYPE;
            case SIZE_LIMIT -> DomainRule.SIZE_LIMIT;
            case ROOT_ELEMENT -> DomainRule.ROOT_ELEMENT;
            case UNKNOWN_CONTENT -> DomainRule.UNKNOWN_CONTENT;
            case REPEATED_SETTING -> DomainRule.REPEATED_SETTING;
            case INVALID_VALUE -> DomainRule.INVALID_VALUE;
            case REQUIRED -> DomainRule.REQUIRED;
        };
    }

    /** An element unknown in {@code <domain>} is most likely an xl.cfg key: say where such a key goes. */
    private static String unknownElementAdvice(EObject owner, String element) {
        return owner.eClass() == DomainPackage.Literals.DOMAIN
                ? " (an xl.cfg key the model does not know goes into <xlKey key=\"" + element + "\">...</xlKey>)"
                : "";
    }
}
