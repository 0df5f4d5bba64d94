package org.xenophilia.image.deploy.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.ImageDeployerContext;

/** The deployer as the Agent opens it, on a test's directories; and what it leaves on disk. */
final class Deployers {

    /** How long the test servers may stall before a download fails: short, so that a stall test is quick. */
    static final Duration STALL = Duration.ofSeconds(2);

    private Deployers() {
    }

    /**
     * @param root the test's directory: {@code state/} and {@code local/} are made in it
     * @param sources the {@code images.sources} setting, or {@code null}
     * @return an open deployer
     */
    static ImagesDeployer open(Path root, String sources) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("directory", root.resolve("local").toString());
        if (sources != null) {
            settings.put("sources", sources);
        }
        return new ImagesDeployer(new ImageDeployerContext(root.resolve("state"), settings), STALL);
    }

    /** @return the image of that name the deployer lists */
    static CatalogImage find(ImagesDeployer deployer, String name) throws Exception {
        return deployer.images(true).stream().filter(i -> i.entry().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed; problems: "
                        + deployer.sourceProblems()));
    }

    /** @return the files under a directory (none: an empty list; a missing directory too) */
    static List<Path> filesUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).toList();
        }
    }
}
