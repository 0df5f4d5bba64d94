package org.xenophilia.image;

import java.util.List;

/**
 * A kind of image deployer: the {@link java.util.ServiceLoader} service through which the Agent finds what fetches,
 * checks and writes guest images on its host. Registered by naming the class in
 * {@code META-INF/services/org.xenophilia.image.ImageDeployerType} of its jar; the Agent's own is
 * {@code org.xenophilia.image.deploy}. The Agent uses the first one it can open.
 * <p>
 * An implementation has a public no-argument constructor and does nothing in it: the Agent may create it only to
 * list its settings.
 */
public interface ImageDeployerType {

    /**
     * {@return the deployer's name: its namespace in {@code agent.conf} (1-32 of {@code a-z 0-9 -})}
     */
    String name();

    /** {@return one line for {@code xenophiliad --help}} */
    String description();

    /** {@return the version of this SPI the deployer was built for, {@link ImageApi#VERSION} when it was compiled} */
    String apiVersion();

    /** {@return the settings the deployer reads from {@code agent.conf} (as {@code NAME.key})} */
    List<ImageSetting> settings();

    /**
     * Opens the deployer on this host. Cheap: reads no catalog and fetches nothing.
     *
     * @param context its state directory and checked settings
     * @return the deployer
     * @throws ImageException of kind {@link ImageException.Kind#UNAVAILABLE} when it cannot run here (a tool it
     *         needs is missing), saying what is missing
     */
    ImageDeployer open(ImageDeployerContext context) throws ImageException;
}
