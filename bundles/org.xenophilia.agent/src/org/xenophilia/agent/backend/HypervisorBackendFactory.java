package org.xenophilia.agent.backend;

import java.io.IOException;

/**
 * A hypervisor backend as a plug-in: {@code backend = NAME} (or {@code --backend NAME}) opens the backend of the
 * factory with that {@linkplain #name() name}. The Agent's own are {@code simulated} and {@code xl}; a third party
 * adds one by putting a jar on the Agent's class path with its implementation of this interface (public, with a
 * public constructor without parameters) named in {@code META-INF/services/org.xenophilia.agent.backend
 * .HypervisorBackendFactory}.
 * <p>
 * The factory itself is created when the Agent reads its configuration and must be cheap: no files, no processes.
 * Its backend is created by {@link #open}, once, when the Agent starts with it.
 */
public interface HypervisorBackendFactory extends AgentPlugin {

    /**
     * Opens the backend: reads the definitions it keeps in the state directory, checks that its toolstack is there.
     *
     * @param context the state directory, the plug-in's settings, the clock
     * @return the backend, ready to serve; the Agent closes it when it stops
     * @throws IOException if the backend cannot run here (the Agent exits with the message)
     */
    HypervisorBackend open(PluginContext context) throws IOException;
}
