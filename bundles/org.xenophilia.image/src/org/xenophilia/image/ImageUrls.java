package org.xenophilia.image;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The {@link CatalogRule#URL} rule: what an image's url may be. An absolute URL is fetched by the deployer, so only
 * http and https with a host, and never with credentials (they would be shown to every administrator and logged).
 * A relative reference is resolved against the catalog's location, a directory on the node included, so it must
 * stay below it: with a leading {@code /}, a {@code //host} or a {@code ..} segment a catalog could make the Agent
 * read any file of dom0.
 */
final class ImageUrls {

    private ImageUrls() {
    }

    /**
     * Checks a url.
     *
     * @param url the url as the catalog writes it
     * @return why it is refused (a phrase to follow "url 'X' "), or null when it is fine
     */
    static String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")";
        }
        if (uri.getScheme() != null) {
            return absoluteRefusal(uri);
        }
        if (uri.getRawAuthority() != null) {
            return "is a network-path reference (//host): write an absolute http or https URL";
        }
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            return "names no file";
        }
        if (path.startsWith("/")) {
            return "starts with /: a relative url names a file below the catalog's location";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return "has a .. segment: a relative url names a file below the catalog's location";
            }
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "encodes a control character";
        }
        return null;
    }

    private static String absoluteRefusal(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "has the scheme " + uri.getScheme() + ": an absolute url is http or https";
        }
        if (uri.getRawUserInfo() != null) {
            return "holds user information: credentials do not belong in a catalog";
        }
        if (uri.getHost() == null) {
            return "has no host";
        }
        return null;
    }
}
