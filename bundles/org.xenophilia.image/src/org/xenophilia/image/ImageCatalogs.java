package org.xenophilia.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.CatalogFactory;
import org.xenophilia.image.catalog.CatalogPackage;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.util.CatalogValidator;
import org.xenophilia.model.internal.xml.DefinitionFormat;
import org.xenophilia.model.internal.xml.DefinitionXml;
import org.xenophilia.model.internal.xml.XmlProblem;

/**
 * Loads and saves image catalogs: XML documents of {@code model/catalog.xsd}, root element
 * {@code <catalog xmlns="http://xenophilia.org/schema/image-catalog/1.0">}.
 * <p>
 * Loading is strict and safe, as for domain and network definitions (the model bundle's one loader): DTDs are
 * refused (so no entity expansion and no external entities), nothing is ever fetched (schema locations are ignored,
 * only the catalog namespace is known), documents are limited to {@value #MAX_DOCUMENT_BYTES} bytes, and a document
 * is accepted only when it is valid against the schema. Every problem is reported with its line and column in an
 * {@link ImageCatalogException} that names the catalog's location. The rules are not applied by loading: run
 * {@link ImageCatalogValidator#validate(Catalog)} on the result, or {@link ImageCatalogValidator#validate(Image)} on
 * each image to offer the valid ones of a catalog.
 * <p>
 * Saving writes the canonical form: UTF-8, "\n" line ends, two-space indentation, elements in schema order, the
 * catalog namespace as default namespace, no schema location. Loading a canonical document and saving it again gives
 * the same bytes.
 * <p>
 * Works on a plain class path (the Agent) as well as under OSGi: the catalog package and the resource factory are
 * registered in code, per call, in a private resource set (never in EMF's global registries). Thread-safe.
 */
public final class ImageCatalogs {

    /** The namespace of image catalog documents. */
    public static final String NAMESPACE = CatalogPackage.eNS_URI;

    /** The largest document a load accepts, in bytes (4 MiB: thousands of images). */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    /** The format's loader and saver, the one domain and network definitions use too. */
    private static final DefinitionXml<Catalog, Rejection> XML = new DefinitionXml<>(
            new DefinitionFormat("catalog", CatalogPackage.Literals.DOCUMENT_ROOT__CATALOG, CatalogValidator.INSTANCE,
                    MAX_DOCUMENT_BYTES, (owner, element) -> ""),
            Catalog.class, Rejection::new);

    private ImageCatalogs() {
    }

    /**
     * Loads a catalog from a file.
     *
     * @param file the XML document
     * @return the catalog; {@code eResource()} is the resource it was loaded into
     * @throws ImageCatalogException when the file is not a valid catalog document (the message names the file)
     * @throws IOException when the file cannot be read
     */
    public static Catalog load(Path file) throws IOException, ImageCatalogException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /**
     * Loads a catalog from a stream, read up to its end (or the size limit) but not closed.
     *
     * @param in the XML document; its encoding is taken from the XML declaration (UTF-8 by default)
     * @param location where the document comes from (a file, a URL, "a pushed entry"), only for messages
     * @return the catalog; {@code eResource()} is the resource it was loaded into
     * @throws ImageCatalogException when the document is not a valid catalog document
     * @throws IOException when the stream cannot be read
     */
    public static Catalog load(InputStream in, String location) throws IOException, ImageCatalogException {
        Objects.requireNonNull(location, "location");
        try {
            return XML.load(in);
        } catch (Rejection e) {
            throw new ImageCatalogException(location, e.problems);
        }
    }

    /**
     * Writes a catalog in canonical form. The catalog itself is not changed (a copy is saved). Values are written as
     * they are; call {@link ImageCatalogValidator#validate(Catalog)} first to make sure the result loads again.
     *
     * @param catalog the catalog
     * @param out receives UTF-8 XML; not closed
     * @throws IOException when writing fails
     */
    public static void save(Catalog catalog, OutputStream out) throws IOException {
        XML.save(catalog, out);
    }

    /**
     * Writes a catalog in canonical form to a file, atomically: readers see either the old or the new content, never
     * a partial file ({@code AtomicFiles.writeDocument} of {@code org.xenophilia.files}: an existing file keeps its
     * permissions).
     *
     * @param catalog the catalog
     * @param file the target file
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void save(Catalog catalog, Path file) throws IOException {
        XML.save(catalog, file);
    }

    /**
     * Returns the canonical XML of a catalog.
     *
     * @param catalog the catalog
     * @return the XML document
     */
    public static String toXml(Catalog catalog) {
        return XML.toXml(catalog);
    }

    /**
     * Returns a catalog document of one image, without the catalog's description: what the API hands out as an
     * image's {@code catalog_xml} and what a push sends as its entry. The image is not changed (a copy is saved).
     *
     * @param image the image
     * @return the XML document; {@link #load} gives back a catalog of an equal image
     */
    public static String toXml(Image image) {
        Objects.requireNonNull(image, "image");
        Catalog single = CatalogFactory.eINSTANCE.createCatalog();
        single.getImages().add(EcoreUtil.copy(image));
        return XML.toXml(single);
    }

    // ------------------------------------------------------------------------------------------- internals

    /** The schema's problems of a catalog or of one image, for {@link ImageCatalogValidator}. */
    static List<CatalogProblem> schemaProblems(EObject catalogOrImage) {
        return XML.checkSchema(catalogOrImage).stream().map(ImageCatalogs::problem).toList();
    }

    private static CatalogProblem problem(XmlProblem problem) {
        return new CatalogProblem(rule(problem.kind()), problem.path(), problem.value(), problem.message(),
                problem.line(), problem.location() == null ? 0 : problem.location().column());
    }

    private static CatalogRule rule(XmlProblem.Kind kind) {
        return switch (kind) {
            case XML_SYNTAX -> CatalogRule.XML_SYNTAX;
            case DOCTYPE -> CatalogRule.DOCTYPE;
            case SIZE_LIMIT -> CatalogRule.SIZE_LIMIT;
            case ROOT_ELEMENT -> CatalogRule.ROOT_ELEMENT;
            case UNKNOWN_CONTENT -> CatalogRule.UNKNOWN_CONTENT;
            case REPEATED_SETTING -> CatalogRule.REPEATED_SETTING;
            case INVALID_VALUE -> CatalogRule.INVALID_VALUE;
            case REQUIRED -> CatalogRule.REQUIRED;
        };
    }

    /**
     * The loader's rejection of a document, before {@link #load(InputStream, String)} names its location: the
     * loader is shared, the location is the caller's.
     */
    private static final class Rejection extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient List<CatalogProblem> problems;

        Rejection(List<XmlProblem> problems) {
            super(null, null, false, false);
            this.problems = problems.stream().map(ImageCatalogs::problem).toList();
        }
    }
}
