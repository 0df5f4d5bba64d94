package org.xenophilia.image;

/**
 * The phases of a deployment, in order. The deployer reports those of {@link ImageDeployer#fetch} and
 * {@link ImageDeployer#write}; the Agent those around them. A phase may be skipped (nothing to download, nothing to
 * grow, not started).
 */
public enum DeployPhase {
    /** The Agent checks the request against the image, the repository and the network. */
    CHECKING("checking", 0.00),
    /** The file is downloaded (bytes: the file's). */
    DOWNLOADING("downloading", 0.02),
    /** A file already here (or partly downloaded before) is checked against its sum (bytes: the file's). */
    VERIFYING("verifying", 0.30),
    /** The Agent makes the new volume in the chosen repository. */
    CREATING_VOLUME("creating-volume", 0.35),
    /** The content is decompressed and written into the volume, or unpacked for a filesystem (bytes: the content's). */
    WRITING("writing", 0.40),
    /** An ext4 filesystem is made on the volume from the unpacked root filesystem. */
    MAKING_FILESYSTEM("making-filesystem", 0.80),
    /** The disk image's filesystem is checked and grown to the volume's size. */
    GROWING_FILESYSTEM("growing-filesystem", 0.85),
    /** The Agent defines the domain from the image's template. */
    DEFINING("defining", 0.92),
    /** The Agent starts the domain. */
    STARTING("starting", 0.95);

    /** The phase's name on the wire (a task's {@code other_config}). */
    public final String wire;
    /** How far a deployment is when the phase begins, 0..1. */
    public final double start;

    DeployPhase(String wire, double start) {
        this.wire = wire;
        this.start = start;
    }
}
