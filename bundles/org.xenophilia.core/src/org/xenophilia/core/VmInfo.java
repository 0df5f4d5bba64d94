package org.xenophilia.core;

import java.util.List;
import java.util.Optional;

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
 */
public record VmInfo(Ref ref, String uuid, String name, String description, VmPowerState powerState,
        long memoryTarget, long memoryStaticMax, long vcpus, long vcpusMax, long domid, List<String> tags,
        Ref residentOn, List<Ref> vifs, List<Ref> vbds, boolean controlDomain, boolean template)
        implements XenObject {

    /** Makes the lists immutable. */
    public VmInfo {
        tags = List.copyOf(tags);
        vifs = List.copyOf(vifs);
        vbds = List.copyOf(vbds);
    }

    /** @return the domain id while the VM has a domain */
    public Optional<Long> domainId() {
        return domid < 0 ? Optional.empty() : Optional.of(domid);
    }
}
