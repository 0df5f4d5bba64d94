package org.xenophilia.image;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * An open image deployer: the node's catalog of images, and the steps of a deployment that touch image files. The
 * Agent makes the volume, defines and starts the domain, keeps the journal that a restart after {@code kill -9}
 * reads, and runs each deployment as a task; the deployer fetches, checks and writes. Thread-safe: several
 * deployments may run at once (of the same image too: its file is fetched once).
 * <p>
 * Memory is bounded: files are streamed, never held in the heap.
 */
public interface ImageDeployer extends AutoCloseable {

    /**
     * Lists the images of every catalog source of the node, each source read at most once per refresh interval.
     * A source that cannot be read is left out and named in {@link #sourceProblems()}; an image with problems
     * ({@link ImageCatalogValidator}) is left out and named there too. An image offered by two sources is listed once,
     * from the first source in the settings' order.
     *
     * @param refresh whether to read every source now rather than use what was read last
     * @return the images, sorted by name then version
     * @throws ImageException when no source could be read at all ({@link ImageException.Kind#UNAVAILABLE})
     */
    List<CatalogImage> images(boolean refresh) throws ImageException;

    /** {@return what went wrong reading the sources the last time, one line each (source: problem)} */
    List<String> sourceProblems();

    /**
     * Makes the image's file available on the node, verified: downloads it (resuming a partial download with an
     * HTTP Range request, TLS verified or pinned as the source says, redirects bounded), then checks its SHA-256;
     * or verifies a file already here. Reports {@link DeployPhase#DOWNLOADING} and {@link DeployPhase#VERIFYING}.
     *
     * @param image the image
     * @param progress where to report, and cancellation
     * @return the verified local file (the deployer's; the caller only reads it)
     * @throws ImageException {@link ImageException.Kind#CHECKSUM_MISMATCH} naming both sums (the file removed),
     *         {@link ImageException.Kind#DOWNLOAD_FAILED} with the server's or the network's words (a partial
     *         download kept for the next attempt), {@link ImageException.Kind#CANCELLED},
     *         {@link ImageException.Kind#DISK_FULL}
     */
    Path fetch(CatalogImage image, DeployProgress progress) throws ImageException;

    /**
     * Writes a fetched image into the new volume: a disk image decompressed and written as it streams (runs of
     * zeros skipped where the target reads as zeros), then its filesystem grown to the volume; or a rootfs archive
     * unpacked (paths leaving the root, device nodes and other special files refused) and made into an ext4
     * filesystem on the volume. Reports {@link DeployPhase#WRITING}, {@link DeployPhase#MAKING_FILESYSTEM},
     * {@link DeployPhase#GROWING_FILESYSTEM}. Removes its own temporary files whatever happens; the volume is the
     * caller's to remove on failure.
     *
     * @param image the image
     * @param file the file {@link #fetch} returned
     * @param target the new volume
     * @param progress where to report, and cancellation
     * @throws ImageException {@link ImageException.Kind#UNSAFE_ARCHIVE}, {@link ImageException.Kind#INVALID}
     *         (content longer than the catalog says, not the format it says, larger than the volume),
     *         {@link ImageException.Kind#DISK_FULL} (the tool's words), {@link ImageException.Kind#CANCELLED},
     *         {@link ImageException.Kind#FAILED}
     */
    void write(CatalogImage image, Path file, DeployTarget target, DeployProgress progress) throws ImageException;

    /**
     * Adds an image file pushed by an administrator to the node's local catalog: the content is stored beside the
     * local catalog under the entry's first URL (a plain file name), checked against the entry's size and SHA-256,
     * and the entry is added to the local catalog; both atomically (a failure or a stop midway leaves neither).
     *
     * @param entry the catalog entry, valid by {@link ImageCatalogValidator}, whose first URL is a plain file name
     * @param content the file's bytes, read to its end
     * @param progress where to report ({@link DeployPhase#DOWNLOADING} with the file's bytes), and cancellation
     * @return the image as the node now offers it
     * @throws ImageException {@link ImageException.Kind#INVALID}, {@link ImageException.Kind#CONFLICT} (that name
     *         and version already in the local catalog), {@link ImageException.Kind#CHECKSUM_MISMATCH},
     *         {@link ImageException.Kind#DISK_FULL}, {@link ImageException.Kind#CANCELLED}
     */
    CatalogImage importImage(org.xenophilia.image.catalog.Image entry, InputStream content, DeployProgress progress)
            throws ImageException;

    /**
     * Removes a downloaded file of an image (not a file of the local catalog).
     *
     * @param image the image
     * @return whether there was one
     * @throws ImageException {@link ImageException.Kind#FAILED}
     */
    boolean forgetDownload(CatalogImage image) throws ImageException;

    /** Stops background work. Deployments in flight are the caller's to cancel first. */
    @Override
    void close();
}
