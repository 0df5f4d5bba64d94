package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** Where the test documents and the schema are, and schema validation with the JDK's own validator. */
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

    static String read(String relative) throws IOException {
        return Files.readString(file(relative));
    }

    /** {@return model/domain.xsd of org.xenophilia.model} */
    static Path schemaFile() {
        String repo = System.getProperty("xenophilia.repo");
        Path schema = repo != null ? Path.of(repo, "bundles/org.xenophilia.model/model/domain.xsd")
                : dir().resolve("../../../bundles/org.xenophilia.model/model/domain.xsd");
        assertTrue(Files.isRegularFile(schema), "schema not found: " + schema.toAbsolutePath());
        return schema;
    }

    /** Validates XML text against domain.xsd with javax.xml.validation; throws on the first error. */
    static void validateAgainstSchema(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(schemaFile().toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
