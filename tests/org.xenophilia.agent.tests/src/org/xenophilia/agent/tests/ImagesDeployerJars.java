package org.xenophilia.agent.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Agent's own image deployer ({@code images}) as the {@code .deb} ships it: the jar the build made, with its
 * services file, and the jars it needs (tar, xz, zstd); and the busybox images the project builds, for it to deploy.
 */
final class ImagesDeployerJars {

    /** One class of each jar the deployer needs besides the SPI. */
    private static final List<Class<?>> DEPENDENCIES = List.of(
            org.apache.commons.compress.archivers.tar.TarArchiveInputStream.class,
            org.apache.commons.io.IOUtils.class, org.apache.commons.lang3.StringUtils.class,
            org.tukaani.xz.XZInputStream.class, com.github.luben.zstd.ZstdInputStream.class);

    private ImagesDeployerJars() {
    }

    /** @return the deployer's jar and its dependencies', to put on an Agent's class path */
    static List<Path> jars() throws Exception {
        Path target = Path.of(System.getProperty("xenophilia.repo", "../.."), "bundles", "org.xenophilia.image.deploy",
                "target");
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> s = Files.list(target)) {
            jars.add(s.filter(p -> p.getFileName().toString().matches("org\\.xenophilia\\.image\\.deploy-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the image deployer first: no"
                            + " jar in " + target.toAbsolutePath())));
        }
        for (Class<?> c : DEPENDENCIES) {
            jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return jars;
    }

    /**
     * Builds the busybox images ({@code releng/images/busybox/build.sh OUT}): a local catalog in {@code out}.
     *
     * @return {@code out}
     */
    static Path busybox(Path out) throws Exception {
        Path recipe = Path.of(System.getProperty("xenophilia.repo", "../.."), "releng/images/busybox/build.sh");
        Process p = new ProcessBuilder(recipe.toString(), out.toString()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("the busybox recipe failed: " + new String(output));
        }
        return out;
    }
}
