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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /**
     * The "What depends on what" block of docs/architecture.md names, for every bundle, exactly the Xenophilia bundles
     * its manifest requires or imports packages from (in short form: {@code model} for org.xenophilia.model).
     */
    @Test
    public void theArchitectureMapNamesEveryBundlesXenophiliaDependencies() throws IOException {
        Map<String, String> bundleOfPackage = new TreeMap<>();
        Map<String, Manifest> manifests = new TreeMap<>();
        for (Path bundle : bundleFolders()) {
            String name = symbolicName(bundle);
            Manifest manifest = manifest(bundle);
            manifests.put(name, manifest);
            for (String exported : headerNames(manifest, "Export-Package")) {
                bundleOfPackage.put(exported, name);
            }
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Map.Entry<String, Manifest> e : manifests.entrySet()) {
            Set<String> uses = new TreeSet<>();
            for (String required : headerNames(e.getValue(), "Require-Bundle")) {
                if (manifests.containsKey(required)) {
                    uses.add(shortName(required));
                }
            }
            for (String imported : headerNames(e.getValue(), "Import-Package")) {
                String owner = bundleOfPackage.get(imported);
                if (owner != null) {
                    uses.add(shortName(owner));
                }
            }
            uses.remove(shortName(e.getKey()));
            actual.put(shortName(e.getKey()), uses);
        }

        String doc = Files.readString(REPO.resolve("docs/architecture.md"));
        int start = doc.indexOf("## What depends on what");
        assertTrue(start >= 0, "docs/architecture.md has its section \"What depends on what\"");
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher line = Pattern.compile("^org\\.xenophilia\\.([a-z.]+)\\s+\u2190(.*)$", Pattern.MULTILINE)
                .matcher(doc.substring(start, doc.indexOf("\nRules", start)));
        while (line.find()) {
            Set<String> named = new TreeSet<>();
            for (String item : line.group(2).replaceAll("\\([^)]*\\)?", "").split(",")) {
                String word = item.strip().split("\\s+")[0];
                if (actual.containsKey(word)) {
                    named.add(word);
                }
            }
            documented.put(line.group(1), named);
        }
        assertEquals(actual, documented, "docs/architecture.md, What depends on what (left: the manifests)");
    }

    private static String shortName(String symbolicName) {
        return symbolicName.substring("org.xenophilia.".length());
    }

    /** The names of a manifest header's clauses, without their attributes and directives. */
    private static List<String> headerNames(Manifest manifest, String header) {
        String value = manifest.getMainAttributes().getValue(header);
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        // commas inside quoted directive values (x-friends:="a,b") do not separate clauses
        for (String clause : value.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            names.add(clause.split(";")[0].strip());
        }
        return names;
    }
}
