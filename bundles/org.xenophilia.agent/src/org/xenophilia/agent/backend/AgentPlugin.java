package org.xenophilia.agent.backend;

import java.util.Set;

/**
 * What every plug-in of the Agent declares, whatever it plugs into: its name and its settings. Plug-ins are found
 * with {@link java.util.ServiceLoader} on the Agent's class path (the Agent has no OSGi), each kind through its own
 * service interface: {@link HypervisorBackendFactory} for hypervisor backends (storage and network back ends will
 * follow the same way). A jar that holds the implementation and names it in
 * {@code META-INF/services/<service interface>} is all a third party ships.
 * <p>
 * The name is also the plug-in's namespace in {@code agent.conf}: a plug-in named {@code xl} reads the settings
 * {@code xl.<key>} for each of its {@link #settingKeys()}. The Agent refuses at start, as a usage error, a setting in
 * a plug-in's namespace that the plug-in does not declare, and a value {@link #checkSetting} refuses, so a typo never
 * waits until the plug-in is used.
 */
public interface AgentPlugin {

    /**
     * @return the plug-in's name: what {@code backend = NAME} selects and its settings' prefix; 1-32 of
     *         {@code a-z 0-9 -}, starting with a letter, unique among the plug-ins found
     */
    String name();

    /** @return one line saying what it does, for {@code xenophiliad --help} */
    String description();

    /**
     * @return the keys of its settings without the namespace ({@code path} for {@code xl.path}); the values set in
     *         {@code agent.conf} reach the plug-in in {@link PluginContext#settings()}
     */
    Set<String> settingKeys();

    /**
     * Checks a value when the configuration is read, before anything starts. The default accepts any value.
     *
     * @param key one of {@link #settingKeys()}
     * @param value its value as written
     * @throws IllegalArgumentException saying what is wrong with the value
     */
    default void checkSetting(String key, String value) {
        // any value
    }
}
