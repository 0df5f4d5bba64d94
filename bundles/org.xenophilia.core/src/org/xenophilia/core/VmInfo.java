package org.xenophilia.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;

/**
 * A VM (domain) of a node, as last reported. Whether the report is current is a property of the node:
 * {@link NodeConnection#isStale()}.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param name its {@code name_label}
 * @param description its {@code name_description}
 * @param powerState its power state
 * @param memoryTarget the memory it has now, in bytes ({@code memory_target})
 * @param memoryStaticMax the most memory it may have, in bytes
 * @param vcpus the vCPUs at startup ({@code VCPUs_at_startup})
 * @param vcpusMax the most vCPUs it may have
 * @param domid its domain id, -1 when it has no domain (halted)
 * @param tags its tags
 * @param residentOn the host it runs on, {@link Ref#NULL} when halted
 * @param vifs its VIFs
 * @param vbds its VBDs
 * @param controlDomain whether it is the host's control domain (dom0)
 * @param template whether it is a template
 * @param metrics its {@code VM_metrics} object, {@link Ref#NULL} if the node has none
 * @param allowedOperations the operations its node allows on it now ({@code allowed_operations}: {@code start},
 *            {@code clean_shutdown} ... as xapi names them, see {@link VmOperation#allowedOperation()}), or empty
 *            when the node's records have no such field (an old server: {@link VmOperation#isAllowed(VmInfo)} then
 *            goes by the power state)
 * @param startTime when its current domain started ({@code VM_metrics.start_time}), {@code null} when it has no
 *            domain or the node does not say
 */
public record VmInfo(Ref ref, String uuid, String name, String description, VmPowerState powerState,
        long memoryTarget, long memoryStaticMax, long vcpus, long vcpusMax, long domid, List<String> tags,
        Ref residentOn, List<Ref> vifs, List<Ref> vbds, boolean controlDomain, boolean template, Ref metrics,
        Optional<Set<String>> allowedOperations, Instant startTime) implements XenObject {

    /** Makes the collections immutable. */
    public VmInfo {
        tags = List.copyOf(tags);
        vifs = List.copyOf(vifs);
        vbds = List.copyOf(vbds);
        allowedOperations = allowedOperations.map(Set::copyOf);
    }

    /**
     * @param started when the current domain started, or {@code null}
     * @return a copy with that start time
     */
    public VmInfo withStartTime(Instant started) {
        return new VmInfo(ref, uuid, name, description, powerState, memoryTarget, memoryStaticMax, vcpus, vcpusMax,
                domid, tags, residentOn, vifs, vbds, controlDomain, template, metrics, allowedOperations, started);
    }

    /**
     * @param now the current time
     * @return how long the current domain has run, while it has one and its start is known
     */
    public Optional<Duration> uptime(Instant now) {
        if (domid < 0 || startTime == null || startTime.equals(Instant.EPOCH)) {
            return Optional.empty();
        }
        Duration d = Duration.between(startTime, now);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** @return the domain id while the VM has a domain */
    public Optional<Long> domainId() {
        return domid < 0 ? Optional.empty() : Optional.of(domid);
    }
}
