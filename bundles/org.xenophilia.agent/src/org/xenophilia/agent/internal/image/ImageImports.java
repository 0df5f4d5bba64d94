package org.xenophilia.agent.internal.image;

import java.io.InputStream;
import java.util.Map;

import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployProgress;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.xenapi.XenApiException;

/**
 * An image pushed by an administrator ({@code PUT /import_image}): its entry decoded and checked, its
 * {@code Content-Length} the entry's {@code file_size}, then the file streamed into the node's local catalog by the
 * deployer ({@code ImageDeployer.importImage}), which leaves neither file nor entry when it fails.
 */
public final class ImageImports {

    private final NodeImages images;

    /** @param images the node's images */
    public ImageImports(NodeImages images) {
        this.images = images;
    }

    /**
     * @param entry the query's {@code entry}
     * @param length the body's {@code Content-Length}
     * @param content the body
     * @return the pushed image's record
     * @throws XenApiException {@code XENOPHILIA_IMAGE_INVALID [entry|Content-Length, words]}, or the deployer's
     *         {@code XENOPHILIA_IMAGE_<KIND>}
     */
    public Map<String, Object> receive(String entry, long length, InputStream content) throws XenApiException {
        Image image = PushedEntry.decode(entry);
        if (length != image.getFileSize()) {
            throw ImageErrors.invalid("Content-Length", "the body has " + length + " bytes, the entry's file_size is "
                    + image.getFileSize());
        }
        try {
            return ImageRecords.record(images.deployer().importImage(image, content, new Received()));
        } catch (ImageException e) {
            throw ImageErrors.of(e);
        }
    }

    /** A push has no task: nobody watches its progress, and a client stops it by closing its connection. */
    private static final class Received implements DeployProgress {
        @Override
        public void phase(DeployPhase phase, long totalBytes) {
            // nobody watches
        }

        @Override
        public void bytes(long done) {
            // nobody watches
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
