package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.util.List;

import org.xenophilia.image.ImageApi;
import org.xenophilia.image.ImageDeployer;
import org.xenophilia.image.ImageDeployerContext;
import org.xenophilia.image.ImageDeployerType;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.ImageSetting;

/**
 * The Agent's own image deployer, {@code images} (its {@code agent.conf} namespace): catalogs from the node's
 * directory and HTTP(S) sources, downloads resumed and verified, gz/xz/zstd, sparse writes, root filesystems made
 * with e2fsprogs. Registered in {@code META-INF/services/org.xenophilia.image.ImageDeployerType}.
 */
public final class ImagesDeployerType implements ImageDeployerType {

    /** Does nothing: the Agent may make one only to list its settings. */
    public ImagesDeployerType() {
    }

    @Override
    public String name() {
        return "images";
    }

    @Override
    public String description() {
        return "guest images from the node's catalogs: downloaded (resumed, verified), decompressed (gz, xz, zstd) "
                + "and written sparse, or made into ext4 (e2fsprogs)";
    }

    @Override
    public String apiVersion() {
        return ImageApi.VERSION;
    }

    @Override
    public List<ImageSetting> settings() {
        return DeployerSettings.declared();
    }

    @Override
    public ImageDeployer open(ImageDeployerContext context) throws ImageException {
        List<String> missing = Ext4Tools.missing();
        if (!missing.isEmpty()) {
            throw new ImageException(ImageException.Kind.UNAVAILABLE, "e2fsprogs is missing: "
                    + String.join(", ", missing) + " not found", List.copyOf(missing));
        }
        try {
            return new ImagesDeployer(context, ImagesDeployer.STALL);
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.UNAVAILABLE, "cannot prepare " + context.stateDirectory()
                    + ": " + e.getMessage(), List.of(context.stateDirectory().toString()), e);
        }
    }
}
