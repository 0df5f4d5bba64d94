package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployTarget;

/**
 * The busybox images the project builds ({@code releng/images/busybox/build.sh}, run as the e2e tier runs it),
 * served by their own {@code catalog.xml} as a node's local catalog, each deployed onto a sparse volume larger than
 * the image: the rootfs archive (gz) made into ext4, the disk in each of zstd, xz and none written and grown; every
 * result a clean ext4 of the volume's size holding a root-owned {@code /bin/busybox} of mode 0755.
 */
class BusyboxImagesTest {

    private static final long VOLUME = 160L << 20;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        Path recipe = Path.of(System.getProperty("xenophilia.repo"), "releng/images/busybox/build.sh");
        TestImages.run(recipe.toString(), dir.resolve("local").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "busybox-rootfs", "busybox-disk", "busybox-disk-xz", "busybox-disk-raw" })
    void eachImageOfTheRecipeDeploysIntoACleanExt4OfTheVolume(String name) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        Files.createSymbolicLink(root.resolve("local"), dir.resolve("local"));
        ImagesDeployer deployer = Deployers.open(root, null);
        CatalogImage image = Deployers.find(deployer, name);
        Path volume = root.resolve("volume.raw");
        TestImages.run("truncate", "-s", Long.toString(VOLUME), volume.toString());
        RecordedProgress progress = new RecordedProgress();

        deployer.write(image, deployer.fetch(image, progress), new DeployTarget(volume, VOLUME, true), progress);

        assertEquals(name.equals("busybox-rootfs") ? DeployPhase.MAKING_FILESYSTEM : DeployPhase.GROWING_FILESYSTEM,
                progress.phases().get(progress.phases().size() - 1));
        TestImages.run("e2fsck", "-fn", volume.toString());
        String header = TestImages.run("dumpe2fs", "-h", volume.toString());
        assertEquals(VOLUME, field(header, "Block count") * field(header, "Block size"));
        String busybox = TestImages.run("debugfs", "-R", "stat /bin/busybox", volume.toString());
        assertTrue(busybox.contains("Mode:  0755") && busybox.matches("(?s).*User:\\s+0\\s+Group:\\s+0\\b.*"),
                busybox);
        assertEquals(List.of(), Deployers.filesUnder(root.resolve("state/downloads")), "verified in place");
        assertEquals(List.of(), Deployers.filesUnder(root.resolve("state/staging")));
    }

    private static long field(String dumpe2fs, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+)").matcher(dumpe2fs);
        assertTrue(m.find(), name + " in " + dumpe2fs);
        return Long.parseLong(m.group(1));
    }
}
