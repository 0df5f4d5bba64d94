package org.xenophilia.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layout rules of docs/architecture.md, checked on the source tree so that they cannot drift: a folder under
 * bundles/ is named after its bundle, has a test bundle under tests/, and a headless bundle (one whose name has
 * no {@code .ui} segment) neither requires nor imports SWT or the Eclipse UI, in its manifest or in its code.
 */
public class BundleLayoutTest {

    private static final Path REPO = Path.of(System.getProperty("xenophilia.repo", "../.."));
    private static final Pattern UI_REFERENCE = Pattern.compile("\\borg\\.eclipse\\.(swt|ui|jface)\\b");
    private static final Pattern UI_IMPORT = Pattern.compile("^import\\s+(static\\s+)?org\\.eclipse\\.(swt|ui|jface)\\.",
            Pattern.MULTILINE);

    @Test
    public void everyBundleFolderIsNamedAfterItsBundleAndHasATestBundle() throws IOException {
        List<Path> bundles = bundleFolders();
        assertFalse(bundles.isEmpty(), "bundles found under " + REPO.toAbsolutePath());
        for (Path bundle : bundles) {
            String folder = bundle.getFileName().toString();
            assertEquals(folder, symbolicName(bundle), "folder name = Bundle-SymbolicName for " + bundle);
            assertTrue(Files.isDirectory(REPO.resolve("tests").resolve(folder + ".tests")),
                    folder + " has its test bundle tests/" + folder + ".tests");
        }
    }

    @Test
    public void headlessBundlesUseNoSwtAndNoEclipseUi() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path bundle : bundleFolders()) {
            String name = bundle.getFileName().toString();
            if (name.matches(".*\\.ui(\\..*)?")) {
                continue;
            }
            Manifest manifest = manifest(bundle);
            for (String header : List.of("Require-Bundle", "Import-Package")) {
                String value = manifest.getMainAttributes().getValue(header);
                if (value != null && UI_REFERENCE.matcher(value).find()) {
                    violations.add(name + " MANIFEST.MF " + header + ": " + value);
                }
            }
            for (String sourceFolder : List.of("src", "src-gen")) {
                Path root = bundle.resolve(sourceFolder);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher m = UI_IMPORT.matcher(Files.readString(java));
                        if (m.find()) {
                            violations.add(REPO.relativize(java) + ": " + m.group().trim());
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "headless bundles must not use SWT/Eclipse UI:\n" + String.join("\n", violations));
    }

    private static List<Path> bundleFolders() throws IOException {
        try (Stream<Path> children = Files.list(REPO.resolve("bundles"))) {
            return children.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
        }
    }

    private static Manifest manifest(Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }

    private static String symbolicName(Path bundle) throws IOException {
        String value = manifest(bundle).getMainAttributes().getValue("Bundle-SymbolicName");
        return value == null ? null : value.split(";")[0].trim();
    }
}
