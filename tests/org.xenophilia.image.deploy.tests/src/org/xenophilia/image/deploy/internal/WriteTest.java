package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageException;

/**
 * Writing into a new volume, with the real tools: each compression of a busybox disk image round-trips byte for byte
 * onto a sparse file that stays sparse; an ext4 disk is grown to the volume and is clean; a root filesystem archive
 * becomes an ext4 whose files keep mode (setuid too), owner and links; content longer than the catalog says is
 * refused.
 */
class WriteTest {

    private static final long VOLUME = 256L << 20;

    @TempDir
    Path dir;

    /** Puts a file and its entry in the local catalog; returns the deployer's image. */
    private CatalogImage local(ImagesDeployer[] opened, String name, String content, String compression,
            String filesystem, Path file, long contentSize) throws Exception {
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.copy(file, local.resolve(file.getFileName()));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(TestImages.entry(name, content,
                compression, filesystem, file, contentSize, file.getFileName().toString())));
        opened[0] = Deployers.open(dir, null);
        return Deployers.find(opened[0], name);
    }

    private Path volume() throws Exception {
        Path volume = dir.resolve("volume.raw");
        TestImages.run("truncate", "-s", Long.toString(VOLUME), volume.toString());
        return volume;
    }

    /** @return the file's allocated bytes, as {@code stat} reports its blocks */
    private static long allocated(Path file) throws Exception {
        return Long.parseLong(TestImages.run("stat", "-c", "%b", file.toString()).trim()) * 512;
    }

    @ParameterizedTest
    @ValueSource(strings = { "none", "gz", "xz", "zstd" })
    void aDiskImageRoundTripsInEachCompressionAndStaysSparse(String compression) throws Exception {
        Path disk = TestImages.disk(dir.resolve("made"));
        Path file = TestImages.compress(disk, compression);
        ImagesDeployer[] d = new ImagesDeployer[1];
        CatalogImage image = local(d, "busybox-disk", "disk", compression, null, file, TestImages.DISK_SIZE);
        Path volume = volume();
        RecordedProgress progress = new RecordedProgress();

        d[0].write(image, d[0].fetch(image, progress), new DeployTarget(volume, VOLUME, true), progress);

        assertEquals(List.of(DeployPhase.VERIFYING, DeployPhase.WRITING), progress.phases());
        assertEquals(TestImages.DISK_SIZE, progress.bytes().get(progress.bytes().size() - 1));
        byte[] written = new byte[(int) TestImages.DISK_SIZE];
        try (InputStream in = Files.newInputStream(volume)) {
            assertEquals(written.length, in.readNBytes(written, 0, written.length));
        }
        assertArrayEquals(Files.readAllBytes(disk), written);
        assertEquals(VOLUME, Files.size(volume));
        long used = allocated(volume);
        assertTrue(used < TestImages.DISK_SIZE / 4, "allocated " + used + " of " + VOLUME + " bytes");
    }

    @Test
    void anExt4DiskIsGrownToTheVolumeAndClean() throws Exception {
        Path disk = TestImages.disk(dir.resolve("made"));
        Path file = TestImages.compress(disk, "zstd");
        ImagesDeployer[] d = new ImagesDeployer[1];
        CatalogImage image = local(d, "busybox-disk", "disk", "zstd", "ext4", file, TestImages.DISK_SIZE);
        Path volume = volume();
        RecordedProgress progress = new RecordedProgress();

        d[0].write(image, d[0].fetch(image, progress), new DeployTarget(volume, VOLUME, true), progress);

        assertEquals(List.of(DeployPhase.VERIFYING, DeployPhase.WRITING, DeployPhase.GROWING_FILESYSTEM),
                progress.phases());
        String header = TestImages.run("dumpe2fs", "-h", volume.toString());
        assertEquals(VOLUME, field(header, "Block count") * field(header, "Block size"), header);
        TestImages.run("e2fsck", "-fn", volume.toString());
        assertTrue(TestImages.run("debugfs", "-R", "stat /bin/busybox", volume.toString()).contains("Mode:  0755"));
    }

    @Test
    void aRootFilesystemArchiveBecomesAnExt4KeepingModesOwnersAndLinks() throws Exception {
        Path tar = TestImages.rootfsTar(dir.resolve("made"));
        Path file = TestImages.compress(tar, "gz");
        ImagesDeployer[] d = new ImagesDeployer[1];
        CatalogImage image = local(d, "busybox-rootfs", "rootfs", "gz", null, file, Files.size(tar));
        Path volume = volume();
        RecordedProgress progress = new RecordedProgress();

        d[0].write(image, d[0].fetch(image, progress), new DeployTarget(volume, VOLUME, true), progress);

        assertEquals(List.of(DeployPhase.VERIFYING, DeployPhase.WRITING, DeployPhase.MAKING_FILESYSTEM),
                progress.phases());
        TestImages.run("e2fsck", "-fn", volume.toString());
        String busybox = stat(volume, "/bin/busybox");
        assertTrue(busybox.contains("Mode:  0755") && busybox.matches("(?s).*User:\\s+0\\s+Group:\\s+0\\b.*"),
                busybox);
        assertTrue(stat(volume, "/bin/su-test").contains("Mode:  04755"), stat(volume, "/bin/su-test"));
        assertTrue(stat(volume, "/tmp").contains("Mode:  01777"), stat(volume, "/tmp"));
        String owned = stat(volume, "/etc/owned");
        assertTrue(owned.contains("Mode:  0640") && owned.matches("(?s).*User:\\s+1234\\s+Group:\\s+2345\\b.*"),
                owned);
        assertTrue(stat(volume, "/bin/sh").contains("Type: symlink"), stat(volume, "/bin/sh"));
        assertTrue(stat(volume, "/etc/passwd").contains("Links: 2"), stat(volume, "/etc/passwd"));
        String root = stat(volume, "/");
        assertTrue(root.matches("(?s).*User:\\s+0\\s+Group:\\s+0\\b.*"), root);
        assertEquals(List.of(), Deployers.filesUnder(dir.resolve("state/staging")), "the staging tree is removed");
    }

    @Test
    void contentLongerThanTheCatalogSaysIsRefused() throws Exception {
        Path disk = TestImages.disk(dir.resolve("made"));
        Path file = TestImages.compress(disk, "xz");
        ImagesDeployer[] d = new ImagesDeployer[1];
        CatalogImage image = local(d, "busybox-disk", "disk", "xz", null, file, TestImages.DISK_SIZE - 4096);
        Path volume = volume();

        ImageException e = assertThrows(ImageException.class, () -> d[0].write(image,
                d[0].fetch(image, new RecordedProgress()), new DeployTarget(volume, VOLUME, true),
                new RecordedProgress()));

        assertEquals(ImageException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("more than the catalog's contentSize"), e.getMessage());
    }

    @Test
    void aFileThatIsNotItsCompressionIsInvalid() throws Exception {
        Path disk = TestImages.disk(dir.resolve("made"));
        Path file = TestImages.compress(disk, "gz");
        Path misnamed = Files.move(file, file.resolveSibling("disk.raw.zst"));
        ImagesDeployer[] d = new ImagesDeployer[1];
        CatalogImage image = local(d, "busybox-disk", "disk", "zstd", null, misnamed, TestImages.DISK_SIZE);

        ImageException e = assertThrows(ImageException.class, () -> d[0].write(image,
                d[0].fetch(image, new RecordedProgress()), new DeployTarget(volume(), VOLUME, true),
                new RecordedProgress()));

        assertEquals(ImageException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("zstd"), e.getMessage());
    }

    private static String stat(Path volume, String path) throws Exception {
        return TestImages.run("debugfs", "-R", "stat " + path, volume.toString());
    }

    private static long field(String dumpe2fs, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+)").matcher(dumpe2fs);
        assertTrue(m.find(), name + " in " + dumpe2fs);
        return Long.parseLong(m.group(1));
    }
}
