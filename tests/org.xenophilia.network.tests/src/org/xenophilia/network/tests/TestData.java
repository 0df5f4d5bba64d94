package org.xenophilia.network.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.definition.Network;
import org.xml.sax.SAXException;

/** Where the test documents, the examples and the schema are; small documents written for one test. */
final class TestData {

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

    /** {@return a file of the org.xenophilia.network bundle (the repository is the system property xenophilia.repo)} */
    static Path bundleFile(String relative) {
        String repo = System.getProperty("xenophilia.repo");
        Path bundle = repo != null ? Path.of(repo, "bundles/org.xenophilia.network")
                : dir().resolve("../../../bundles/org.xenophilia.network");
        Path file = bundle.resolve(relative);
        assertTrue(Files.exists(file), "not found: " + file.toAbsolutePath());
        return file;
    }

    /** {@return the example definitions shipped in the bundle's examples/ folder} */
    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(bundleFile("examples"))) {
            List<Path> examples = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
            assertTrue(examples.size() >= 4, "an example of each kind: " + examples);
            return examples;
        }
    }

    /** Validates XML text against network.xsd with javax.xml.validation; throws on the first error. */
    static void validateAgainstSchema(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(bundleFile("model/network.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /**
     * Writes a network document.
     *
     * @param name the network's name
     * @param kind its kind
     * @param body the elements after name and kind
     * @return the document
     */
    static String document(String name, String kind, String body) {
        return "<network xmlns=\"" + NetworkDefinitions.NAMESPACE + "\">\n  <name>" + name + "</name>\n  <kind>"
                + kind + "</kind>\n  " + body + "\n</network>\n";
    }

    /** {@return a network loaded from {@link #document}} */
    static Network network(String name, String kind, String body) throws NetworkDefinitionException {
        return NetworkDefinitions.load(document(name, kind, body));
    }
}
