package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageException;

/**
 * A cancel in each phase of the deployer stops it there and leaves nothing of its own: no {@code .part}, no staging
 * tree, no temporary; a running tool ({@code mkfs.ext4}, {@code e2fsck}/{@code resize2fs}) is killed.
 */
class CancelTest {

    @TempDir
    Path dir;

    private ImageException cancelled(ThrowingCall call) {
        ImageException e = assertThrows(ImageException.class, call::run);
        assertEquals(ImageException.Kind.CANCELLED, e.kind(), e.getMessage());
        return e;
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    /** @return whether a process of this JVM runs the tool */
    private static boolean running(String tool) {
        return ProcessHandle.current().descendants().anyMatch(p -> p.info().command()
                .map(c -> c.endsWith("/" + tool)).orElse(false));
    }

    @Test
    void inTheDownloadAndInTheVerificationOfAPart() throws Exception {
        try (ImageServer server = ImageServer.https(dir)) {
            long size = 4L << 20;
            Path file = TestImages.mixed(dir, size, 11);
            String sum = TestImages.sha256(file);
            server.serve("/file.raw", file, "\"e\"");
            Path catalog = dir.resolve("catalog.xml");
            Files.writeString(catalog, TestImages.catalog(TestImages.entry("random", "disk", "none", null, size, sum,
                    size, "file.raw")));
            server.serve("/catalog.xml", catalog, "\"c\"");
            ImagesDeployer deployer = Deployers.open(dir,
                    server.uri("/catalog.xml") + "#pin=sha256:" + server.fingerprint());
            CatalogImage image = Deployers.find(deployer, "random");
            Path downloads = dir.resolve("state/downloads");

            cancelled(() -> deployer.fetch(image, new RecordedProgress().cancelIn(DeployPhase.DOWNLOADING, 1 << 20)));
            assertEquals(List.of(), Deployers.filesUnder(downloads), "the admin stopped it: no .part");

            // a part left by a network failure, then a cancel while it is verified: removed too
            server.dropAlwaysAfter("/file.raw", 1 << 20);
            assertThrows(ImageException.class, () -> deployer.fetch(image, new RecordedProgress()));
            assertTrue(Files.size(downloads.resolve(sum + ".part")) > 0);
            server.heal("/file.raw");
            cancelled(() -> deployer.fetch(image, new RecordedProgress().cancelIn(DeployPhase.VERIFYING, 0)));
            assertEquals(List.of(), Deployers.filesUnder(downloads));
        }
    }

    @Test
    void inTheWritingOfADiskAndInItsGrowth() throws Exception {
        Path disk = TestImages.disk(dir.resolve("made"));
        Path file = TestImages.compress(disk, "zstd");
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.copy(file, local.resolve("disk.raw.zst"));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(TestImages.entry("busybox-disk", "disk",
                "zstd", "ext4", file, TestImages.DISK_SIZE, "disk.raw.zst")));
        ImagesDeployer deployer = Deployers.open(dir, null);
        CatalogImage image = Deployers.find(deployer, "busybox-disk");
        Path fetched = deployer.fetch(image, new RecordedProgress());
        // large enough that resize2fs works for a while: new groups' metadata to write
        long size = 32L << 30;
        Path volume = dir.resolve("volume.raw");
        TestImages.run("truncate", "-s", Long.toString(size), volume.toString());

        cancelled(() -> deployer.write(image, fetched, new DeployTarget(volume, size, true),
                new RecordedProgress().cancelIn(DeployPhase.WRITING, 8 << 20)));
        // the first ask is before e2fsck starts; the second comes while it runs (HostTool asks every 50 ms), or,
        // where e2fsck is done sooner, before resize2fs starts: either way the growth is cancelled, never finished
        AtomicInteger asks = new AtomicInteger();
        cancelled(() -> deployer.write(image, fetched, new DeployTarget(volume, size, true),
                new RecordedProgress().cancelIn(DeployPhase.GROWING_FILESYSTEM, () -> asks.incrementAndGet() > 1)));

        assertTrue(!running("e2fsck") && !running("resize2fs"), "the tool was killed");
        assertEquals(List.of(), Deployers.filesUnder(dir.resolve("state/staging")));
        assertEquals(List.of(local.resolve("catalog.xml"), local.resolve("disk.raw.zst")),
                Deployers.filesUnder(local).stream().sorted().toList(), "the local catalog's file stays");
    }

    @Test
    void inTheUnpackingAndInMkfs() throws Exception {
        Path made = Files.createDirectories(dir.resolve("made"));
        Path tree = TestImages.tree(made);
        // enough data that mkfs.ext4 -d copies for a while
        Files.copy(TestImages.mixed(made, 96L << 20, 3), tree.resolve("data"));
        Path tar = made.resolve("rootfs.tar");
        TestImages.run("tar", "--numeric-owner", "-C", tree.toString(), "-cf", tar.toString(), ".");
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.copy(tar, local.resolve("rootfs.tar"));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(TestImages.entry("rootfs", "rootfs",
                "none", null, tar, Files.size(tar), "rootfs.tar")));
        ImagesDeployer deployer = Deployers.open(dir, null);
        CatalogImage image = Deployers.find(deployer, "rootfs");
        Path fetched = deployer.fetch(image, new RecordedProgress());
        Path volume = dir.resolve("volume.raw");
        TestImages.run("truncate", "-s", "512M", volume.toString());
        DeployTarget target = new DeployTarget(volume, 512L << 20, true);

        cancelled(() -> deployer.write(image, fetched, target,
                new RecordedProgress().cancelIn(DeployPhase.WRITING, 4 << 20)));
        assertEquals(List.of(), Deployers.filesUnder(dir.resolve("state/staging")));

        cancelled(() -> deployer.write(image, fetched, target,
                new RecordedProgress().cancelIn(DeployPhase.MAKING_FILESYSTEM, () -> running("mke2fs")
                        || running("mkfs.ext4"))));
        assertTrue(!running("mke2fs") && !running("mkfs.ext4"), "the tool was killed");
        assertEquals(List.of(), Deployers.filesUnder(dir.resolve("state/staging")));
    }
}
