package org.xenophilia.agent.internal.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.xenophilia.agent.backend.AgentPlugin;
import org.xenophilia.agent.internal.plugin.ImagePlugin;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.ImageDeployer;
import org.xenophilia.image.ImageException;
import org.xenophilia.xenapi.XenApiException;

/**
 * The node's image deployer, opened when the Agent starts: the first of the types found ({@code PluginRegistry}) that
 * runs here, with its settings, in {@code <state-dir>/images/}. One that cannot run here is logged and the next is
 * tried; without any, the node has no images and the image calls say why ({@value UnavailableImages#UNAVAILABLE}).
 * <p>
 * Only used when the image deployer SPI is on the class path.
 */
public final class NodeImages implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NodeImages.class.getName());

    private final ImageDeployer deployer;
    private final String why;

    private NodeImages(ImageDeployer deployer, String why) {
        this.deployer = deployer;
        this.why = why;
    }

    /**
     * @param types the image deployer types found ({@code PluginRegistry.imageDeployers()})
     * @param stateDir the Agent's state directory
     * @param settings each type's settings from {@code agent.conf}, by its name
     * @return the node's images
     * @throws IOException if the deployer's directory cannot be made
     */
    public static NodeImages open(List<AgentPlugin> types, Path stateDir,
            Function<String, Map<String, String>> settings) throws IOException {
        StringBuilder why = new StringBuilder(types.isEmpty() ? "no image deployer is installed" : "");
        for (AgentPlugin p : types) {
            ImagePlugin type = (ImagePlugin) p;
            try {
                ImageDeployer d = type.open(stateDir, settings.apply(type.name()));
                LOG.log(System.Logger.Level.INFO, "image deployer " + type.name() + ": " + type.description());
                return new NodeImages(d, null);
            } catch (ImageException | RuntimeException e) {
                String line = "image deployer " + type.name() + " cannot run here: " + e.getMessage();
                LOG.log(System.Logger.Level.WARNING, line);
                why.append(why.length() == 0 ? "" : "; ").append(line);
            }
        }
        return new NodeImages(null, why.toString());
    }

    /** @return why no deployer runs here, if none does */
    public Optional<String> unavailable() {
        return Optional.ofNullable(why);
    }

    /** @return the deployer, or {@value UnavailableImages#UNAVAILABLE} {@code [why]} when none runs here */
    public ImageDeployer deployer() throws XenApiException {
        if (deployer == null) {
            throw UnavailableImages.unavailable(why);
        }
        return deployer;
    }

    /**
     * @param id an image's id, {@code NAME:VERSION}
     * @return the image, from the catalogs as last read
     * @throws XenApiException {@code XENOPHILIA_IMAGE_NOT_FOUND}, or the deployer's failure to read any catalog
     */
    public CatalogImage image(String id) throws XenApiException {
        try {
            for (CatalogImage i : deployer().images(false)) {
                if (i.id().equals(id)) {
                    return i;
                }
            }
        } catch (ImageException e) {
            throw ImageErrors.of(e);
        }
        throw ImageErrors.notFound(id);
    }

    /** Stops the deployer's background work. */
    @Override
    public void close() {
        if (deployer != null) {
            try {
                deployer.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "image deployer failed to close: " + e);
            }
        }
    }
}
