package org.xenophilia.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The committed model/NAME.ecore, model/NAME.genmodel and src-gen/ of every generated model (the domain's in
 * org.xenophilia.model, the network's in org.xenophilia.network) must be exactly what releng/regenerate-model.sh
 * produces from model/NAME.xsd.
 */
class GeneratedModelDriftTest {

    static final List<GeneratedModel> MODELS = GeneratedModel.ALL;

    private static Path repository() {
        String property = System.getProperty("xenophilia.repo");
        return property != null ? Path.of(property) : Path.of("../..");
    }

    private static Path bundle(GeneratedModel model) {
        Path bundle = model.bundleIn(repository());
        assertTrue(Files.isRegularFile(bundle.resolve(model.xsd())), "no schema in " + bundle.toAbsolutePath());
        return bundle;
    }

    private static GeneratedModel model(String project) {
        return MODELS.stream().filter(model -> model.project().equals(project)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODELS")
    void committedGeneratedFilesMatchAFreshRegeneration(GeneratedModel model, @TempDir Path fresh) throws Exception {
        Path bundle = bundle(model);
        ModelGenerator.generate(model, bundle.resolve(model.xsd()), fresh);

        List<GeneratedFiles.Difference> differences = GeneratedFiles.compare(model, bundle, fresh);

        assertTrue(differences.isEmpty(), () -> "The generated model of " + bundle.toAbsolutePath().normalize()
                + " is out of date with " + model.xsd() + " (" + differences.size()
                + " file(s)). Run releng/regenerate-model.sh and commit the result.\n  "
                + differences.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
    }

    @ParameterizedTest(name = "{0} in package {1}")
    @CsvSource({ "org.xenophilia.model, org/xenophilia/domain/Domain",
        "org.xenophilia.network, org/xenophilia/network/definition/Network" })
    void generationIsDeterministic(String project, String packageAndPrefix, @TempDir Path first,
            @TempDir Path second) throws Exception {
        GeneratedModel model = model(project);
        Path xsd = bundle(model).resolve(model.xsd());
        ModelGenerator.generate(model, xsd, first);
        ModelGenerator.generate(model, xsd, second);

        assertEquals(List.of(), GeneratedFiles.compare(model, first, second));
        assertTrue(GeneratedFiles.list(model, first).contains("src-gen/" + packageAndPrefix + "Package.java"),
                "the generated package and prefix are " + packageAndPrefix);
        assertTrue(GeneratedFiles.list(model, first).contains("src-gen/" + packageAndPrefix + "Factory.java"));
        for (String file : GeneratedFiles.list(model, first)) {
            String text = Files.readString(first.resolve(file));
            assertTrue(text.indexOf('\r') < 0, file + " must use \\n line ends only");
            assertTrue(!text.contains(first.toString()), file + " must not contain the output path");
        }
    }

    /**
     * The check above on a copy of a bundle whose schema was edited and not regenerated: a new element, and a
     * changed facet, each make it fail and name the generated files that no longer match.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "org.xenophilia.model | a new element | <xs:element name=\"nomigrate\" | <xs:element name=\"driftProbe\" type=\"xs:boolean\" minOccurs=\"0\"/><xs:element name=\"nomigrate\" | src-gen/org/xenophilia/domain/Domain.java",
        "org.xenophilia.model | a changed facet | <xs:minInclusive value=\"1\"/> | <xs:minInclusive value=\"2\"/> | model/domain.ecore",
        "org.xenophilia.network | a new element | <xs:element name=\"uplink\" | <xs:element name=\"driftProbe\" type=\"xs:boolean\" minOccurs=\"0\"/><xs:element name=\"uplink\" | src-gen/org/xenophilia/network/definition/Network.java",
        "org.xenophilia.network | a changed facet | <xs:maxInclusive value=\"4094\"/> | <xs:maxInclusive value=\"4095\"/> | model/network.ecore" })
    void aSchemaEditedWithoutRegeneratingIsReported(String project, String change, String before, String after,
            String stale, @TempDir Path copy, @TempDir Path fresh) throws Exception {
        GeneratedModel model = model(project);
        Path bundle = bundle(model);
        for (String folder : List.of("model", ModelGenerator.SRC_GEN)) {
            try (Stream<Path> files = Files.walk(bundle.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(bundle.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path xsd = copy.resolve(model.xsd());
        String schema = Files.readString(xsd);
        assertTrue(schema.contains(before), "the schema has " + before);
        Files.writeString(xsd, schema.replaceFirst(Pattern.quote(before), after));
        assertEquals(List.of(), GeneratedFiles.compare(model, bundle, copy),
                "the copy's generated files are the bundle's");

        ModelGenerator.generate(model, xsd, fresh);
        List<GeneratedFiles.Difference> differences = GeneratedFiles.compare(model, copy, fresh);

        assertTrue(differences.stream().anyMatch(d -> d.path().equals(stale)),
                change + " must make " + stale + " stale: " + differences);
    }
}
