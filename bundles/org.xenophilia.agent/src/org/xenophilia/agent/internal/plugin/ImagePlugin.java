package org.xenophilia.agent.internal.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.image.ImageDeployer;
import org.xenophilia.image.ImageDeployerContext;
import org.xenophilia.image.ImageDeployerType;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.ImageSetting;

/**
 * An image deployer type as the Agent's other plug-ins are seen: its name in the one namespace of plug-ins and its
 * settings' keys, their values checked by the type's {@link ImageSetting}s, so that {@code AgentConfig} refuses a bad
 * {@code images.refresh-seconds} at start as it refuses a bad {@code xl.path}. The SPI does not depend on the Agent,
 * so the type declares in its own terms.
 */
public final class ImagePlugin extends TypePlugin {

    /** The subdirectory of the state directory the deployer keeps its files in (its downloads). */
    public static final String DIRECTORY = "images";

    private final ImageDeployerType type;

    ImagePlugin(ImageDeployerType type) {
        super(type::name, type::description, () -> type.settings().stream().map(ImageSetting::key).toList());
        this.type = type;
    }

    @Override
    public void checkSetting(String key, String value) {
        for (ImageSetting s : type.settings()) {
            if (s.key().equals(key)) {
                Optional<String> wrong = s.check().apply(value);
                if (wrong.isPresent()) {
                    throw new IllegalArgumentException(wrong.get());
                }
            }
        }
    }

    /**
     * Opens the deployer with its settings, completed with the defaults, in its own state directory.
     *
     * @param stateDir the Agent's state directory; the deployer's is {@value #DIRECTORY} in it, made here
     * @param settings the settings set in {@code agent.conf} for this plug-in, by key without the namespace
     * @return the deployer
     * @throws ImageException {@code UNAVAILABLE} if it cannot run here
     * @throws IOException if its directory cannot be made
     */
    public ImageDeployer open(Path stateDir, Map<String, String> settings) throws ImageException, IOException {
        Path own = AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve(DIRECTORY));
        Map<String, String> all = new TreeMap<>();
        for (ImageSetting s : type.settings()) {
            if (s.defaultValue() != null) {
                all.put(s.key(), s.defaultValue());
            }
        }
        all.putAll(settings);
        return type.open(new ImageDeployerContext(own, all));
    }
}
