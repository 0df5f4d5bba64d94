package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.ImageException;

/**
 * Downloads from a real local HTTPS server with faults: resumed after a dropped connection (within a fetch and by
 * the next one), a sum that does not match refused and removed, TLS verified or pinned, redirects bounded, a stall
 * failing with words, a server that cannot resume or whose file changed restarting from 0.
 */
class DownloadTest {

    private static final long SIZE = 3L << 20;
    private static final String ETAG = "\"v1\"";

    @TempDir
    Path dir;
    private ImageServer server;
    private Path file;
    private String sum;

    @BeforeEach
    void serve() throws Exception {
        server = ImageServer.https(dir);
        file = TestImages.mixed(dir, SIZE, 7);
        sum = TestImages.sha256(file);
        server.serve("/images/file.raw", file, ETAG);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Publishes a catalog of one image whose url is {@code url} (relative to the catalog or absolute). */
    private void publish(String url) throws Exception {
        Path catalog = dir.resolve("catalog.xml");
        Files.writeString(catalog, TestImages.catalog(TestImages.entry("random", "disk", "none", null, SIZE, sum,
                SIZE, url)));
        server.serve("/images/catalog.xml", catalog, "\"c1\"");
    }

    private ImagesDeployer pinned() throws Exception {
        return Deployers.open(dir, server.uri("/images/catalog.xml") + "#pin=sha256:" + server.fingerprint());
    }

    private Path downloads() {
        return dir.resolve("state/downloads");
    }

    @Test
    void aDroppedConnectionIsResumedFromWhatWasHad() throws Exception {
        publish("file.raw");
        server.dropOnceAfter("/images/file.raw", 1_000_000);
        ImagesDeployer deployer = pinned();
        CatalogImage image = Deployers.find(deployer, "random");
        assertFalse(image.local());
        RecordedProgress progress = new RecordedProgress();

        Path got = deployer.fetch(image, progress);

        assertEquals(downloads().resolve(sum), got);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(got));
        List<ImageServer.Request> gets = server.requests().stream()
                .filter(r -> r.path().equals("/images/file.raw")).toList();
        assertEquals(2, gets.size(), gets.toString());
        assertNull(gets.get(0).range());
        assertEquals("bytes=1000000-", gets.get(1).range());
        assertEquals(ETAG, gets.get(1).ifRange());
        assertEquals(List.of(got), Deployers.filesUnder(downloads()), "no .part left");
        assertEquals(SIZE, progress.bytes().get(progress.bytes().size() - 1));
        assertTrue(Deployers.find(deployer, "random").local());
    }

    @Test
    void aPartialDownloadIsKeptAndResumedByTheNextFetch() throws Exception {
        publish("file.raw");
        server.dropAlwaysAfter("/images/file.raw", 500_000);
        ImagesDeployer deployer = pinned();
        CatalogImage image = Deployers.find(deployer, "random");

        ImageException e = assertThrows(ImageException.class, () -> deployer.fetch(image, new RecordedProgress()));
        assertEquals(ImageException.Kind.DOWNLOAD_FAILED, e.kind(), e.getMessage());
        long had = Download.ATTEMPTS * 500_000L;
        assertEquals(had, Files.size(downloads().resolve(sum + ".part")), "the part stays after a network failure");

        server.heal("/images/file.raw");
        RecordedProgress progress = new RecordedProgress();
        Path got = deployer.fetch(image, progress);

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(got));
        assertEquals(List.of(DeployPhase.VERIFYING, DeployPhase.DOWNLOADING), progress.phases());
        assertEquals(new RecordedProgress.Phase(DeployPhase.VERIFYING, had), progress.phasesWithTotals().get(0));
        ImageServer.Request last = server.requests().get(server.requests().size() - 1);
        assertEquals("bytes=" + had + "-", last.range());
        assertEquals(ETAG, last.ifRange());
    }

    @Test
    void aFileOtherThanItsSumIsRefusedAndRemoved() throws Exception {
        publish("file.raw");
        server.corrupt("/images/file.raw");
        ImagesDeployer deployer = pinned();

        ImageException e = assertThrows(ImageException.class,
                () -> deployer.fetch(Deployers.find(deployer, "random"), new RecordedProgress()));

        assertEquals(ImageException.Kind.CHECKSUM_MISMATCH, e.kind());
        String url = server.uri("/images/file.raw").toString();
        assertEquals(sum, e.parameters().get(0));
        assertFalse(e.parameters().get(1).equals(sum));
        assertEquals(url, e.parameters().get(2));
        assertTrue(e.getMessage().contains(sum) && e.getMessage().contains(e.parameters().get(1)), e.getMessage());
        assertEquals(List.of(), Deployers.filesUnder(downloads()));
    }

    @Test
    void aSelfSignedServerIsRefusedUnlessPinned() throws Exception {
        publish("file.raw");
        ImagesDeployer unpinned = Deployers.open(dir, server.uri("/images/catalog.xml").toString());

        assertEquals(List.of(), unpinned.images(true), "the local catalog is empty, the source unreadable");
        String problem = unpinned.sourceProblems().stream().filter(p -> p.contains("https://")).findFirst()
                .orElseThrow();
        assertTrue(problem.contains("TLS") && problem.contains("PKIX"), problem);

        String wrongPin = "0".repeat(64);
        ImagesDeployer wrong = Deployers.open(dir.resolve("wrong"),
                server.uri("/images/catalog.xml") + "#pin=sha256:" + wrongPin);
        assertEquals(List.of(), wrong.images(true));
        assertTrue(wrong.sourceProblems().get(0).contains("is not the pinned one"), wrong.sourceProblems().toString());

        ImagesDeployer pinned = pinned();
        assertArrayEquals(Files.readAllBytes(file),
                Files.readAllBytes(pinned.fetch(Deployers.find(pinned, "random"), new RecordedProgress())));
    }

    @Test
    void anUnpinnedFileOfAPinnedCatalogIsNotTrustedElsewhere() throws Exception {
        try (ImageServer other = ImageServer.https(dir)) {
            other.serve("/file.raw", file, ETAG);
            publish(other.uri("/file.raw").toString());
            ImagesDeployer deployer = pinned();

            ImageException e = assertThrows(ImageException.class,
                    () -> deployer.fetch(Deployers.find(deployer, "random"), new RecordedProgress()));

            assertEquals(ImageException.Kind.DOWNLOAD_FAILED, e.kind());
            assertTrue(e.getMessage().contains("is not the pinned one"), e.getMessage());
        }
    }

    @Test
    void redirectsAreFollowedWithinTheirBound() throws Exception {
        server.redirect("/images/old.raw", "/images/moved.raw");
        server.redirect("/images/moved.raw", "file.raw");
        publish("old.raw");
        ImagesDeployer deployer = pinned();
        assertArrayEquals(Files.readAllBytes(file),
                Files.readAllBytes(deployer.fetch(Deployers.find(deployer, "random"), new RecordedProgress())));

        server.redirect("/images/a", "/images/b");
        server.redirect("/images/b", "/images/a");
        publish("a");
        ImagesDeployer loop = Deployers.open(dir.resolve("loop"),
                server.uri("/images/catalog.xml") + "#pin=sha256:" + server.fingerprint());
        ImageException e = assertThrows(ImageException.class,
                () -> loop.fetch(Deployers.find(loop, "random"), new RecordedProgress()));
        assertEquals(ImageException.Kind.DOWNLOAD_FAILED, e.kind());
        assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
        assertEquals(List.of(server.uri("/images/a").toString()), e.parameters());
    }

    @Test
    void aRedirectFromHttpsToHttpIsRefused() throws Exception {
        try (ImageServer plain = ImageServer.http()) {
            plain.serve("/file.raw", file, ETAG);
            server.redirect("/images/down.raw", plain.uri("/file.raw").toString());
            publish("down.raw");
            ImagesDeployer deployer = pinned();

            ImageException e = assertThrows(ImageException.class,
                    () -> deployer.fetch(Deployers.find(deployer, "random"), new RecordedProgress()));

            assertEquals(ImageException.Kind.DOWNLOAD_FAILED, e.kind());
            assertTrue(e.getMessage().contains("from https to http"), e.getMessage());
            assertTrue(plain.requests().isEmpty());
        }
    }

    @Test
    void aStalledServerFailsWithWords() throws Exception {
        publish("file.raw");
        server.stall("/images/file.raw");
        ImagesDeployer deployer = pinned();

        ImageException e = assertThrows(ImageException.class,
                () -> deployer.fetch(Deployers.find(deployer, "random"), new RecordedProgress()));

        assertEquals(ImageException.Kind.DOWNLOAD_FAILED, e.kind());
        assertTrue(e.getMessage().contains("no byte for " + Deployers.STALL.toSeconds() + " s"), e.getMessage());
    }

    @Test
    void aServerThatCannotResumeIsReadAgainFromTheStart() throws Exception {
        publish("file.raw");
        server.ignoreRanges("/images/file.raw");
        server.dropOnceAfter("/images/file.raw", 700_000);
        ImagesDeployer deployer = pinned();

        Path got = deployer.fetch(Deployers.find(deployer, "random"), new RecordedProgress());

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(got));
        List<ImageServer.Request> gets = server.requests().stream()
                .filter(r -> r.path().equals("/images/file.raw")).toList();
        assertEquals("bytes=700000-", gets.get(1).range(), "asked to resume, answered 200: restarted");
    }

    @Test
    void aChangedFileIsNotResumedOntoTheOldOne() throws Exception {
        publish("file.raw");
        ImagesDeployer deployer = pinned();
        CatalogImage image = Deployers.find(deployer, "random");
        server.dropAlwaysAfter("/images/file.raw", 800_000);
        assertThrows(ImageException.class, () -> deployer.fetch(image, new RecordedProgress()));

        // the server's file is now another version (ETag v2) of the same bytes: If-Range makes it send all
        server.heal("/images/file.raw");
        server.serve("/images/file.raw", file, "\"v2\"");
        Path got = deployer.fetch(image, new RecordedProgress());

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(got));
        ImageServer.Request last = server.requests().get(server.requests().size() - 1);
        assertEquals(ETAG, last.ifRange());
    }

    @Test
    void anImageOfTheLocalCatalogIsVerifiedInPlaceNeverCopied() throws Exception {
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.copy(file, local.resolve("file.raw"));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(TestImages.entry("random", "disk", "none",
                null, SIZE, sum, SIZE, "file.raw")));
        ImagesDeployer deployer = Deployers.open(dir, null);
        CatalogImage image = Deployers.find(deployer, "random");
        assertTrue(image.local());
        RecordedProgress progress = new RecordedProgress();

        assertEquals(local.resolve("file.raw"), deployer.fetch(image, progress));

        assertEquals(List.of(DeployPhase.VERIFYING), progress.phases());
        assertEquals(List.of(), Deployers.filesUnder(downloads()));
    }
}
