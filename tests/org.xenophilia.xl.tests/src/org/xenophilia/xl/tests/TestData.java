package org.xenophilia.xl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.xenophilia.xl.cfg.XlConfigParser;

/**
 * The test data folder ({@code testdata/} of this bundle; the build passes it as the system property
 * {@code xenophilia.testdata}) and the formats of the files in it.
 */
final class TestData {

    private static final Path ROOT = Path.of(System.getProperty("xenophilia.testdata", "testdata"));

    private TestData() {
    }

    static Path path(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data missing: " + p.toAbsolutePath());
        }
        return p;
    }

    /** The text of a file, decoded the way the parser's callers decode xl.cfg files. */
    static String text(String relative) {
        try {
            return XlConfigParser.decode(Files.readAllBytes(path(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names in a folder ending with a suffix, sorted. */
    static List<String> files(String folder, String suffix) {
        try (Stream<Path> s = Files.list(path(folder))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A captured xl run in the fixture format of {@code xl-4.17/}: {@code command:}, {@code exit code:}, then
     * {@code --- stdout ---} and {@code --- stderr ---} sections (or one merged {@code --- stdout+stderr ---}).
     */
    record Capture(String command, int exitCode, String stdout, String stderr) {

        static Capture read(String relative) {
            String text = text(relative);
            String[] lines = text.split("\n", -1);
            String command = lines[0].substring("command: ".length());
            int exit = Integer.parseInt(lines[1].substring("exit code: ".length()).strip());
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            StringBuilder current = null;
            for (int i = 2; i < lines.length; i++) {
                String line = lines[i];
                if (line.equals("--- stdout ---")) {
                    current = out;
                } else if (line.equals("--- stderr ---") || line.equals("--- stdout+stderr ---")) {
                    current = err;
                } else if (current != null && !(i == lines.length - 1 && line.isEmpty())) {
                    current.append(line).append('\n');
                }
            }
            return new Capture(command, exit, out.toString(), err.toString());
        }
    }
}
