package org.xenophilia.agent.internal.xl;

import java.time.Instant;

import org.xenophilia.xenapi.VmPowerState;

/**
 * One domain as {@code xl list -v} shows it.
 *
 * @param domid its domain id
 * @param name its name
 * @param state paused → Paused, shut down or dying → Halted, otherwise Running
 * @param memoryBytes the memory it has now
 * @param vcpus its vCPUs online
 * @param started when it was created (from {@code xl uptime}), or {@code null} when not known
 */
record LiveDomain(int domid, String name, VmPowerState state, long memoryBytes, int vcpus, Instant started) {

    /** @return the same domain with its creation time */
    LiveDomain startedAt(Instant when) {
        return new LiveDomain(domid, name, state, memoryBytes, vcpus, when);
    }
}
