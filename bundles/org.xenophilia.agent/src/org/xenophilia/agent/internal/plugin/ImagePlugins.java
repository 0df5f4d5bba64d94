package org.xenophilia.agent.internal.plugin;

import java.util.Map;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.image.ImageApi;
import org.xenophilia.image.ImageDeployerType;

/**
 * The image deployer types on the class path ({@link TypePlugins} over {@link ImageDeployerType}): one whose settings
 * cannot be read, or that was built for an image deployer API this Agent does not run (another major version, or a
 * later minor one), is skipped. Without the SPI's jar on the class path {@link #load} is never called;
 * {@link #available} says which, and only {@link #load} names the SPI's classes.
 */
final class ImagePlugins {

    private static final String SPI = "org.xenophilia.image.ImageDeployerType";

    private ImagePlugins() {
    }

    /**
     * @param loader the class loader plug-ins are looked for with
     * @return whether the image deployer SPI is on its class path
     */
    static boolean available(ClassLoader loader) {
        return TypePlugins.available(SPI, loader);
    }

    /**
     * @param loader where to look for {@code META-INF/services} files and the classes they name
     * @return the types found that this Agent runs, as plug-ins ({@link ImagePlugin}), each with the name of the
     *         class that implements it
     */
    static Map<AgentPlugin, String> load(ClassLoader loader) {
        return TypePlugins.load(new TypePlugins.Kind<>(ImageDeployerType.class, "image deployer", "image deployer API",
                type -> {
                    String built = type.apiVersion();
                    type.settings();
                    return built;
                }, ImagePlugins::runs, ImageApi.VERSION + " (and any " + major(ImageApi.VERSION) + ".x up to it)",
                ImagePlugin::new), loader);
    }

    /** @return whether a deployer built for {@code version} runs here: the same major, a minor not later than ours */
    static boolean runs(String version) {
        if (version == null || !version.matches("\\d{1,4}\\.\\d{1,4}")) {
            return false;
        }
        return major(version).equals(major(ImageApi.VERSION))
                && Integer.parseInt(minor(version)) <= Integer.parseInt(minor(ImageApi.VERSION));
    }

    private static String major(String version) {
        return version.substring(0, version.indexOf('.'));
    }

    private static String minor(String version) {
        return version.substring(version.indexOf('.') + 1);
    }
}
