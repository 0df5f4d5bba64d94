package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageException;

/**
 * A volume on a full file system (a sparse file on a real 16 MiB tmpfs, which the image's 32 MiB of data overflow):
 * {@link ImageException.Kind#DISK_FULL} with the system's words.
 */
class DiskFullTest {

    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            TestImages.run("umount", mount.toString());
        }
    }

    @Test
    void aVolumeOnAFullFileSystemIsDiskFullInTheSystemsWords() throws Exception {
        long size = 128L << 20;
        Path file = TestImages.mixed(dir, size, 5);
        Path local = Files.createDirectories(dir.resolve("local"));
        Path zst = TestImages.compress(file, "zstd");
        Files.copy(zst, local.resolve("random.raw.zst"));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(TestImages.entry("random", "disk", "zstd",
                null, zst, size, "random.raw.zst")));
        ImagesDeployer deployer = Deployers.open(dir, null);
        CatalogImage image = Deployers.find(deployer, "random");
        mount = Files.createDirectories(dir.resolve("small"));
        TestImages.run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.toString());
        Path volume = mount.resolve("volume.raw");
        TestImages.run("truncate", "-s", Long.toString(size), volume.toString());

        ImageException e = assertThrows(ImageException.class, () -> deployer.write(image,
                deployer.fetch(image, new RecordedProgress()), new DeployTarget(volume, size, true),
                new RecordedProgress()));

        assertEquals(ImageException.Kind.DISK_FULL, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    }
}
