package org.xenophilia.image;

/**
 * The version of the image deployer SPI (this package). A deployer says which version it was built for
 * ({@link ImageDeployerType#apiVersion()}); the Agent opens one of the same major version and a minor version not
 * later than its own, and skips any other with a log line. A minor version only adds (default methods, new
 * records); a major version may change anything.
 */
public final class ImageApi {

    /** The version this package implements: MAJOR.MINOR. */
    public static final String VERSION = "1.0";

    private ImageApi() {
    }
}
