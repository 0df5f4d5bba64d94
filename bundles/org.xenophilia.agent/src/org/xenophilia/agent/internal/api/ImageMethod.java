package org.xenophilia.agent.internal.api;

import java.util.List;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.image.UnavailableImages;

/**
 * The Agent's {@code Xenophilia.image.*} methods (docs/images.md): names, parameters after the session, least roles.
 * Served by {@link ImagesApi}, or, on a node without images, each answering why ({@link #registerUnavailable}); this
 * class names no class of the image deployer SPI, so that an Agent without its jar loads none.
 */
public enum ImageMethod {
    /** The images of every catalog source, as last read. */
    GET_ALL("Xenophilia.image.get_all", Role.READ_ONLY),
    /** Every source read again, then the images. */
    REFRESH("Xenophilia.image.refresh", Role.OPERATOR),
    /** What went wrong reading the sources. */
    GET_SOURCE_PROBLEMS("Xenophilia.image.get_source_problems", Role.READ_ONLY),
    /** A deployment, answered when done. */
    DEPLOY("Xenophilia.image.deploy", Role.ADMIN, "args"),
    /** A deployment as a task. */
    ASYNC_DEPLOY("Async.Xenophilia.image.deploy", Role.ADMIN, "args"),
    /** An image's downloaded file removed. */
    FORGET_DOWNLOAD("Xenophilia.image.forget_download", Role.ADMIN, "id");

    final String wireName;
    final Role role;
    final List<String> parameters;

    ImageMethod(String wireName, Role role, String... parameters) {
        this.wireName = wireName;
        this.role = role;
        this.parameters = List.of(parameters);
    }

    /** Registers the method with its code. */
    void register(ApiRegistry registry, ApiMethod.Implementation implementation) {
        registry.register(wireName, role, implementation, parameters.toArray(String[]::new));
    }

    /**
     * Registers every image method as answering {@code XENOPHILIA_IMAGES_UNAVAILABLE [why]}.
     *
     * @param registry where
     * @param why why this node has no images
     */
    public static void registerUnavailable(ApiRegistry registry, String why) {
        for (ImageMethod m : values()) {
            m.register(registry, c -> {
                throw UnavailableImages.unavailable(why);
            });
        }
    }
}
