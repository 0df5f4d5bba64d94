package org.xenophilia.image.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xml.sax.SAXException;

/** Where the test documents, the examples and the schema are; small catalogs written for one test. */
final class TestData {

    /**
     * The body of a valid image with every rule in play: a compressed disk image with a filesystem, booted by a
     * kernel inside it, with a template memory. Tests change one line of it to break one rule.
     */
    static final String IMAGE = """
              <image>
                <name>tiny</name>
                <version>1.0</version>
                <architecture>x86_64</architecture>
                <guestType>pv</guestType>
                <content>disk</content>
                <compression>zstd</compression>
                <filesystem>ext4</filesystem>
                <fileSize>1000</fileSize>
                <contentSize>4096</contentSize>
                <sha256>00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff</sha256>
                <url>tiny.raw.zst</url>
                <minimumMemory>64</minimumMemory>
                <minimumDisk>4096</minimumDisk>
                <template>
                  <boot>kernel</boot>
                  <kernel>/boot/vmlinuz</kernel>
                  <memory>128</memory>
                </template>
              </image>
            """;

    private TestData() {
    }

    /** {@return the testdata folder (system property xenophilia.testdata, set by the build)} */
    static Path dir() {
        String property = System.getProperty("xenophilia.testdata");
        Path dir = property != null ? Path.of(property) : Path.of("testdata");
        assertTrue(Files.isDirectory(dir), "test data folder not found: " + dir.toAbsolutePath());
        return dir;
    }

    static Path file(String relative) {
        return dir().resolve(relative);
    }

    /** {@return the repository's root (system property xenophilia.repo, set by the build)} */
    static Path repository() {
        String repo = System.getProperty("xenophilia.repo");
        Path root = repo != null ? Path.of(repo) : dir().resolve("../../..");
        assertTrue(Files.isDirectory(root.resolve("bundles")), "not the repository: " + root.toAbsolutePath());
        return root;
    }

    /** {@return a file of the org.xenophilia.image bundle} */
    static Path bundleFile(String relative) {
        Path file = repository().resolve("bundles/org.xenophilia.image").resolve(relative);
        assertTrue(Files.exists(file), "not found: " + file.toAbsolutePath());
        return file;
    }

    /** {@return the example catalogs shipped in the bundle's examples/ folder} */
    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(bundleFile("examples"))) {
            List<Path> examples = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
            assertTrue(examples.size() >= 2, "a busybox and a Debian example: " + examples);
            return examples;
        }
    }

    /** Validates XML text against catalog.xsd with javax.xml.validation; throws on the first error. */
    static void validateAgainstSchema(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.newSchema(bundleFile("model/catalog.xsd").toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    /** {@return a catalog document of the given image bodies} */
    static String document(String... images) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog xmlns=\"" + ImageCatalogs.NAMESPACE + "\">\n"
                + String.join("", images) + "</catalog>\n";
    }

    /**
     * Changes one piece of {@link #IMAGE}.
     *
     * @param from text that must be in it
     * @param to its replacement ("" removes it)
     * @return the changed image body
     */
    static String imageWith(String from, String to) {
        assertTrue(IMAGE.contains(from), "not in the image: " + from);
        return IMAGE.replace(from, to);
    }

    /** {@return a catalog loaded from text} */
    static Catalog load(String xml) throws IOException, ImageCatalogException {
        return ImageCatalogs.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    /** {@return the 1-based line of the first line of a document that contains the text} */
    static int lineOf(String document, String text) {
        String[] lines = document.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the document: " + text);
    }
}
