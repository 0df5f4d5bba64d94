package org.xenophilia.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.model.codegen.GeneratedFiles.Difference;
import org.xenophilia.model.codegen.GeneratedFiles.Kind;

/** The comparison behind the drift test and behind installing a regeneration into the bundle. */
class GeneratedFilesTest {

    private static void write(Path root, String path, String content) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), content);
    }

    @Test
    void reportsEveryMissingExtraAndDifferentFileByPath(@TempDir Path committed, @TempDir Path fresh)
            throws IOException {
        write(committed, "model/domain.ecore", "same");
        write(fresh, "model/domain.ecore", "same");
        write(committed, "model/domain.genmodel", "old");
        write(fresh, "model/domain.genmodel", "new");
        write(fresh, "src-gen/org/x/New.java", "class New {}");
        write(committed, "src-gen/org/x/Stale.java", "class Stale {}");
        write(committed, "src/org/x/HandWritten.java", "not generated, never compared");

        List<Difference> differences = GeneratedFiles.compare(GeneratedModel.DOMAIN, committed, fresh);

        assertEquals(List.of(new Difference(Kind.DIFFERENT, "model/domain.genmodel"),
                new Difference(Kind.MISSING, "src-gen/org/x/New.java"),
                new Difference(Kind.EXTRA, "src-gen/org/x/Stale.java")), differences);
        assertEquals("extra (committed, but no longer generated): src-gen/org/x/Stale.java",
                differences.get(2).toString());
    }

    @Test
    void installReplacesGeneratedFilesAndRemovesStaleOnesButKeepsEverythingElse(@TempDir Path bundle,
            @TempDir Path fresh) throws IOException {
        write(bundle, "model/domain.xsd", "schema");
        write(bundle, "model/domain.ecore", "old");
        write(bundle, "src-gen/org/x/Stale.java", "class Stale {}");
        write(bundle, "src/org/x/HandWritten.java", "hand-written");
        write(fresh, "model/domain.ecore", "new");
        write(fresh, "model/domain.genmodel", "genmodel");
        write(fresh, "src-gen/org/y/New.java", "class New {}");

        List<String> changes = ModelGenerator.install(GeneratedModel.DOMAIN, fresh, bundle);

        assertEquals(4, changes.size(), changes.toString());
        assertEquals(List.of(), GeneratedFiles.compare(GeneratedModel.DOMAIN, bundle, fresh));
        assertFalse(Files.exists(bundle.resolve("src-gen/org/x")), "emptied generated folders are removed");
        assertEquals("schema", Files.readString(bundle.resolve("model/domain.xsd")));
        assertEquals("hand-written", Files.readString(bundle.resolve("src/org/x/HandWritten.java")));
    }
}
