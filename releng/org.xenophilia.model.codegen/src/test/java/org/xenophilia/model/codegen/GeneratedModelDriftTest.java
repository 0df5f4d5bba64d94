package org.xenophilia.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
