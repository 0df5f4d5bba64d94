package org.xenophilia.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.DefinitionFormat;
import org.xenophilia.model.internal.xml.DefinitionXml;
import org.xenophilia.model.internal.xml.XmlProblem;
import org.xenophilia.network.NetworkProblem.Severity;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkPackage;
import org.xenophilia.network.definition.util.NetworkValidator;

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

    /** The format's loader and saver, the one the domain definitions use too (see {@link DefinitionXml}). */
    private static final DefinitionXml<Network, NetworkDefinitionException> XML = new DefinitionXml<>(
            new DefinitionFormat("network", NetworkPackage.Literals.DOCUMENT_ROOT__NETWORK, NetworkValidator.INSTANCE,
                    MAX_DOCUMENT_BYTES, (owner, element) -> ""),
            Network.class, problems -> new NetworkDefinitionException(problems(problems)));

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
        return XML.load(in);
    }

    /**
     * Loads a network definition from text.
     *
     * @param xml the XML document
     * @return the network
     * @throws NetworkDefinitionException when the text is not a valid network definition
     */
    public static Network load(String xml) throws NetworkDefinitionException {
        return XML.load(xml);
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
        return XML.load(file);
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
        XML.save(network, out);
    }

    /**
     * Returns the canonical XML of a network.
     *
     * @param network the network
     * @return the XML document
     */
    public static String toXml(Network network) {
        return XML.toXml(network);
    }

    /**
     * Writes a network in canonical form to a file, atomically: readers see either the old or the new content, never a
     * partial file ({@code AtomicFiles.writeDocument} of {@code org.xenophilia.files}: an existing file keeps its
     * permissions).
     *
     * @param network the network
     * @param file the target file
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void save(Network network, Path file) throws IOException {
        XML.save(network, file);
    }

    /**
     * Returns a resource factory creating network definition resources with the same safe loading and canonical
     * saving options as this class, for EMF code that works with resource sets (e.g. an editing domain). Register it
     * for the file extension or content type of your choice.
     *
     * @return a new factory
     */
    public static Resource.Factory resourceFactory() {
        return XML.resourceFactory();
    }

    /**
     * A resource set that knows only the network and XML type packages and cannot open any URI: whatever a document
     * refers to is never fetched. For loaders of network XML other than {@link #load(String)} (e.g. an editor's
     * lenient one), so that they are as closed as it is.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        return XML.newResourceSet();
    }

    // ------------------------------------------------------------------------------------------- internals

    /** The schema's problems of a network, for {@link NetworkDefinitionValidator}. */
    static List<NetworkProblem> schemaProblems(Network network) {
        return problems(XML.checkSchema(network));
    }

    private static List<NetworkProblem> problems(List<XmlProblem> problems) {
        return problems.stream().map(NetworkDefinitions::problem).collect(Collectors.toCollection(ArrayList::new));
    }

    private static NetworkProblem problem(XmlProblem problem) {
        SourceLocation location = problem.location();
        return new NetworkProblem(problem.isError() ? Severity.ERROR : Severity.WARNING, rule(problem.kind()),
                problem.path(), problem.value(), problem.message(), location == null ? 0 : location.line(),
                location == null ? 0 : location.column());
    }

    private static NetworkRule rule(XmlProblem.Kind kind) {
        return switch (kind) {
            case XML_SYNTAX -> NetworkRule.XML_SYNTAX;
            case DOCTYPE -> NetworkRule.DOCTYPE;
            case SIZE_LIMIT -> NetworkRule.SIZE_LIMIT;
            case ROOT_ELEMENT -> NetworkRule.ROOT_ELEMENT;
            case UNKNOWN_CONTENT -> NetworkRule.UNKNOWN_CONTENT;
            case REPEATED_SETTING -> NetworkRule.REPEATED_SETTING;
            case INVALID_VALUE -> NetworkRule.INVALID_VALUE;
            case REQUIRED -> NetworkRule.REQUIRED;
        };
    }
}
