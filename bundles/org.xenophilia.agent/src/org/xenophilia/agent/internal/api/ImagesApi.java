package org.xenophilia.agent.internal.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.image.DeployPlan;
import org.xenophilia.agent.internal.image.DeployRequest;
import org.xenophilia.agent.internal.image.DeploymentVolumes;
import org.xenophilia.agent.internal.image.Deployments;
import org.xenophilia.agent.internal.image.ImageErrors;
import org.xenophilia.agent.internal.image.ImageImports;
import org.xenophilia.agent.internal.image.ImageRecords;
import org.xenophilia.agent.internal.image.NodeImages;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.ImageException;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code Xenophilia.image.*} on a node with the image deployer SPI (docs/images.md): the images of its catalogs,
 * streamed as records; their deployment, checked before anything is made and then run ({@link Deployments}) in the
 * call or as a task; a downloaded file forgotten; an image pushed with {@code PUT} {@value #IMPORT_PATH}.
 */
public final class ImagesApi {

    /** Where an administrator pushes an image: {@code PUT /import_image?session_id=REF&entry=B64}. */
    public static final String IMPORT_PATH = "/import_image";

    private final NodeImages images;
    private final Deployments deployments;

    private ImagesApi(NodeImages images, Deployments deployments) {
        this.images = images;
        this.deployments = deployments;
    }

    /**
     * Registers the image methods, and puts right what deployments a stop interrupted left.
     *
     * @param registry where
     * @param host the host objects
     * @param events where the deployments' volumes and domains are published
     * @param tasks where the asynchronous deployments run
     * @param images the node's images
     * @param volumes the registered storage ({@link DeploymentVolumes#NONE} without the storage SPI)
     * @param creator how domains are defined
     * @param networks the node's networks
     * @param stateDir the Agent's state directory (the deployments' journal)
     * @throws IOException if the journal cannot be read
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events, TaskManager tasks,
            NodeImages images, DeploymentVolumes volumes, DomainCreator creator, NetworkLinks networks, Path stateDir)
            throws IOException {
        Deployments deployments = Deployments.open(images, volumes, new ImageDomains(host, events, creator,
                networks), stateDir);
        ImagesApi api = new ImagesApi(images, deployments);
        ImageMethod.GET_ALL.register(registry, c -> api.records(false));
        ImageMethod.REFRESH.register(registry, c -> api.records(true));
        ImageMethod.GET_SOURCE_PROBLEMS.register(registry, c -> List.copyOf(images.deployer().sourceProblems()));
        ImageMethod.DEPLOY.register(registry, c -> deployments.deploy(api.plan(c)));
        ImageMethod.ASYNC_DEPLOY.register(registry, c -> {
            DeployPlan plan = api.plan(c);
            return tasks.submit(ImageMethod.ASYNC_DEPLOY.wireName, c.session(), t -> deployments.deploy(plan, t));
        });
        ImageImports imports = new ImageImports(images);
        registry.registerUpload(IMPORT_PATH, Role.ADMIN, (session, query, length, body) -> imports.receive(query
                .get("entry"), length, body));
        ImageMethod.FORGET_DOWNLOAD.register(registry, c -> {
            CatalogImage image = images.image(c.string(1));
            try {
                return images.deployer().forgetDownload(image);
            } catch (ImageException e) {
                throw ImageErrors.of(e);
            }
        });
    }

    /** @return the images' records, made one at a time as the answer is written */
    private Object records(boolean refresh) throws XenApiException {
        List<CatalogImage> all;
        try {
            all = images.deployer().images(refresh);
        } catch (ImageException e) {
            throw ImageErrors.of(e);
        }
        return (StreamedSet) () -> LazyIterator.map(all.iterator(), ImageRecords::record);
    }

    private DeployPlan plan(Call c) throws XenApiException {
        Map<String, Object> args = c.map(1);
        return deployments.check(DeployRequest.parse(args));
    }
}
