package org.xenophilia.agent.internal.image;

import java.util.List;

import org.xenophilia.xenapi.XenApiException;

/**
 * The answer of the image calls on a node that has no images: an Agent without the image deployer SPI's jar (which
 * loads no image class, so this class names none), or none of whose deployers runs here.
 */
public final class UnavailableImages {

    /** The error: {@code [words]}. */
    public static final String UNAVAILABLE = "XENOPHILIA_IMAGES_UNAVAILABLE";

    private UnavailableImages() {
    }

    /** @return {@value #UNAVAILABLE} {@code [why]} */
    public static XenApiException unavailable(String why) {
        return new XenApiException(UNAVAILABLE, List.of(why));
    }
}
