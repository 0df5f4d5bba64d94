package org.xenophilia.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.CatalogPackage;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.ModelText;
import org.xenophilia.model.internal.xml.SourceLocations;

/**
 * Checks an image catalog: the schema's constraints (types, ranges, patterns, required settings), the rules of each
 * image (its urls, its sizes, its template's boot against its guest type and content) and, for a whole catalog, that
 * each name and version appears once. Each rule is a {@link CatalogRule}; the bundle's README lists them all.
 * <p>
 * Every problem names the field (a path such as {@code images[1].template.kernel}) and its value, and carries the
 * source line when the catalog was loaded with {@link ImageCatalogs}. A field the schema finds invalid is reported
 * once, by the schema. The validator never changes the catalog and does no I/O. Thread-safe.
 */
public final class ImageCatalogValidator {

    private ImageCatalogValidator() {
    }

    /**
     * Checks a whole catalog: the schema, the rules of every image, and that no name and version appears twice.
     *
     * @param catalog the catalog, loaded or built in code
     * @return all problems, schema problems first, then those of the images in their order; empty when there are none
     */
    public static List<CatalogProblem> validate(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        List<CatalogProblem> problems = new ArrayList<>(ImageCatalogs.schemaProblems(catalog));
        RuleProblems rules = new RuleProblems(problems);
        Map<String, Image> seen = new HashMap<>();
        for (Image image : catalog.getImages()) {
            ImageRules.check(image, rules);
            if (image.getName() != null && image.getVersion() != null) {
                String id = image.getName() + ":" + image.getVersion();
                Image first = seen.putIfAbsent(id, image);
                if (first != null) {
                    rules.add(CatalogRule.DUPLICATE_IMAGE, image, CatalogPackage.Literals.IMAGE__VERSION, -1, id,
                            "makes " + id + " a second time (first as " + describe(first) + ")");
                }
            }
        }
        return problems;
    }

    /**
     * Checks one image on its own: the schema and the rules of one image (not whether its catalog holds its name and
     * version twice). What a deployer runs on each image of a catalog to offer the valid ones.
     *
     * @param image the image, in a catalog or alone
     * @return all problems, schema problems first; empty when there are none. Paths start with
     *         {@code images[N].} when the image is in a catalog.
     */
    public static List<CatalogProblem> validate(Image image) {
        Objects.requireNonNull(image, "image");
        List<CatalogProblem> problems = new ArrayList<>(ImageCatalogs.schemaProblems(image));
        ImageRules.check(image, new RuleProblems(problems));
        return problems;
    }

    /** {@return "images[N]" and, when the image was loaded, its line} */
    private static String describe(Image image) {
        SourceLocation location = SourceLocations.of(image, null, -1);
        return ModelText.path(image) + (location == null ? "" : " at line " + location.line());
    }
}
