package org.xenophilia.image;

import java.nio.file.Path;

/**
 * The new volume a deployment writes into, made by the Agent in the chosen repository before
 * {@link ImageDeployer#write} and destroyed by the Agent when the deployment fails or is cancelled.
 *
 * @param path what to write: a raw sparse file or a block device, of exactly {@code size} bytes
 * @param size the volume's size in bytes (at least the image's minimumDisk)
 * @param readsAsZeros whether the volume reads as zeros where nothing was written (a new sparse file, a zeroed or
 *        thin LV): runs of zeros in the content are then skipped, not written
 */
public record DeployTarget(Path path, long size, boolean readsAsZeros) {
}
