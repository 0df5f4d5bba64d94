package org.xenophilia.agent.internal.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.xenapi.XenApiException;

/**
 * The catalog entry of a pushed image, as the query of {@code PUT /import_image} carries it: {@code entry} is the
 * base64url (no padding) of a catalog document of one image, at most {@value #MAX_BYTES} bytes, loaded by the
 * catalogs' safe loader and checked by their validator, whose first URL is a plain file name (where the file is
 * stored beside the local catalog). Whatever is wrong answers {@code XENOPHILIA_IMAGE_INVALID [entry, words]}, the
 * words naming the rule and the line.
 */
final class PushedEntry {

    /** The largest entry document. */
    static final int MAX_BYTES = 64 * 1024;
    /** A plain file name: no directory, not hidden. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,127}");

    private PushedEntry() {
    }

    /**
     * @param b64 the query's {@code entry}
     * @return the image
     * @throws XenApiException {@code XENOPHILIA_IMAGE_INVALID [entry, words]}
     */
    static Image decode(String b64) throws XenApiException {
        if (b64 == null || b64.isEmpty()) {
            throw ImageErrors.invalid("entry", "mandatory: the image's catalog entry, base64url");
        }
        if (b64.length() > (MAX_BYTES * 4 + 2) / 3) {
            throw ImageErrors.invalid("entry", "larger than " + MAX_BYTES + " bytes");
        }
        byte[] xml;
        try {
            xml = Base64.getUrlDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw ImageErrors.invalid("entry", "not base64url: " + e.getMessage());
        }
        Catalog catalog;
        try {
            catalog = ImageCatalogs.load(new ByteArrayInputStream(xml), "the pushed entry");
        } catch (ImageCatalogException e) {
            throw ImageErrors.invalid("entry", e.getMessage());
        } catch (IOException e) {
            throw ImageErrors.invalid("entry", String.valueOf(e.getMessage()));
        }
        if (catalog.getImages().size() != 1) {
            throw ImageErrors.invalid("entry", "a catalog document of one image, not " + catalog.getImages().size());
        }
        Image image = catalog.getImages().get(0);
        List<CatalogProblem> problems = ImageCatalogValidator.validate(image);
        if (!problems.isEmpty()) {
            throw ImageErrors.invalid("entry", problems.get(0).toString());
        }
        String url = image.getUrls().get(0);
        if (!FILE_NAME.matcher(url).matches()) {
            throw ImageErrors.invalid("entry", "the first url of a pushed image is the plain file name it is stored"
                    + " as, not " + url);
        }
        return image;
    }
}
