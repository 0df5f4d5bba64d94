package org.xenophilia.image.deploy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;

/**
 * The node's catalogs: its local directory's {@code catalog.xml} first, then the settings' sources in order (a
 * directory's {@code catalog.xml}, or a document fetched over HTTP(S): redirects bounded, TLS verified or pinned, at
 * most {@link ImageCatalogs#MAX_DOCUMENT_BYTES} read). Each source is read again once it is older than the refresh
 * interval. Images are merged by {@code NAME:VERSION}, the first source's winning; an image with problems is left out.
 * A source that cannot be read, and each image left out, is a line of {@link #problems()}.
 */
final class CatalogSources {

    /** What one source gave the last time it was read. */
    private record Reading(Instant at, List<Image> images, List<String> problems, boolean read) {
    }

    private final List<CatalogLocation> locations;
    private final Duration refresh;
    private final int maxRedirects;
    private final Duration stall;
    private final Clock clock;
    private final Map<CatalogLocation, Reading> readings = new HashMap<>();

    /**
     * @param local the local catalog's directory
     * @param settings the sources, refresh interval and redirects
     * @param stall how long a server may send nothing
     * @param clock the time, for the refresh interval
     */
    CatalogSources(CatalogLocation local, DeployerSettings settings, Duration stall, Clock clock) {
        List<CatalogLocation> all = new ArrayList<>();
        all.add(local);
        all.addAll(settings.sources());
        this.locations = List.copyOf(all);
        this.refresh = settings.refresh();
        this.maxRedirects = settings.maxRedirects();
        this.stall = stall;
        this.clock = clock;
    }

    /** A source's image, with where it came from. */
    record Found(Image entry, CatalogLocation location) {
    }

    /**
     * @param refresh whether to read every source now
     * @return every valid image of the sources, merged by id (first source wins), sorted by name then version
     * @throws ImageException UNAVAILABLE when no source could be read
     */
    synchronized List<Found> images(boolean refresh) throws ImageException {
        Instant now = clock.instant();
        Map<String, Found> merged = new LinkedHashMap<>();
        boolean anyRead = false;
        for (CatalogLocation location : locations) {
            Reading r = readings.get(location);
            if (refresh || r == null || !r.at().plus(this.refresh).isAfter(now)) {
                r = read(location, now);
                readings.put(location, r);
            }
            anyRead |= r.read();
            for (Image image : r.images()) {
                merged.putIfAbsent(image.getName() + ":" + image.getVersion(), new Found(image, location));
            }
        }
        if (!anyRead) {
            throw new ImageException(ImageException.Kind.UNAVAILABLE, "no image catalog could be read: "
                    + String.join("; ", problems()), List.of());
        }
        List<Found> found = new ArrayList<>(merged.values());
        found.sort(Comparator.comparing((Found f) -> f.entry().getName())
                .thenComparing(f -> f.entry().getVersion()));
        return found;
    }

    /** {@return the problems of the last readings, one line each: "source: problem"} */
    synchronized List<String> problems() {
        List<String> lines = new ArrayList<>();
        for (CatalogLocation location : locations) {
            Reading r = readings.get(location);
            if (r != null) {
                lines.addAll(r.problems());
            }
        }
        return lines;
    }

    /** Forgets what was read of a source, so that the next listing reads it again (after a push). */
    synchronized void forget(CatalogLocation location) {
        readings.remove(location);
    }

    /** {@return the source the settings name so, or {@code null}} */
    CatalogLocation location(String text) {
        return locations.stream().filter(l -> l.text().equals(text)).findFirst().orElse(null);
    }

    private Reading read(CatalogLocation location, Instant now) {
        Catalog catalog;
        try {
            catalog = location.isDirectory() ? readDirectory(location) : readUrl(location);
        } catch (ImageCatalogException | IOException | ImageException e) {
            return new Reading(now, List.of(), List.of(location.text() + ": " + e.getMessage()), false);
        }
        List<Image> valid = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Image image : catalog == null ? List.<Image>of() : catalog.getImages()) {
            List<CatalogProblem> wrong = ImageCatalogValidator.validate(image);
            if (wrong.isEmpty()) {
                valid.add(image);
            } else {
                problems.add(location.text() + ": " + image.getName() + ":" + image.getVersion() + " left out: "
                        + wrong.get(0) + (wrong.size() > 1 ? " (and " + (wrong.size() - 1) + " more)" : ""));
            }
        }
        return new Reading(now, List.copyOf(valid), List.copyOf(problems), true);
    }

    /** @return the directory's catalog, or {@code null} when it has none yet (an empty local catalog) */
    private static Catalog readDirectory(CatalogLocation location) throws IOException, ImageCatalogException {
        Path file = location.directory().resolve(CatalogLocation.CATALOG_FILE);
        try {
            return ImageCatalogs.load(file);
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(location.directory())) {
                return null;
            }
            throw new NoSuchFileException(location.directory().toString(), null, "no such directory");
        }
    }

    private Catalog readUrl(CatalogLocation location) throws IOException, ImageCatalogException, ImageException {
        HttpGet http = new HttpGet(location.tls(), maxRedirects, stall);
        try (HttpGet.Answer answer = http.open(location.url(), Map.of())) {
            if (answer.status() != 200) {
                throw new IOException("HTTP " + answer.status() + " from " + answer.url());
            }
            // one byte more than a catalog may have, so that the loader names the limit
            byte[] document;
            try (InputStream body = answer.body()) {
                document = body.readNBytes(ImageCatalogs.MAX_DOCUMENT_BYTES + 1);
            } catch (IOException e) {
                throw new IOException(http.words(e), e);
            }
            return ImageCatalogs.load(new ByteArrayInputStream(document), location.text());
        }
    }
}
