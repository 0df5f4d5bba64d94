package org.xenophilia.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The set of generated files of a model's bundle, and a byte-exact comparison of two copies of it: the committed one
 * and a fresh regeneration (drift check), or a fresh one and the bundle (what a regeneration must change).
 */
public final class GeneratedFiles {

    /** How a generated file of one copy differs from the other. */
    public enum Kind {
        /** In the fresh copy only: the committed copy lacks it. */
        MISSING,
        /** In the committed copy only: the schema no longer produces it. */
        EXTRA,
        /** In both, with different content. */
        DIFFERENT
    }

    /**
     * One differing file.
     *
     * @param kind how it differs
     * @param path path relative to the bundle, with '/' separators
     */
    public record Difference(Kind kind, String path) {
        @Override
        public String toString() {
            return switch (kind) {
                case MISSING -> "missing (not committed, but generated): " + path;
                case EXTRA -> "extra (committed, but no longer generated): " + path;
                case DIFFERENT -> "differs from a fresh regeneration: " + path;
            };
        }
    }

    private GeneratedFiles() {
    }

    /**
     * Lists the generated files of a model under a bundle-shaped directory: its Ecore model, its GenModel and every
     * file under {@code src-gen}.
     *
     * @param model the model
     * @param root the bundle or a generation output directory
     * @return sorted paths relative to {@code root}, '/'-separated
     * @throws IOException when the directory cannot be read
     */
    public static Set<String> list(GeneratedModel model, Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        for (String single : List.of(model.ecore(), model.genmodel())) {
            if (Files.isRegularFile(root.resolve(single))) {
                files.add(single);
            }
        }
        Path srcGen = root.resolve(ModelGenerator.SRC_GEN);
        if (Files.isDirectory(srcGen)) {
            try (Stream<Path> paths = Files.walk(srcGen)) {
                paths.filter(Files::isRegularFile)
                        .map(path -> root.relativize(path).toString().replace('\\', '/'))
                        .forEach(files::add);
            }
        }
        return files;
    }

    /**
     * Compares the generated files of a model in two bundle-shaped directories byte by byte.
     *
     * @param model the model
     * @param committed the bundle as it is
     * @param fresh a fresh generation output
     * @return every difference, sorted by path; empty when the copies are identical
     * @throws IOException when a file cannot be read
     */
    public static List<Difference> compare(GeneratedModel model, Path committed, Path fresh) throws IOException {
        Set<String> committedFiles = list(model, committed);
        Set<String> freshFiles = list(model, fresh);
        Set<String> all = new TreeSet<>(committedFiles);
        all.addAll(freshFiles);
        List<Difference> differences = new ArrayList<>();
        for (String path : all) {
            if (!committedFiles.contains(path)) {
                differences.add(new Difference(Kind.MISSING, path));
            } else if (!freshFiles.contains(path)) {
                differences.add(new Difference(Kind.EXTRA, path));
            } else if (!Arrays.equals(Files.readAllBytes(committed.resolve(path)),
                    Files.readAllBytes(fresh.resolve(path)))) {
                differences.add(new Difference(Kind.DIFFERENT, path));
            }
        }
        return differences;
    }
}
