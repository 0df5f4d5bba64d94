package org.xenophilia.agent.internal.plugin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.xenophilia.agent.backend.AgentPlugin;

/**
 * A plug-in type of an SPI that does not depend on the Agent (storage backends, host networking), as the Agent's
 * other plug-ins are seen: its name in the one namespace of plug-ins and its settings' keys, read from the type each
 * time they are asked for (a type that fails to say is skipped by {@link PluginRegistry}).
 */
abstract class TypePlugin implements AgentPlugin {

    private final Supplier<String> name;
    private final Supplier<String> description;
    private final Supplier<List<String>> keys;

    /**
     * @param name the type's name
     * @param description the type's description
     * @param keys the keys of the settings the type declares, in its order
     */
    TypePlugin(Supplier<String> name, Supplier<String> description, Supplier<List<String>> keys) {
        this.name = name;
        this.description = description;
        this.keys = keys;
    }

    @Override
    public String name() {
        return name.get();
    }

    @Override
    public String description() {
        return description.get();
    }

    @Override
    public Set<String> settingKeys() {
        return new LinkedHashSet<>(keys.get());
    }
}
