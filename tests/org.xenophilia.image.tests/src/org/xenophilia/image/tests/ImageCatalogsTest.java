package org.xenophilia.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.CatalogRule;
import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;

/**
 * Loading and saving: the examples are valid and canonical, the format round-trips, a broken document says where and
 * which catalog, hostile documents are refused without reading what they point to.
 */
class ImageCatalogsTest {

    /** Something /etc/passwd always contains; must never show up in a message. */
    private static final String PASSWD_CONTENT = "root:";

    static List<Path> examples() throws Exception {
        return TestData.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidCanonicalAndRoundTrips(Path example) throws Exception {
        String text = Files.readString(example);
        Catalog catalog = ImageCatalogs.load(example);

        assertEquals(List.of(), ImageCatalogValidator.validate(catalog), example.toString());
        String saved = ImageCatalogs.toXml(catalog);
        assertEquals(text, saved, "the example is written in canonical form");
        Catalog again = TestData.load(saved);
        assertTrue(EcoreUtil.equals(catalog, again), "load, save, load gives the same catalog");
        assertEquals(saved, ImageCatalogs.toXml(again));
        TestData.validateAgainstSchema(saved);
    }

    @Test
    void anyElementOrderLoadsAndSavesInSchemaOrder() throws Exception {
        String shuffled = TestData.document(TestData.IMAGE.replace("    <name>tiny</name>\n", "")
                .replace("  </image>", "    <name>tiny</name>\n  </image>"));

        Catalog catalog = TestData.load(shuffled);

        assertEquals(TestData.document(TestData.IMAGE), ImageCatalogs.toXml(catalog));
    }

    @Test
    void saveToAStreamAndToAFileWriteTheCanonicalForm(@TempDir Path dir) throws Exception {
        Catalog catalog = TestData.load(TestData.document(TestData.IMAGE));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path file = dir.resolve("catalog.xml");

        ImageCatalogs.save(catalog, bytes);
        ImageCatalogs.save(catalog, file);

        assertEquals(TestData.document(TestData.IMAGE), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(TestData.document(TestData.IMAGE), Files.readString(file));
        assertEquals(List.of("catalog.xml"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "no temporary file left beside it");
    }

    @Test
    void anImageAloneIsACatalogDocumentOfThatImage() throws Exception {
        Catalog catalog = ImageCatalogs.load(TestData.bundleFile("examples/busybox.xml"));
        Image second = catalog.getImages().get(1);

        String xml = ImageCatalogs.toXml(second);
        Catalog single = TestData.load(xml);

        assertEquals(1, single.getImages().size());
        assertTrue(EcoreUtil.equals(second, single.getImages().get(0)));
        assertEquals(null, single.getDescription(), "the catalog's description stays behind");
        assertEquals(2, catalog.getImages().size(), "the image stays in its catalog");
        assertEquals(List.of(), ImageCatalogValidator.validate(single));
    }

    @Test
    void firmwareIsABootValue() throws Exception {
        String hvm = TestData.imageWith("<guestType>pv</guestType>", "<guestType>hvm</guestType>")
                .replace("<boot>kernel</boot>", "<boot>firmware</boot>")
                .replace("      <kernel>/boot/vmlinuz</kernel>\n", "");

        Catalog catalog = TestData.load(TestData.document(hvm));

        assertEquals(Boot.FIRMWARE, catalog.getImages().get(0).getTemplate().getBoot());
        assertEquals(List.of(), ImageCatalogValidator.validate(catalog));
    }

    // ------------------------------------------------------------------------------------------- broken documents

    @Test
    void aDocumentThatIsNotWellFormedSaysWhereAndWhichCatalog() {
        Path file = TestData.file("invalid/not-well-formed.xml");

        ImageCatalogException e = assertThrows(ImageCatalogException.class, () -> ImageCatalogs.load(file));

        assertEquals(CatalogRule.XML_SYNTAX, e.problems().get(0).rule(), e.getMessage());
        assertEquals(18, e.line(), e.getMessage());
        assertEquals(file.toString(), e.location());
        assertTrue(e.getMessage().startsWith("Invalid image catalog " + file + ": line 18:"), e.getMessage());
    }

    @Test
    void everyBadValueIsReportedAtItsLine() throws Exception {
        Path file = TestData.file("invalid/bad-values.xml");
        String text = Files.readString(file);

        ImageCatalogException e = assertThrows(ImageCatalogException.class, () -> ImageCatalogs.load(file));

        List<String> expected = List.of("images[0].name", "images[0].architecture", "images[0].fileSize",
                "images[0].sha256", "images[0].minimumMemory", "images[0].template.boot");
        assertEquals(expected, e.problems().stream().map(CatalogProblem::path).toList(), e.getMessage());
        for (CatalogProblem problem : e.problems()) {
            assertEquals(CatalogRule.INVALID_VALUE, problem.rule(), problem.toString());
            String element = "<" + problem.path().replaceAll(".*\\.", "") + ">";
            assertEquals(TestData.lineOf(text, element), problem.line(), problem.toString());
            assertTrue(problem.message().contains(problem.value()), problem.toString());
        }
        assertTrue(e.getMessage().contains("expected one of x86_64, aarch64"), e.getMessage());
        assertTrue(e.getMessage().contains("expected one of pygrub, kernel, firmware"), e.getMessage());
    }

    @Test
    void aMissingSettingIsReportedAtItsImage() throws Exception {
        String xml = TestData.document(TestData.IMAGE, TestData.imageWith("    <sha256>", "    <!-- <sha256>")
                .replace("</sha256>", "</sha256> -->"));

        ImageCatalogException e = assertThrows(ImageCatalogException.class, () -> TestData.load(xml));

        assertEquals(1, e.problems().size(), e.getMessage());
        CatalogProblem problem = e.problems().get(0);
        assertEquals(CatalogRule.REQUIRED, problem.rule());
        assertEquals("images[1].sha256", problem.path());
        assertEquals(TestData.lineOf(xml, "<image>") + TestData.IMAGE.split("\n").length, problem.line(),
                "the second image's line: " + problem);
    }

    @Test
    void aRepeatedSettingIsRefused() {
        String xml = TestData.document(TestData.imageWith("<version>1.0</version>",
                "<version>1.0</version><version>2.0</version>"));

        ImageCatalogException e = assertThrows(ImageCatalogException.class, () -> TestData.load(xml));

        assertEquals(CatalogRule.REPEATED_SETTING, e.problems().get(0).rule(), e.getMessage());
        assertEquals(TestData.lineOf(xml, "<version>"), e.line());
    }

    @Test
    void anotherRootElementIsRefused() {
        String xml = "<network xmlns=\"http://xenophilia.org/schema/network/1.0\"><name>lab</name></network>";

        ImageCatalogException e = assertThrows(ImageCatalogException.class, () -> TestData.load(xml));

        assertEquals(CatalogRule.ROOT_ELEMENT, e.problems().get(0).rule(), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------- hostile documents

    @ParameterizedTest
    @ValueSource(strings = { "attacks/xxe-external-entity.xml", "attacks/billion-laughs.xml" })
    void doctypesAreRefusedQuicklyWithoutReadingWhatTheyName(String file) throws Exception {
        assertTrue(Files.readString(Path.of("/etc/passwd")).contains(PASSWD_CONTENT), "precondition");

        ImageCatalogException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImageCatalogException.class, () -> ImageCatalogs.load(TestData.file(file))));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(CatalogRule.DOCTYPE, e.problems().get(0).rule());
        assertEquals(2, e.line(), "the DOCTYPE is on line 2");
        assertFalse(e.getMessage().contains(PASSWD_CONTENT), e.getMessage());
        assertFalse(e.getMessage().contains("lollol"), e.getMessage());
    }

    @Test
    void schemaLocationsAreNotFollowed() {
        ImageCatalogException e = assertThrows(ImageCatalogException.class,
                () -> ImageCatalogs.load(TestData.file("attacks/schema-location.xml")));

        CatalogProblem problem = e.problems().get(0);
        assertEquals(CatalogRule.UNKNOWN_CONTENT, problem.rule());
        assertEquals(6, problem.line());
        assertFalse(e.getMessage().contains(PASSWD_CONTENT), e.getMessage());
    }

    @Test
    void oversizedDocumentsAreRefusedWithoutReadingThemToTheEnd() {
        byte[] start = ("<catalog xmlns=\"" + ImageCatalogs.NAMESPACE + "\"><description>")
                .getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        ImageCatalogException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImageCatalogException.class, () -> ImageCatalogs
                        .load(new SequenceInputStream(new ByteArrayInputStream(start), endless), "endless")));

        assertEquals(CatalogRule.SIZE_LIMIT, e.problems().get(0).rule());
        assertTrue(e.getMessage().contains("endless"), e.getMessage());
        assertTrue(e.getMessage().contains("larger than 4 MiB"), e.getMessage());
    }

    @Test
    void aDocumentJustBelowTheLimitLoads() throws Exception {
        String head = TestData.document(TestData.IMAGE).replace("<catalog xmlns=\"" + ImageCatalogs.NAMESPACE + "\">\n",
                "<catalog xmlns=\"" + ImageCatalogs.NAMESPACE + "\">\n  <description>");
        String padding = "x".repeat(ImageCatalogs.MAX_DOCUMENT_BYTES - head.length() - "</description>\n".length());
        String xml = head.replace("<description>", "<description>" + padding + "</description>\n");
        assertEquals(ImageCatalogs.MAX_DOCUMENT_BYTES, xml.getBytes(StandardCharsets.UTF_8).length);

        Catalog catalog = TestData.load(xml);

        assertEquals(padding, catalog.getDescription());
    }
}
