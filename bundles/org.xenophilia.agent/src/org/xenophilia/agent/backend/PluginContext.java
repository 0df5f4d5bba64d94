package org.xenophilia.agent.backend;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the Agent gives a plug-in when it opens it.
 *
 * @param stateDir the Agent's state directory ({@code /var/lib/xenophilia}): definitions in {@code domains/}, and
 *            whatever the plug-in keeps, in files or a directory named after it
 * @param settings the plug-in's settings from {@code agent.conf} and the command line, by key without the namespace
 *            ({@code path} for {@code xl.path}); only those set, each checked by
 *            {@link AgentPlugin#checkSetting}: defaults are the plug-in's own
 * @param clock the Agent's clock (tests give one they step)
 * @param hostName the host's name, as the Agent reports it where a toolstack does not say
 * @param volumes how a hypervisor backend turns a disk that names a storage volume into what the toolstack is given
 *            (the registered SRs' volumes; {@link VolumeResolver#NONE} without storage backends)
 * @param networks how a hypervisor backend turns a vif that names a network into the network's bridge (the node's
 *            networks; {@link NetworkResolver#NONE} without them)
 */
public record PluginContext(Path stateDir, Map<String, String> settings, Clock clock, String hostName,
        VolumeResolver volumes, NetworkResolver networks) {

    /** Checks and copies the values. */
    public PluginContext {
        Objects.requireNonNull(stateDir, "stateDir");
        settings = Map.copyOf(settings);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(volumes, "volumes");
        Objects.requireNonNull(networks, "networks");
    }

    /** A context without the node's networks ({@link NetworkResolver#NONE}). */
    public PluginContext(Path stateDir, Map<String, String> settings, Clock clock, String hostName,
            VolumeResolver volumes) {
        this(stateDir, settings, clock, hostName, volumes, NetworkResolver.NONE);
    }

    /** A context without storage volumes ({@link VolumeResolver#NONE}) or networks. */
    public PluginContext(Path stateDir, Map<String, String> settings, Clock clock, String hostName) {
        this(stateDir, settings, clock, hostName, VolumeResolver.NONE);
    }

    /**
     * @param key a setting's key without the namespace
     * @param fallback the plug-in's default
     * @return the value set, or {@code fallback}
     */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
