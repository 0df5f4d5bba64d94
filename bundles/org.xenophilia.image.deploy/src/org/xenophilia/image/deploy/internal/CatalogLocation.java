package org.xenophilia.image.deploy.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a catalog is, as the settings name it: a directory on the node (its {@code catalog.xml}), or the URL of a
 * catalog document, an https one perhaps pinned to one certificate ({@code #pin=sha256:HEX}).
 *
 * @param text the setting's word, as the administrator wrote it (how the source is named in messages)
 * @param directory the directory, or {@code null} for a URL
 * @param url the document's URL without the pin, or {@code null} for a directory
 * @param pin the SHA-256 of the trusted certificate's DER (64 lower-case hex digits), or {@code null}
 */
record CatalogLocation(String text, Path directory, URI url, String pin) {

    private static final Pattern PIN = Pattern.compile("pin=sha256:([0-9A-Fa-f]{64})");

    /** The name of a directory's catalog document. */
    static final String CATALOG_FILE = "catalog.xml";

    /**
     * @param word an absolute directory, or an http(s) URL
     * @return the location
     * @throws IllegalArgumentException naming what is wrong
     */
    static CatalogLocation parse(String word) {
        if (word.startsWith("/")) {
            return new CatalogLocation(word, Path.of(word).normalize(), null, null);
        }
        URI uri;
        try {
            uri = new URI(word);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL or an absolute directory: " + word);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL or an absolute directory: " + word);
        }
        String pin = null;
        if (uri.getFragment() != null) {
            Matcher m = PIN.matcher(uri.getFragment());
            if (!m.matches()) {
                throw new IllegalArgumentException("a source's only fragment is #pin=sha256:HEX (64 hex digits): "
                        + word);
            }
            if (!scheme.equals("https")) {
                throw new IllegalArgumentException("only an https source can be pinned: " + word);
            }
            pin = m.group(1).toLowerCase(Locale.ROOT);
        }
        try {
            URI bare = new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
            return new CatalogLocation(word, null, URI.create(bare.toString()), pin);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + word);
        }
    }

    /** {@return a directory on the node} */
    static CatalogLocation directory(Path dir) {
        return new CatalogLocation(dir.toString(), dir, null, null);
    }

    boolean isDirectory() {
        return directory != null;
    }

    /** {@return the TLS policy of the source's catalog and files} */
    TlsPolicy tls() {
        return pin == null ? TlsPolicy.TRUST_STORE : TlsPolicy.pinned(pin);
    }

    /**
     * Where an image's URL of this catalog points: an absolute http(s) URL, or a reference relative to the catalog.
     *
     * @param reference the entry's {@code url}
     * @return a URL, or empty when the reference is a file of this directory (see {@link #file})
     */
    Optional<URI> resolveUrl(String reference) {
        URI ref = URI.create(reference);
        if (ref.isAbsolute()) {
            return Optional.of(ref);
        }
        return isDirectory() ? Optional.empty() : Optional.of(url.resolve(ref));
    }

    /**
     * @param reference the entry's relative {@code url}, a directory source's
     * @return the file it names inside the directory
     * @throws IllegalArgumentException when it leaves the directory
     */
    Path file(String reference) {
        Path file = directory.resolve(reference).normalize();
        if (!file.startsWith(directory) || file.equals(directory)) {
            throw new IllegalArgumentException("the url " + reference + " leaves the catalog's directory "
                    + directory);
        }
        return file;
    }
}
