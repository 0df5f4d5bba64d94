package org.xenophilia.image;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the Agent gives a deployer it opens.
 *
 * @param stateDirectory the deployer's own directory, made by the Agent ({@code <state-dir>/images/}): its
 *        downloads and whatever it keeps between runs
 * @param settings its settings from {@code agent.conf}, checked and without the prefix, defaults filled in
 */
public record ImageDeployerContext(Path stateDirectory, Map<String, String> settings) {

    /** Copies the settings. */
    public ImageDeployerContext {
        settings = Map.copyOf(settings);
    }
}
