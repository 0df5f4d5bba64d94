package org.xenophilia.image.deploy.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.image.ImageSetting;

/**
 * The deployer's settings ({@code images.*} in {@code agent.conf}), as {@code docs/images.md} lists them.
 *
 * @param directory the node's local catalog: its {@code catalog.xml} and the files it names
 * @param sources more catalogs, in the settings' order
 * @param refresh how long a source's catalog is kept before it is read again
 * @param maxRedirects the redirects a download or a catalog's read follows
 */
record DeployerSettings(Path directory, List<CatalogLocation> sources, Duration refresh, int maxRedirects) {

    static final String DIRECTORY = "directory";
    static final String SOURCES = "sources";
    static final String REFRESH_SECONDS = "refresh-seconds";
    static final String MAX_REDIRECTS = "max-redirects";

    /** {@return the settings as the Agent checks them} */
    static List<ImageSetting> declared() {
        return List.of(
                new ImageSetting(DIRECTORY, "the node's local catalog: catalog.xml and the files it names; pushed "
                        + "images land here", "/var/lib/xenophilia/images", DeployerSettings::absolutePath),
                new ImageSetting(SOURCES, "more catalogs, separated by spaces: https://host/path/catalog.xml "
                        + "(#pin=sha256:HEX to trust that certificate alone), http://... or a directory", null,
                        DeployerSettings::sourceList),
                new ImageSetting(REFRESH_SECONDS, "how long a source's catalog is kept before it is read again",
                        "300", value -> number(value, 0, 86_400)),
                new ImageSetting(MAX_REDIRECTS, "redirects followed per download; https -> http refused", "5",
                        value -> number(value, 0, 20)));
    }

    /**
     * @param settings the checked settings, defaults filled in
     * @return them as values
     * @throws IllegalArgumentException when one is wrong (the Agent checked them, so only a caller's mistake)
     */
    static DeployerSettings of(Map<String, String> settings) {
        for (ImageSetting s : declared()) {
            String value = settings.getOrDefault(s.key(), s.defaultValue());
            Optional<String> wrong = value == null ? Optional.empty() : s.check().apply(value);
            if (wrong.isPresent()) {
                throw new IllegalArgumentException("images." + s.key() + ": " + wrong.get());
            }
        }
        String sources = settings.getOrDefault(SOURCES, "").trim();
        List<CatalogLocation> list = new ArrayList<>();
        if (!sources.isEmpty()) {
            for (String word : sources.split("\\s+")) {
                list.add(CatalogLocation.parse(word));
            }
        }
        return new DeployerSettings(Path.of(settings.getOrDefault(DIRECTORY, "/var/lib/xenophilia/images")),
                List.copyOf(list), Duration.ofSeconds(Long.parseLong(settings.getOrDefault(REFRESH_SECONDS, "300"))),
                Integer.parseInt(settings.getOrDefault(MAX_REDIRECTS, "5")));
    }

    private static Optional<String> absolutePath(String value) {
        return value.startsWith("/") ? Optional.empty() : Optional.of("not an absolute path: " + value);
    }

    private static Optional<String> sourceList(String value) {
        for (String word : value.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            try {
                CatalogLocation.parse(word);
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> number(String value, long min, long max) {
        try {
            long n = Long.parseLong(value.trim());
            return n >= min && n <= max ? Optional.empty()
                    : Optional.of(value + " is not between " + min + " and " + max);
        } catch (NumberFormatException e) {
            return Optional.of("not a whole number: " + value);
        }
    }
}
