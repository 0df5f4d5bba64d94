package org.xenophilia.agent.internal.image;

import java.util.ArrayList;
import java.util.List;

import org.xenophilia.image.ImageException;
import org.xenophilia.xenapi.XenApiException;

/**
 * The Agent's errors of images: an {@link ImageException} of kind {@code KIND} is {@code XENOPHILIA_IMAGE_<KIND>}
 * with the exception's parameters and its words last, so that a client shows the deployer's words as they are.
 */
public final class ImageErrors {

    /** The prefix of every image error. */
    public static final String PREFIX = "XENOPHILIA_IMAGE_";

    private ImageErrors() {
    }

    /** @return the XenAPI error of a deployer's failure: {@code [XENOPHILIA_IMAGE_<KIND>, params..., words]} */
    public static XenApiException of(ImageException e) {
        List<String> params = new ArrayList<>(e.parameters());
        params.add(String.valueOf(e.getMessage()));
        return new XenApiException(PREFIX + e.kind().name(), params);
    }

    /** @return {@code XENOPHILIA_IMAGE_INVALID [field, words]}: a request that cannot be deployed */
    public static XenApiException invalid(String field, String words) {
        return new XenApiException(PREFIX + ImageException.Kind.INVALID.name(), List.of(field, words));
    }

    /** @return {@code XENOPHILIA_IMAGE_NOT_FOUND [id, words]} */
    public static XenApiException notFound(String id) {
        return new XenApiException(PREFIX + ImageException.Kind.NOT_FOUND.name(), List.of(id,
                "no image " + id + " in the node's catalogs"));
    }
}
