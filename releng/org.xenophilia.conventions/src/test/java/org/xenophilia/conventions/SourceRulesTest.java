package org.xenophilia.conventions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rules for the sources, checked on the tree:
 * <ul>
 * <li>small classes: a hand-written class of any bundle over {@value #MAX_LINES} lines says at its top why it is one
 * class;</li>
 * <li>the Eclipse way of localisation: a UI bundle's plugin.xml names its labels as {@code %keys} of its
 * plugin.properties ({@code Bundle-Localization: plugin}), and each {@code Messages} class (NLS) has exactly the keys
 * of the {@code messages.properties} beside it.</li>
 * </ul>
 */
public class SourceRulesTest {

    private static final Path REPO = Path.of(System.getProperty("xenophilia.repo", "../.."));
    /** The Workbench's UI bundles: every bundle with a {@code .ui} segment, as the layout rules name them. */
    private static final List<String> UI = uiBundles();
    private static final int MAX_LINES = 600;
    /** What a long class's Javadoc says to explain its size, e.g. "Why one class of 700 lines: ...". */
    private static final String REASON = "Why one class";
    /** Attributes of plugin.xml that users read. */
    private static final Pattern SHOWN = Pattern.compile("\\b(label|name|description|tooltip)=\"([^\"]*)\"");
    /** Elements whose name attribute is an identifier, not a label. */
    private static final Pattern NOT_SHOWN = Pattern.compile("<(separator|property|parameter)\\b[^>]*>");
    private static final Pattern NLS_FIELD = Pattern.compile("public static String (\\w+);");

    @Test
    public void noHandWrittenClassIsLongWithoutSayingWhy() throws IOException {
        List<String> long0 = new ArrayList<>();
        List<Path> bundles;
        try (var all = Files.list(REPO.resolve("bundles"))) {
            bundles = all.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(bundles.size() >= 9, "the bundles: " + bundles);
        for (Path bundle : bundles) {
            // generated code (src-gen) is not written by hand
            for (Path java : javaFiles(bundle.resolve("src"))) {
                List<String> lines = Files.readAllLines(java, StandardCharsets.UTF_8);
                if (lines.size() > MAX_LINES && lines.stream().noneMatch(l -> l.contains(REASON))) {
                    long0.add(REPO.relativize(java) + ": " + lines.size() + " lines");
                }
            }
        }
        assertTrue(long0.isEmpty(), "classes over " + MAX_LINES + " lines without '" + REASON + "' at their top:\n"
                + String.join("\n", long0));
    }

    @Test
    public void pluginXmlLabelsComeFromPluginProperties() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : UI) {
            Path dir = REPO.resolve("bundles").resolve(bundle);
            String manifest = Files.readString(dir.resolve("META-INF/MANIFEST.MF"));
            if (!manifest.contains("Bundle-Localization: plugin")) {
                problems.add(bundle + ": no Bundle-Localization: plugin");
            }
            if (!Files.readString(dir.resolve("build.properties")).contains("plugin.properties")) {
                problems.add(bundle + ": plugin.properties is not in build.properties' bin.includes");
            }
            Properties labels = load(dir.resolve("plugin.properties"));
            String xml = NOT_SHOWN.matcher(Files.readString(dir.resolve("plugin.xml"))
                    .replaceAll("(?s)<!--.*?-->", "")).replaceAll("");
            Matcher m = SHOWN.matcher(xml);
            while (m.find()) {
                String value = m.group(2);
                if (!value.startsWith("%")) {
                    problems.add(bundle + "/plugin.xml: " + m.group(1) + "=\"" + value + "\" is not a %key");
                } else if (!labels.containsKey(value.substring(1))) {
                    problems.add(bundle + "/plugin.xml: " + value + " is not in plugin.properties");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    public void everyMessagesClassHasTheKeysOfItsProperties() throws IOException {
        List<String> problems = new ArrayList<>();
        int classes = 0;
        for (String bundle : UI) {
            for (Path java : javaFiles(REPO.resolve("bundles").resolve(bundle).resolve("src"))) {
                if (!java.getFileName().toString().equals("Messages.java")) {
                    continue;
                }
                classes++;
                Set<String> fields = new TreeSet<>();
                Matcher m = NLS_FIELD.matcher(Files.readString(java));
                while (m.find()) {
                    fields.add(m.group(1));
                }
                Set<String> keys = new TreeSet<>(load(java.resolveSibling("messages.properties"))
                        .stringPropertyNames());
                if (!fields.equals(keys)) {
                    Set<String> missing = new TreeSet<>(fields);
                    missing.removeAll(keys);
                    Set<String> unused = new TreeSet<>(keys);
                    unused.removeAll(fields);
                    problems.add(REPO.relativize(java) + ": fields without a message " + missing
                            + ", messages without a field " + unused);
                }
            }
        }
        assertTrue(UI.size() >= 3, "the UI bundles: " + UI);
        assertFalse(classes < UI.size(), "a Messages class in each UI bundle");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<String> uiBundles() {
        try (Stream<Path> all = Files.list(REPO.resolve("bundles"))) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.ui(\\..*)?")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
