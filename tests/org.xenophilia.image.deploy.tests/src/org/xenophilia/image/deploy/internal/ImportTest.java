package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Image;

/**
 * A pushed image lands in the local catalog whole, file and entry, or not at all: a wrong sum, a short or long
 * file, a sender that breaks off, a cancel, a catalog that cannot be written, a name already there.
 */
class ImportTest {

    @TempDir
    Path dir;

    private Path local() {
        return dir.resolve("local");
    }

    private Image entry(Path file, String sum) throws Exception {
        return TestImages.image(TestImages.entry("pushed", "disk", "none", null, Files.size(file), sum,
                Files.size(file), "pushed.raw"));
    }

    @Test
    void aPushedImageIsAddedWithItsFile() throws Exception {
        Path file = TestImages.mixed(dir, 2L << 20, 1);
        ImagesDeployer deployer = Deployers.open(dir, null);
        RecordedProgress progress = new RecordedProgress();

        CatalogImage added = deployer.importImage(entry(file, TestImages.sha256(file)), Files.newInputStream(file),
                progress);

        assertTrue(added.local());
        assertEquals(List.of(DeployPhase.DOWNLOADING), progress.phases());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(local().resolve("pushed.raw")));
        assertEquals("pushed", ImageCatalogs.load(local().resolve("catalog.xml")).getImages().get(0).getName());
        assertEquals(List.of("pushed:1.0"), deployer.images(false).stream().map(CatalogImage::id).toList());

        ImageException again = assertThrows(ImageException.class, () -> deployer.importImage(
                entry(file, TestImages.sha256(file)), Files.newInputStream(file), new RecordedProgress()));
        assertEquals(ImageException.Kind.CONFLICT, again.kind());
    }

    @Test
    void aWrongSumLeavesNeitherFileNorEntry() throws Exception {
        Path file = TestImages.mixed(dir, 1L << 20, 2);
        ImagesDeployer deployer = Deployers.open(dir, null);
        String wrong = "ab".repeat(32);

        ImageException e = assertThrows(ImageException.class,
                () -> deployer.importImage(entry(file, wrong), Files.newInputStream(file), new RecordedProgress()));

        assertEquals(ImageException.Kind.CHECKSUM_MISMATCH, e.kind());
        assertEquals(List.of(wrong, TestImages.sha256(file), "pushed.raw"), e.parameters());
        assertEquals(List.of(), Deployers.filesUnder(local()));
    }

    @Test
    void aShortFileABrokenSenderOrACancelLeavesNothing() throws Exception {
        Path file = TestImages.mixed(dir, 1L << 20, 3);
        String sum = TestImages.sha256(file);
        ImagesDeployer deployer = Deployers.open(dir, null);
        byte[] bytes = Files.readAllBytes(file);

        ImageException shortFile = assertThrows(ImageException.class, () -> deployer.importImage(entry(file, sum),
                new ByteArrayInputStream(bytes, 0, bytes.length - 1), new RecordedProgress()));
        assertEquals(ImageException.Kind.INVALID, shortFile.kind());

        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("Connection reset");
                }
                return 1;
            }
        };
        ImageException broken = assertThrows(ImageException.class,
                () -> deployer.importImage(entry(file, sum), breaking, new RecordedProgress()));
        assertEquals(ImageException.Kind.FAILED, broken.kind());
        assertTrue(broken.getMessage().contains("Connection reset"), broken.getMessage());

        ImageException cancelled = assertThrows(ImageException.class, () -> deployer.importImage(entry(file, sum),
                Files.newInputStream(file), new RecordedProgress().cancelIn(DeployPhase.DOWNLOADING, 256 << 10)));
        assertEquals(ImageException.Kind.CANCELLED, cancelled.kind());

        assertEquals(List.of(), Deployers.filesUnder(local()));
    }

    @Test
    void aCatalogThatCannotBeWrittenTakesTheFileBackOut() throws Exception {
        Path file = TestImages.mixed(dir, 1L << 20, 4);
        ImagesDeployer deployer = Deployers.open(dir, null);
        // where catalog.xml would be renamed to, a directory: the write fails after the file was renamed
        Files.createDirectories(local().resolve("catalog.xml").resolve("in-the-way"));

        ImageException e = assertThrows(ImageException.class, () -> deployer.importImage(
                entry(file, TestImages.sha256(file)), Files.newInputStream(file), new RecordedProgress()));

        assertEquals(ImageException.Kind.FAILED, e.kind(), e.getMessage());
        assertEquals(List.of(local().resolve("catalog.xml"), local().resolve("catalog.xml/in-the-way")),
                Deployers.filesUnder(local()).stream().sorted().toList(), "no pushed.raw, no temporary");
    }

    @Test
    void anEntryWhoseUrlIsNotAPlainFileNameIsInvalid() throws Exception {
        Path file = TestImages.mixed(dir, 1L << 20, 5);
        ImagesDeployer deployer = Deployers.open(dir, null);
        Image entry = TestImages.image(TestImages.entry("pushed", "disk", "none", null, Files.size(file),
                TestImages.sha256(file), Files.size(file), "sub/pushed.raw"));

        ImageException e = assertThrows(ImageException.class,
                () -> deployer.importImage(entry, Files.newInputStream(file), new RecordedProgress()));

        assertEquals(ImageException.Kind.INVALID, e.kind());
        assertEquals(List.of(), Deployers.filesUnder(local()));
    }
}
