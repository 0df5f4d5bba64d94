package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.CatalogRule;
import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The image catalog loader ({@link ImageCatalogs#load(java.io.InputStream, String)}) and the validator, from bytes
 * as the Agent reads a catalog from a source (a file of the node, or what an HTTP server answers) or a pushed entry:
 * <ul>
 * <li>a document is either loaded or refused with an {@link ImageCatalogException} whose every problem has its line
 * (except the whole document's: larger than the limit, or no {@code <catalog>} at all);</li>
 * <li>a loaded catalog validates without an exception, whole and image by image (the url rule parses every url the
 * document holds), and is saved as canonical XML that loads to an equal catalog and saves to the same text again;
 * each image alone makes a one-image document that loads to an equal image.</li>
 * </ul>
 * Seeds: the image tests' documents, the bundle's examples, and the domain loader's findings (the loaders share their
 * hardening).
 */
class CatalogXmlFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("ImageCatalogs.load", 2 << 20, 512);

    static {
        // EMF's classes are loaded, and instrumented by Jazzer, before the first input's timeout starts
        Warmup.run(() -> new CatalogXmlFuzzTest().load(("<catalog xmlns='" + ImageCatalogs.NAMESPACE + "'><image>"
                + "<name>w</name><version>1</version><architecture>x86_64</architecture><guestType>pv</guestType>"
                + "<content>disk</content><fileSize>9</fileSize><contentSize>9</contentSize><sha256>" + "0".repeat(64)
                + "</sha256><url>w.raw</url><minimumMemory>64</minimumMemory><minimumDisk>9</minimumDisk>"
                + "<template><boot>pygrub</boot></template></image></catalog>").getBytes(UTF_8)));
    }

    @FuzzTest
    void load(byte[] data) throws Exception {
        Catalog catalog = BUDGET.run(data.length, () -> loadOrRefuse(data));
        if (catalog != null) {
            ImageCatalogValidator.validate(catalog);
            for (Image image : catalog.getImages()) {
                ImageCatalogValidator.validate(image);
                expectOneImageDocument(image);
            }
            expectCanonicalRoundTrip(catalog);
        }
    }

    private static Catalog loadOrRefuse(byte[] data) throws IOException {
        try {
            return ImageCatalogs.load(new ByteArrayInputStream(data), "fuzz");
        } catch (ImageCatalogException refused) {
            for (CatalogProblem p : refused.problems()) {
                boolean wholeDocument = p.rule() == CatalogRule.SIZE_LIMIT || p.rule() == CatalogRule.ROOT_ELEMENT;
                if (p.line() < 1 && !wholeDocument) {
                    throw new AssertionError("a problem without its line: " + p.rule() + ": " + p, refused);
                }
            }
            return null;
        }
    }

    private static void expectCanonicalRoundTrip(Catalog catalog) throws IOException, ImageCatalogException {
        String saved = ImageCatalogs.toXml(catalog);
        Catalog reloaded = reload(saved);
        if (!EcoreUtil.equals(catalog, reloaded)) {
            throw new AssertionError("the saved document loads to a different catalog:\n" + saved);
        }
        String again = ImageCatalogs.toXml(reloaded);
        if (!again.equals(saved)) {
            throw new AssertionError("saving again differs:\n" + again + "\nfrom the first save:\n" + saved);
        }
    }

    private static void expectOneImageDocument(Image image) throws IOException, ImageCatalogException {
        String single = ImageCatalogs.toXml(image);
        Catalog reloaded = reload(single);
        if (reloaded.getImages().size() != 1 || !EcoreUtil.equals(image, reloaded.getImages().get(0))) {
            throw new AssertionError("the image's own document loads to another image:\n" + single);
        }
    }

    private static Catalog reload(String xml) throws IOException, ImageCatalogException {
        return ImageCatalogs.load(new ByteArrayInputStream(xml.getBytes(UTF_8)), "the saved document");
    }
}
