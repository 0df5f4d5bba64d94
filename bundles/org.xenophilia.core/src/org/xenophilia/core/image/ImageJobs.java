package org.xenophilia.core.image;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;

/**
 * The image operations of the Workbench, each an {@link ImageJob} with the Agent's calls (docs/images.md, <i>API</i>):
 * a node's catalog read ({@code Xenophilia.image.get_all}, {@code get_source_problems}) or read again from its sources
 * ({@code refresh}), a download forgotten ({@code forget_download}), and a deployment ({@code
 * Async.Xenophilia.image.deploy}) followed to its end by {@link DeployTask}. The repository and network are named by
 * UUID and found again on the node, so a reference from before an Agent restart does no harm. The jobs are made, not
 * scheduled.
 */
public final class ImageJobs {

    private ImageJobs() {
    }

    /**
     * @param node the node
     * @return the job that reads its catalog and its sources' problems
     */
    public static ImageJob<NodeImages> read(NodeConnection node) {
        return new ImageJob<>(ImageOperation.READ, node, "node " + node.node().name(), (c, progress) -> NodeImages
                .read(c, false));
    }

    /**
     * @param node the node
     * @return the job that has the node read every source again, then reads its catalog
     */
    public static ImageJob<NodeImages> refresh(NodeConnection node) {
        return new ImageJob<>(ImageOperation.REFRESH, node, "node " + node.node().name(), (c, progress) -> NodeImages
                .read(c, true));
    }

    /**
     * Removes an image's downloaded file from the node, so that its next deployment downloads it again.
     *
     * @param node the node
     * @param image the image's id
     * @return the job; its answer is whether a download was removed
     */
    public static ImageJob<Boolean> forgetDownload(NodeConnection node, String image) {
        return new ImageJob<>(ImageOperation.FORGET_DOWNLOAD, node, image, (c, progress) -> WireValues.asBoolean(c
                .callWithSession("Xenophilia.image.forget_download", image)));
    }

    /**
     * Deploys an image: the node checks the request before it makes anything, then downloads, writes the volume,
     * defines the domain and starts it if asked, the job's progress telling the phase and its bytes. Cancelling the
     * job cancels the deployment, which removes what it made.
     *
     * @param node the node
     * @param request what to make
     * @return the job; its answer is the new domain's UUID
     */
    public static ImageJob<String> deploy(NodeConnection node, DeployRequest request) {
        return new ImageJob<>(ImageOperation.DEPLOY, node, request.image(), (c, progress) -> {
            SubMonitor steps = SubMonitor.convert(progress, 100);
            Ref sr = WireValues.asRef(c.callWithSession("SR.get_by_uuid", request.srUuid()));
            Optional<String> network = Optional.empty();
            if (request.network().isPresent()) {
                network = Optional.of(WireValues.asRef(c.callWithSession("network.get_by_uuid", request.network()
                        .get())).value());
            }
            Ref task = WireValues.asRef(c.callWithSession("Async.Xenophilia.image.deploy", request.args(sr.value(),
                    network)));
            steps.worked(2);
            Ref vm = new DeployTask(node, task).follow(c, steps.split(97));
            return WireValues.asString(c.callWithSession("VM.get_uuid", vm));
        });
    }

    /**
     * Pushes an image file from this machine into the node's local catalog: its size and SHA-256 measured, then sent
     * with its entry ({@code PUT /import_image}); the job's progress tells the bytes of each pass.
     *
     * @param node the node
     * @param file the image's file
     * @param entry its catalog entry
     * @return the job; its answer is the image's id
     */
    public static ImageJob<String> push(NodeConnection node, Path file, PushEntry entry) {
        return new ImageJob<>(ImageOperation.PUSH, node, entry.id(), (c, progress) -> new ImagePush(file, entry).push(c,
                progress));
    }
}
