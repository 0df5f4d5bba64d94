package org.xenophilia.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed model/domain.ecore, model/domain.genmodel and src-gen/ of org.xenophilia.model must be exactly what
 * releng/regenerate-model.sh produces from model/domain.xsd.
 */
class GeneratedModelDriftTest {

    private static Path bundle() {
        String property = System.getProperty("xenophilia.model.bundle");
        Path bundle = property != null ? Path.of(property) : Path.of("../../bundles/org.xenophilia.model");
        assertTrue(Files.isRegularFile(bundle.resolve(ModelGenerator.XSD)), "no schema in " + bundle.toAbsolutePath());
        return bundle;
    }

    @Test
    void committedGeneratedFilesMatchAFreshRegeneration(@TempDir Path fresh) throws Exception {
        Path bundle = bundle();
        ModelGenerator.generate(bundle.resolve(ModelGenerator.XSD), fresh);

        List<GeneratedFiles.Difference> differences = GeneratedFiles.compare(bundle, fresh);

        assertTrue(differences.isEmpty(), () -> "The generated model of " + bundle.toAbsolutePath().normalize()
                + " is out of date with " + ModelGenerator.XSD + " (" + differences.size()
                + " file(s)). Run releng/regenerate-model.sh and commit the result.\n  "
                + differences.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
    }

    @Test
    void generationIsDeterministic(@TempDir Path first, @TempDir Path second) throws Exception {
        Path xsd = bundle().resolve(ModelGenerator.XSD);
        ModelGenerator.generate(xsd, first);
        ModelGenerator.generate(xsd, second);

        assertEquals(List.of(), GeneratedFiles.compare(first, second));
        assertTrue(GeneratedFiles.list(first).contains("src-gen/org/xenophilia/domain/DomainPackage.java"),
                "the generated package is org.xenophilia.domain with DomainPackage");
        assertTrue(GeneratedFiles.list(first).contains("src-gen/org/xenophilia/domain/DomainFactory.java"));
        for (String file : GeneratedFiles.list(first)) {
            String text = Files.readString(first.resolve(file));
            assertTrue(text.indexOf('\r') < 0, file + " must use \\n line ends only");
            assertTrue(!text.contains(first.toString()), file + " must not contain the output path");
        }
    }

    /**
     * The check above on a copy of the bundle whose schema was edited and not regenerated: a new element, and a
     * changed facet, each make it fail and name the generated files that no longer match.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a new element | <xs:element name=\"nomigrate\" | <xs:element name=\"driftProbe\" type=\"xs:boolean\" minOccurs=\"0\"/><xs:element name=\"nomigrate\" | src-gen/org/xenophilia/domain/Domain.java",
        "a changed facet | <xs:minInclusive value=\"1\"/> | <xs:minInclusive value=\"2\"/> | model/domain.ecore" })
    void aSchemaEditedWithoutRegeneratingIsReported(String change, String before, String after, String stale,
            @TempDir Path copy, @TempDir Path fresh) throws Exception {
        Path bundle = bundle();
        for (String folder : List.of("model", ModelGenerator.SRC_GEN)) {
            try (Stream<Path> files = Files.walk(bundle.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(bundle.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path xsd = copy.resolve(ModelGenerator.XSD);
        String schema = Files.readString(xsd);
        assertTrue(schema.contains(before), "the schema has " + before);
        Files.writeString(xsd, schema.replaceFirst(Pattern.quote(before), after));
        assertEquals(List.of(), GeneratedFiles.compare(bundle, copy), "the copy's generated files are the bundle's");

        ModelGenerator.generate(xsd, fresh);
        List<GeneratedFiles.Difference> differences = GeneratedFiles.compare(copy, fresh);

        assertTrue(differences.stream().anyMatch(d -> d.path().equals(stale)),
                change + " must make " + stale + " stale: " + differences);
    }
}
