package org.xenophilia.image.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.ImageDeployerType;
import org.xenophilia.image.ImageException;

/**
 * The node's catalogs: the local directory first, then the sources in order, merged by {@code NAME:VERSION}; a source
 * that cannot be read and an image with problems are named and left out; a source is read again after the refresh
 * interval, not before; the settings are checked; the deployer is registered as a service.
 */
class CatalogSourcesTest {

    private static final String SUM = "ab".repeat(32);

    @TempDir
    Path dir;
    private ImageServer server;

    @BeforeEach
    void start() throws Exception {
        server = ImageServer.https(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path catalog(String name, String... entries) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, TestImages.catalog(entries));
        return file;
    }

    private static String entry(String name, String version, String url) {
        return TestImages.entry(name, "disk", "none", null, 1000, SUM, 1000, url).replace("<version>1.0</version>",
                "<version>" + version + "</version>");
    }

    @Test
    void sourcesAreMergedFirstWinsAndTheirProblemsNamed() throws Exception {
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.writeString(local.resolve("catalog.xml"), TestImages.catalog(entry("alpine", "3.20", "alpine.raw")));
        server.serve("/a/catalog.xml", catalog("a.xml", entry("alpine", "3.20", "other.raw"),
                entry("debian", "12", "debian.raw"), entry("broken", "1", "/etc/shadow")), "\"a\"");
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("catalog.xml"), TestImages.catalog(entry("debian", "12", "d.raw"),
                entry("alpine", "3.21", "a.raw")));
        String pinned = "#pin=sha256:" + server.fingerprint();
        ImagesDeployer deployer = Deployers.open(dir, server.uri("/a/catalog.xml") + pinned + " "
                + server.uri("/missing/catalog.xml") + pinned + " " + second);

        List<CatalogImage> images = deployer.images(false);

        assertEquals(List.of("alpine:3.20", "alpine:3.21", "debian:12"), images.stream().map(CatalogImage::id)
                .toList());
        assertEquals(local.toString(), images.get(0).source(), "the local catalog comes first");
        assertEquals(second.toString(), images.get(1).source());
        assertEquals(server.uri("/a/catalog.xml") + pinned, images.get(2).source());
        List<String> problems = deployer.sourceProblems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken:1 left out"), problems.get(0));
        assertTrue(problems.get(1).startsWith(server.uri("/missing/catalog.xml").toString())
                && problems.get(1).contains("HTTP 404"), problems.get(1));
    }

    @Test
    void aSourceIsReadAgainOnlyAfterTheRefreshInterval() throws Exception {
        server.serve("/catalog.xml", catalog("c.xml", entry("alpine", "1", "a.raw")), "\"1\"");
        Instant[] now = { Instant.parse("2026-01-01T00:00:00Z") };
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        DeployerSettings settings = DeployerSettings.of(Map.of("directory", dir.resolve("local").toString(),
                "sources", server.uri("/catalog.xml") + "#pin=sha256:" + server.fingerprint(), "refresh-seconds",
                "300"));
        Files.createDirectories(dir.resolve("local"));
        CatalogSources sources = new CatalogSources(CatalogLocation.directory(dir.resolve("local")), settings,
                Deployers.STALL, clock);
        assertEquals(1, sources.images(false).size());

        server.serve("/catalog.xml", catalog("c2.xml", entry("alpine", "1", "a.raw"), entry("alpine", "2", "b.raw")),
                "\"2\"");
        now[0] = now[0].plusSeconds(299);
        assertEquals(1, sources.images(false).size(), "kept for 300 s");
        now[0] = now[0].plusSeconds(1);
        assertEquals(2, sources.images(false).size(), "read again after 300 s");
        server.serve("/catalog.xml", catalog("c3.xml", entry("alpine", "3", "c.raw")), "\"3\"");
        assertEquals(List.of("3"), sources.images(true).stream().map(f -> f.entry().getVersion()).toList(),
                "a refresh reads it now");
    }

    @Test
    void noReadableSourceIsUnavailable() throws Exception {
        ImageException e = assertThrows(ImageException.class, () -> new CatalogSources(
                CatalogLocation.directory(dir.resolve("nowhere")), DeployerSettings.of(Map.of()), Deployers.STALL,
                Clock.systemUTC()).images(true));
        assertEquals(ImageException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void settingsAreCheckedWithWords() {
        ImagesDeployerType type = new ImagesDeployerType();
        Map<String, String> wrong = Map.of("sources", "ftp://host/catalog.xml", "refresh-seconds", "soon",
                "max-redirects", "99", "directory", "relative/dir");
        for (var setting : type.settings()) {
            assertTrue(setting.check().apply(wrong.get(setting.key())).isPresent(), setting.key());
        }
        assertTrue(type.settings().stream().filter(s -> s.key().equals("sources")).findFirst().orElseThrow().check()
                .apply("https://h/c.xml#pin=sha256:" + "0".repeat(64) + " /srv/images").isEmpty());
        assertFalse(type.settings().stream().filter(s -> s.key().equals("sources")).findFirst().orElseThrow()
                .check().apply("http://h/c.xml#pin=sha256:" + "0".repeat(64)).isEmpty(), "only https is pinned");
    }

    @Test
    void theDeployerIsRegisteredAsAService() throws Exception {
        try (InputStream in = ImagesDeployerType.class.getClassLoader()
                .getResourceAsStream("META-INF/services/" + ImageDeployerType.class.getName())) {
            String named = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(ImagesDeployerType.class.getName(), named);
        }
        ImageDeployerType type = (ImageDeployerType) Class.forName(ImagesDeployerType.class.getName())
                .getConstructor().newInstance();
        assertEquals("images", type.name());
        assertEquals(List.of("directory", "sources", "refresh-seconds", "max-redirects"),
                type.settings().stream().map(s -> s.key()).toList());
        try (var deployer = type.open(new org.xenophilia.image.ImageDeployerContext(dir.resolve("state"),
                Map.of("directory", dir.resolve("local").toString())))) {
            assertEquals(List.of(), deployer.images(true));
        }
        assertTrue(Files.isDirectory(dir.resolve("state/downloads")));
        assertEquals(Duration.ofSeconds(300), DeployerSettings.of(Map.of()).refresh());
    }
}
