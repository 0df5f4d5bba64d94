package org.xenophilia.model.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * One EMF model generated from a schema: the bundle that holds it and the names its files and classes take. The
 * Java package comes from the schema itself ({@code ecore:package}).
 *
 * @param project the bundle's symbolic name, which is its folder under {@code bundles/} and the project the genmodel
 *        names
 * @param name the base name of its files: {@code model/NAME.xsd}, {@code .ecore}, {@code .genmodel}
 * @param prefix the prefix of the generated classes ({@code PREFIXPackage}, {@code PREFIXFactory}, ...)
 */
public record GeneratedModel(String project, String name, String prefix) {

    /** The domain definition: {@code org.xenophilia.model}, package {@code org.xenophilia.domain}. */
    public static final GeneratedModel DOMAIN = new GeneratedModel("org.xenophilia.model", "domain", "Domain");

    /** The network definition: {@code org.xenophilia.network}, package {@code org.xenophilia.network.definition}. */
    public static final GeneratedModel NETWORK = new GeneratedModel("org.xenophilia.network", "network", "Network");

    /** The image catalog: {@code org.xenophilia.image}, package {@code org.xenophilia.image.catalog}. */
    public static final GeneratedModel CATALOG = new GeneratedModel("org.xenophilia.image", "catalog", "Catalog");

    /** Every model of the repository, in the order they are generated. */
    public static final List<GeneratedModel> ALL = List.of(DOMAIN, NETWORK, CATALOG);

    /** {@return the schema, relative to the bundle} */
    public String xsd() {
        return "model/" + name + ".xsd";
    }

    /** {@return the generated Ecore model, relative to the bundle} */
    public String ecore() {
        return "model/" + name + ".ecore";
    }

    /** {@return the generated GenModel, relative to the bundle} */
    public String genmodel() {
        return "model/" + name + ".genmodel";
    }

    /**
     * Returns the bundle's folder in a repository.
     *
     * @param repository the repository's root
     * @return {@code bundles/PROJECT} under it
     */
    public Path bundleIn(Path repository) {
        return repository.resolve("bundles").resolve(project);
    }

    @Override
    public String toString() {
        return project + " (" + xsd() + ")";
    }
}
