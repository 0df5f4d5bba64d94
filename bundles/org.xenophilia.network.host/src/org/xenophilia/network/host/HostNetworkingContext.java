package org.xenophilia.network.host;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the Agent gives a host networking implementation when it opens it.
 *
 * @param stateDir a directory of its own ({@code /var/lib/xenophilia/network}): each network's files go to
 *            {@code <stateDir>/<name>/}; it exists
 * @param settings its settings from {@code agent.conf}, by key without the namespace; those not set have their
 *            defaults
 * @param toolPrefix words put before every tool's command line, each one argument, to run the tools somewhere else
 *            than the Agent's own network namespace: {@code [ip, netns, exec, node1]}; empty on a host (the
 *            Agent's own namespace). Tests play a node in a namespace this way; no shell is involved
 */
public record HostNetworkingContext(Path stateDir, Map<String, String> settings, List<String> toolPrefix) {

    /** Checks and copies the values. */
    public HostNetworkingContext {
        Objects.requireNonNull(stateDir, "stateDir");
        settings = Map.copyOf(settings);
        toolPrefix = List.copyOf(toolPrefix);
    }

    /**
     * @param key a setting's key
     * @param fallback its value if not set
     * @return the value
     */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
